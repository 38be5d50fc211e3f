/**
 * The fact checker's entry points. {@link assessDraft} gives a verdict for
 * every number of a draft (supported, contradicted or unsourced, with the
 * source quantity behind it); {@link checkDraft} turns those verdicts into
 * linter findings: a warning per contradiction and, on request, a hint per
 * unsourced number. Draft offsets are preserved end to end, so every span
 * points into the text that was passed in.
 */
import { collectMidSentenceWords, findEntities } from '../extract/entities';
import type { Fact, Period, Quantity, Span } from '../model';
import { extractQuantities } from '../quantity/extract';
import { withTableContext } from '../quantity/tableColumns';
import { movedBy } from '../text/spanEdits';
import { yearPart } from '../quantity/periods';
import { amountKinds, perPhrase } from './amountKind';
import { type Alignment, align, type Verdict } from './align';
import { type CheckerParams, DEFAULT_PARAMS } from './params';
import { acronymTable, topicWords } from './context';
import { describeSentence, NEW_PARAGRAPH, nextParagraph } from './describe';
import { type DraftSentence, prepareDraft } from './draftText';
import type { QuantityIndex } from './quantityIndex';
import { settleHeadings } from './headings';
import { type ParagraphAssessment, settleForeignDocuments } from './paragraphSources';
import { moveWrongPeriods } from './wrongYear';

/** Options for {@link checkDraft}. */
export interface CheckOptions {
  /** Also report numbers no source speaks to, as hints (default false). */
  readonly reportUnsourced?: boolean;
  /** The decision's thresholds (default: the fitted {@link DEFAULT_PARAMS}). */
  readonly params?: CheckerParams;
}

/** Where a source quantity sits. */
export interface FindingSource {
  readonly file: string;
  /** 1-based line and column of the source mention (of its sentence when the exact spot is unknown). */
  readonly line: number;
  readonly column: number;
  /** The source sentence. */
  readonly text: string;
  readonly factId: string;
}

/**
 * What a finding is about: a number that contradicts the sources, a number
 * no source states, a quotation whose words differ from the source's, one
 * the source gives to another speaker, one no source holds, a citation
 * whose passage moved to another line of its source, a citation whose
 * passage (or file) is gone.
 */
export type FindingCode = 'contradiction' | 'unsourced' | 'misquote' | 'misattributed' | 'unsourced-quote' | 'citation-moved' | 'citation-broken';

/** The codes of the findings a writer must act on: editors show them as diagnostics and `sourced check` exits 1 on them. */
export const PROBLEM_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(['contradiction', 'misquote', 'misattributed', 'citation-moved', 'citation-broken']);

