/**
 * A heading's figure is the figure its article's body gives with more words: "# Storms to cost Oakhurst £105m" above
 * "Oakhurst expects to pay about £105m for damage done by storms Petra and Vance". A heading has too few words to tell
 * which of a source's like figures it means, so when the body states the same value and a source backs the body's
 * sentence, the heading takes that verdict instead of a contradiction read from its few words.
 */
import type { Assessment } from './checkDraft';

/** The rule id of a heading's verdict taken from the body sentence that restates its figure. */
export const RESTATED_IN_BODY = 'restated-in-body';

/** A Markdown ATX heading line ("# …" to "###### …"). */
const HEADING_LINE = /^[ \t]{0,3}#{1,6}[ \t]/u;

/** The start of the next Markdown heading line. */
const NEXT_HEADING = /\n[ \t]{0,3}#{1,6}[ \t]/u;

/** True when the draft offset `at` is on a Markdown heading line of `text`. */
function onHeadingLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return HEADING_LINE.test(text.slice(lineStart, at + 1));
}

/** The offset where the section under the heading line at `at` ends: the next heading line, or the end of `text`. */
function sectionEnd(text: string, at: number): number {
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) return text.length;
  const next = NEXT_HEADING.exec(text.slice(lineEnd));
  return next === null ? text.length : lineEnd + next.index;
}

/** True when two assessed mentions state the same value in the same unit. */
function sameFigure(a: Assessment, b: Assessment): boolean {
  return a.quantity.unitClass === b.quantity.unitClass && a.quantity.unit === b.quantity.unit && a.quantity.value === b.quantity.value;
}

/** True when two assessed mentions count the same number of things, by whatever nouns ("94 archers" and "94 members"). */
function sameCount(a: Assessment, b: Assessment): boolean {
  return a.quantity.unitClass === 'count' && b.quantity.unitClass === 'count' && a.quantity.value === b.quantity.value;
}

/**
 * The assessments (in draft order) with each contradicted heading figure that the body restates, in a sentence a
 * source backs, given that sentence's verdict and source (rule {@link RESTATED_IN_BODY}). The body restates a count by
 * any noun under its own heading ("### 1. 94 archers" above "The club had 94 members"); elsewhere, in the same unit.
 * Every other assessment is returned as it is.
 */
export function settleHeadings(text: string, assessments: readonly Assessment[]): Assessment[] {
  const inHeading = assessments.map((a) => onHeadingLine(text, a.span.start));
  return assessments.map((a, i) => {
    if (!inHeading[i] || a.verdict !== 'contradicted') return a;
    const end = sectionEnd(text, a.span.start);
    const restates = (b: Assessment, k: number): boolean => !inHeading[k] && b.verdict === 'supported' && (sameFigure(a, b) || (k > i && b.span.start < end && sameCount(a, b)));
    const body = assessments.find(restates);
    if (body === undefined) return a;
    const { sourceQuantity, sourceFact } = body;
    return {
      span: a.span,
      claimed: a.claimed,
      quantity: a.quantity,
      verdict: body.verdict,
      confidence: body.confidence,
      rule: RESTATED_IN_BODY,
      why: `the body restates it: "${text.slice(body.span.start, body.span.end)}"`,
      ...(sourceQuantity !== undefined && sourceFact !== undefined ? { sourceQuantity, sourceFact } : {}),
    };
  });
}
