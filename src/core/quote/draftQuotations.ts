/**
 * The direct quotations of a draft, with the speaker the draft gives them.
 * A quotation broken by its attribution ("This is," she said, "a start.")
 * is one quotation in two parts.
 */
import type { PreparedDraft } from '../check/draftText';
import { NAME, SPEECH_VERBS } from '../extract/names';
import { attributedQuotations, type AttributedQuotation } from '../extract/quotations';
import type { Span } from '../model';

/** A quotation of the draft. */
export interface DraftQuotation {
  /** The quoted words of each part (without the marks), in order: one part, or more when an attribution breaks it. */
  readonly parts: readonly Span[];
  /** The speaker the draft names, if any. */
  readonly speaker?: string;
}

/** Text between two parts of one quotation: only an attribution, such as `, he said, ` or `, said Chen Huifen, deputy director. `. */
const BREAK = new RegExp(`^[\\s,]*(?:(?:${NAME}|he|she|they)\\s+(?:${SPEECH_VERBS})|(?:${SPEECH_VERBS})\\s+(?:${NAME}|he|she|they))(?:,[^"“”\\n]{0,160}?)?[\\s,.;:—–-]*$`, 'u');

/** The quotations of a prepared draft, outside the regions it ignores, in order. */
export function findDraftQuotations(draft: PreparedDraft): DraftQuotation[] {
  const out: DraftQuotation[] = [];
  let previous: AttributedQuotation | undefined;
  let parts: Span[] = [];
  let speaker: string | undefined;
  const flush = (): void => {
    if (parts.length > 0 && !parts.some((p) => draft.ignored.some((r) => p.start < r.end && r.start < p.end))) out.push(speaker === undefined ? { parts } : { parts, speaker });
    parts = [];
    speaker = undefined;
  };
  for (const q of attributedQuotations(draft.masked, draft.paragraphs)) {
    if (previous === undefined || !continues(draft.masked, previous, q)) flush();
    if (q.inner.end > q.inner.start) parts.push(q.inner);
    speaker ??= q.speaker?.name.replace(/\.+$/u, '');
    previous = q;
  }
  flush();
  return out;
}

/** True when `next` goes on with `last`'s quotation: same paragraph, with only an attribution between them. */
function continues(text: string, last: AttributedQuotation, next: AttributedQuotation): boolean {
  if (last.quote.lastBlock !== next.quote.firstBlock) return false;
  return BREAK.test(text.slice(last.quote.inner.end + 1, next.quote.inner.start - 1));
}