/** A replacement of `[start, end)` in the draft's text, for a finding whose fix is not a replacement of its own span. */
export interface FindingEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** A fix that a finding carries with it (a drifted citation's new line): its title and its edits against the checked text. */
export interface FindingFix {
  readonly title: string;
  readonly edits: readonly FindingEdit[];
}

/** True for a finding a writer must act on (see {@link PROBLEM_CODES}). */
export function isProblem(finding: Pick<Finding, 'code'>): boolean {
  return PROBLEM_CODES.has(finding.code);
}

/** True when a diagnostic's code is that of a finding a writer must act on. */
export function isProblemCode(code: string | number | undefined): boolean {
  return typeof code === 'string' && PROBLEM_CODES.has(code as FindingCode);
}

/** One problem found in a draft. */
export interface Finding {
  /** Offsets of the claimed mention (a number, or the quoted words) in the draft text. */
  readonly span: Span;
  readonly code: FindingCode;
  readonly severity: 'warning' | 'hint';
  readonly message: string;
  /** The draft's mention text (the quoted words, for a quotation). */
  readonly claimed: string;
  /** The source's mention text, e.g. "65 billion yuan"; the source's words for a misquote, its speaker for a misattribution. */
  readonly expected?: string;
  /** What a quick fix should put in place of the claimed mention; absent when only the direction of a change is wrong (or for a misattribution). */
  readonly expectedValueText?: string;
  readonly source?: FindingSource;
  /** 0..1. */
  readonly confidence: number;
  readonly verdict: Verdict;
  /** The ids of the rules that decided (rules.ts), e.g. ["contradicted"]; for a quotation, its code. */
  readonly rules: readonly string[];
  /** Why, in one line: "same entity and period, 3 shared words; 56 vs 65 billion yuan". */
  readonly why: string;
  /** The fix, when it edits more than the finding's span (a moved citation's footnote definition); offsets into the whole draft. */
  readonly fix?: FindingFix;
}

/** The verdict on one number of the draft. */
export interface Assessment {
  /** Offsets of the mention in the draft text. */
  readonly span: Span;
  readonly claimed: string;
  readonly quantity: Quantity;
  readonly verdict: Verdict;
  readonly confidence: number;
  /** The source quantity that backs (supported) or contradicts the mention. */
  readonly sourceQuantity?: Quantity;
  readonly sourceFact?: Fact;
  /** The id of the rule that decided (rules.ts). */
  readonly rule: string;
  /** What tied the mention to its source quantity, in a few words. */
  readonly why?: string;
}

function inside(span: Span, regions: readonly Span[]): boolean {
  return regions.some((r) => span.start >= r.start && span.end <= r.end);
}

function toAssessment(text: string, span: Span, quantity: Quantity, a: Alignment): Assessment {
  const match = a.match?.candidate;
  return {
    span,
    claimed: text.slice(span.start, span.end),
    quantity,
    verdict: a.verdict,
    confidence: a.confidence,
    rule: a.rule,
    ...(a.why !== undefined ? { why: a.why } : {}),
    ...(match !== undefined ? { sourceQuantity: match.quantity, sourceFact: match.fact } : {}),
  };
}


/** The rule that finds a rate per the wrong thing ("£178 a month" for £178 a week): the number itself is right, so no replacement of it fixes the draft. */
const RATE_RULE = 'wrong-rate';

/** The rule that finds a year's quarter or half wrong: its finding covers the period phrase. */
const PART_RULE = 'unnamed-part';

/** Where a year's period phrase ("Q2 2020", "the second quarter of 2020") sits in its sentence, when it ends at the year. */
function periodPhrase(sentence: string, year: Quantity): Span | undefined {
  const label = year.period?.label;
  if (label === undefined) return undefined;
  const start = sentence.lastIndexOf(label, year.span.start);
  return start >= 0 && start + label.length === year.span.end ? { start, end: year.span.end } : undefined;
}

/**
 * The source's part of a year, written as the draft wrote its own: "Q3 2020" for a draft's "Q2 2020", "H1 2025" for
 * "H2 2025", else the source's words ("the third quarter of 2020").
 */
function partInDraftStyle(claimed: string, period: Period | undefined): string {
  if (period === undefined) return claimed;
  const short = /^([QH])[1-4](\s*)((?:19|20|21)\d\d)$/u.exec(claimed.trim());
  const part = yearPart(period)?.toUpperCase();
  return short !== null && part?.charAt(0) === short[1] && period.year !== undefined ? `${part}${short[2] ?? ' '}${period.year}` : period.label;
}

/**
 * What the source says against or for an assessed mention, in the words to show and offer: its figure ("65
 * billion yuan"), or for a wrong part of a year its part, in the draft's style ("Q3 2020").
 */
export function statedBySource(a: Assessment): string | undefined {
  if (a.sourceQuantity === undefined) return undefined;
  if (a.rule === PART_RULE) return partInDraftStyle(a.claimed, a.sourceQuantity.period);
  const per = a.rule === RATE_RULE && a.sourceFact !== undefined ? amountKinds(a.sourceFact.text, [a.sourceQuantity])[0]?.per : undefined;
  return `${a.sourceQuantity.text}${perPhrase(per ?? '')}`;
}

/**
 * A sentence that is one number and nothing else ("### 3. £23.8bn", a bold figure on a line of its own) is described by
 * the sentence after it ("What Northline paid in compensation…"), as a listicle's figures are: the text to describe,
 * the number first and the next sentence after it, so that the number keeps its offsets. Undefined for a sentence
 * with words of its own, or with no sentence after it.
 */
function captionedBy(sentence: DraftSentence, quantities: readonly Quantity[], next: DraftSentence | undefined): string | undefined {
  const [only] = quantities;
  if (next === undefined || only === undefined || quantities.length > 1) return undefined;
  const words = sentence.text.slice(0, only.span.start) + sentence.text.slice(only.span.end);
  return /\p{L}/u.test(words) ? undefined : `${sentence.text.trimEnd()}: ${next.text}`;
}

/** Most numbers of the paragraph's later sentences a sentence keeps, as it keeps its earlier ones (describe.ts). */
const MAX_LATER = 16;

/** For each sentence, the first {@link MAX_LATER} numbers of its paragraph's later sentences, in one backward pass. */
function laterNumbers(sentences: readonly DraftSentence[], described: readonly { readonly quantities: readonly Quantity[] }[]): (readonly Quantity[])[] {
  const out: (readonly Quantity[])[] = sentences.map(() => []);
  let following: readonly Quantity[] = [];
  for (let si = sentences.length - 1; si >= 0; si--) {
    if (sentences[si]?.paragraph !== sentences[si + 1]?.paragraph) following = [];
    out[si] = following;
    following = [...(described[si]?.quantities ?? []), ...following].slice(0, MAX_LATER);
  }
  return out;
}

/** Gives a verdict for every number in `text` (Markdown or plain text), in order. */
export function assessDraft(text: string, quantities: QuantityIndex, params: CheckerParams = DEFAULT_PARAMS): Assessment[] {
  const draft = prepareDraft(text);
  const draftNames = collectMidSentenceWords(draft.sentences.map((s) => s.text));
  // A sentence's first word is a name when the draft or the sources use it as one elsewhere.
  const midWords: ReadonlySet<string> = { has: (w: string) => draftNames.has(w) || quantities.isNameWord(w) } as ReadonlySet<string>;
  const names = draft.sentences.map((s) => findEntities(s.text, midWords));
  const acronyms = acronymTable(names.flat());
  // A sentence that names nobody and inherits nothing is about the draft's topic, at best (as in a source).
  const topic = topicWords(names);
  const out: ParagraphAssessment[] = [];
  const frame = { acronyms, topic };
  // Every sentence is described first: a sentence's mentions know the numbers of its paragraph's later sentences too.
  let state = NEW_PARAGRAPH;
  let paragraph = -1;
  const described = draft.sentences.map((sentence, si) => {
    if (sentence.paragraph !== paragraph) {
      state = nextParagraph(state, sentence.nextListItem);
      paragraph = sentence.paragraph;
    }
    const own = describeSentence(sentence.text, sentenceQuantities(sentence), names[si] ?? [], frame, state);
    const captioned = captionedBy(sentence, own.quantities, draft.sentences[si + 1]);
    const words = captioned === undefined ? own : describeSentence(captioned, extractQuantities(captioned), findEntities(captioned, midWords), frame, state);
    state = own.next;
    return { quantities: own.quantities, contexts: words.contexts };
  });
  const later = laterNumbers(draft.sentences, described);
  draft.sentences.forEach((sentence, si) => {
    const { quantities: found, contexts } = described[si] ?? { quantities: [], contexts: [] };
    const assessed: ParagraphAssessment[] = [];
    found.forEach((q, i) => {
      const own = contexts[i];
      const span = { start: sentence.span.start + q.span.start, end: sentence.span.start + q.span.end };
      if (own === undefined || inside(span, draft.ignored)) return;
      const context = { ...own, later: later[si] ?? [] };
      const alignment = align(q, context, quantities, params);
      // A wrong part of a year is the period phrase's mistake ("Q2 2020"), not the year's.
      const phrase = alignment.rule === PART_RULE ? periodPhrase(sentence.text, q) : undefined;
      const assessment = toAssessment(text, phrase === undefined ? span : { start: sentence.span.start + phrase.start, end: sentence.span.start + phrase.end }, q, alignment);
      assessed.push({ assessment, paragraph: sentence.paragraph, statedIn: alignment.statedIn, ...(alignment.match !== undefined ? { match: alignment.match } : {}) });
    });
    const moved = moveWrongPeriods(assessed.map((a) => a.assessment));
    out.push(...assessed.map((a, k) => ({ ...a, assessment: moved[k] as Assessment })));
  });
  return settleHeadings(text, settleForeignDocuments(out, params));
}

/**
 * The quantities of a draft sentence. A table row's take what the table's header and the row's label say, as a source
 * row's do (tableColumns.ts): "| Independent | 250 |" under "Votes" counts votes.
 */
function sentenceQuantities(sentence: DraftSentence): Quantity[] {
  const found = extractQuantities(sentence.text);
  const table = sentence.tableRow;
  if (table === undefined) return found;
  const shift = sentence.span.start - table.start;
  return withTableContext(table.row, table.header, found.map((q) => movedBy(q, shift))).map((q) => movedBy(q, -shift));
}

/** Where a quantity sits in its source file: exact when the sentence is one unaltered line, else the sentence start. */
function sourceLocation(fact: Fact, q: Quantity): FindingSource {
  const loc = fact.location;
  const oneLine = loc.line === loc.endLine && loc.endColumn - loc.column === fact.text.length;
  return { file: fact.file, line: loc.line, column: oneLine ? loc.column + q.span.start : loc.column, text: fact.text, factId: fact.id };
}

/** True when the source states the amount in another currency than the draft's. */
function otherCurrency(claimed: Quantity, source: Quantity): boolean {
  return claimed.unitClass === 'currency' && source.unitClass === 'currency' && claimed.unit !== source.unit;
}

/** ", a rise" or ", a fall" when the source's change goes the other way than the draft's. */
function directionNote(claimed: Quantity, source: Quantity): string {
  if (claimed.direction === undefined || source.direction === undefined || claimed.direction === source.direction) return '';
  return source.direction === 'up' ? ', a rise' : ', a fall';
}

/** Adapts the source's mention to the draft's place: keeps the draft's initial case. */
function replacementText(claimed: string, expected: string): string {
  const first = claimed.charAt(0);
  const adapted = first === first.toLowerCase() ? expected.charAt(0).toLowerCase() + expected.slice(1) : expected.charAt(0).toUpperCase() + expected.slice(1);
  return adapted;
}

/** Checks a draft against the sources: a warning per contradiction, and a hint per unsourced number when asked. */
export function checkDraft(text: string, quantities: QuantityIndex, options: CheckOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const a of assessDraft(text, quantities, options.params)) {
    if (a.verdict === 'contradicted' && a.sourceQuantity !== undefined && a.sourceFact !== undefined) {
      const source = sourceLocation(a.sourceFact, a.sourceQuantity);
      const expected = statedBySource(a) ?? a.sourceQuantity.text;
      const replacement = replacementText(a.claimed, expected);
      findings.push({
        span: a.span,
        code: 'contradiction',
        severity: 'warning',
        message: `${a.claimed} contradicts ${source.file}:${source.line} (${expected}${directionNote(a.quantity, a.sourceQuantity)})${otherCurrency(a.quantity, a.sourceQuantity) ? ', which states it in another currency' : ''}`,
        claimed: a.claimed,
        expected,
        // Only the direction or the rate may differ ("fell 11 percent" for "rose 11 percent"): then no replacement of the number fixes it.
        ...(replacement !== a.claimed && a.rule !== RATE_RULE ? { expectedValueText: replacement } : {}),
        source,
        confidence: a.confidence,
        verdict: 'contradicted',
        rules: [a.rule],
        why: `${a.why ?? 'closest source figure'}; ${a.claimed} vs ${expected}`,
      });
    } else if (a.verdict === 'unsourced' && options.reportUnsourced === true) {
      findings.push({
        span: a.span,
        code: 'unsourced',
        severity: 'hint',
        message: `No source states ${a.claimed}`,
        claimed: a.claimed,
        confidence: a.confidence,
        verdict: 'unsourced',
        rules: [a.rule],
        why: a.rule === 'no-candidate' ? 'no source figure of this kind speaks to it' : `no source figure matches it (${a.rule})`,
      });
    }
  }
  return findings;
}
