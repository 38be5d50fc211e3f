/**
 * The whole check of a draft, as editors and the CLI run it: its numbers
 * against the sources' figures (checkDraft.ts) and its quotations against the
 * sources' words (quote/checkQuotations.ts), in one list of findings in draft
 * order.
 */
import type { PassageLookup } from '../quote/passages';
import { checkQuotations } from '../quote/checkQuotations';
import { checkDraft, type CheckOptions, type Finding } from './checkDraft';
import type { QuantityIndex } from './quantityIndex';

/** What the whole check reads from the sources (a `SourceIndex` has both). */
export interface DraftSources {
  /** The sources' figures, for the number checker. */
  readonly quantities: QuantityIndex;
  /** The sources' quotes and sentences, for the quotation check. */
  readonly passages: PassageLookup;
}

/** Checks a draft's numbers and quotations; findings in the order of their place in the draft. */
export function reviewDraft(text: string, sources: DraftSources, options: CheckOptions = {}): Finding[] {
  const findings = [...checkDraft(text, sources.quantities, options), ...checkQuotations(text, sources.passages, options)];
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
