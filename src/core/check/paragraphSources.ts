/**
 * A draft draws on a few source documents, and each paragraph on fewer, and its figures come from them. A
 * contradiction is most likely about something else, so unsourced, not contradicted, when it is read from a document
 * that:
 * - no figure a source backs anywhere in the draft comes from, while others do: a briefing note on driving tests that
 *   the sources back figure by figure is not contradicted by a beekeepers' survey ("186 of our member instructors"
 *   against the survey's 214 members);
 * - or no backed figure of its paragraph comes from, when it rests on little evidence (one shared word, no shared
 *   figure, no named entity, no shared period): a bare "The winter before it was just 71", in a paragraph of a ski
 *   resort's figures, is not a council's "Last winter we were out 96 times";
 * - or no backed figure of its paragraph comes from, while a document the paragraph draws on states the mention's
 *   value: "Over-65s: 70.9% vaccinated, against a 75% target", where the 75% is a health board's, is the board's
 *   70.9%, not a record office's 68%.
 *
 * A draft no source backs at all is left alone: its sources are unknown.
 */
import type { CandidateEvidence } from './scoring';
import type { Assessment } from './checkDraft';
import type { CheckerParams } from './params';

/** The rule id of a contradiction set aside because its document is foreign to its paragraph. */
export const FOREIGN_DOCUMENT = 'foreign-document';

/** One assessed mention, with its paragraph and the evidence of its match. */
export interface ParagraphAssessment {
  readonly assessment: Assessment;
  readonly paragraph: number;
  readonly match?: CandidateEvidence;
  /** The source files with a candidate that states the mention's value. */
  readonly statedIn: readonly string[];
}

/** True when a match rests on little evidence: at most one shared word, and no shared figure, named entity or period. */
function thin(match: CandidateEvidence, params: CheckerParams): boolean {
  return !match.anchored && match.entity < params.namedEntity && match.period <= 0 && match.shared <= 1;
}

/** The assessments, with each contradiction from a document foreign to its draft, or foreign to its paragraph and thin or stated by the paragraph's own documents, made unsourced (see the module header). */
export function settleForeignDocuments(assessed: readonly ParagraphAssessment[], params: CheckerParams): Assessment[] {
  const backing = new Map<number, Set<string>>();
  const draftBacking = new Set<string>();
  for (const { assessment, paragraph } of assessed) {
    const file = assessment.sourceFact?.file;
    if (assessment.verdict !== 'supported' || file === undefined) continue;
    backing.set(paragraph, (backing.get(paragraph) ?? new Set()).add(file));
    draftBacking.add(file);
  }
  return assessed.map(({ assessment, paragraph, match, statedIn }) => {
    const files = backing.get(paragraph);
    const file = assessment.sourceFact?.file;
    if (assessment.verdict !== 'contradicted' || assessment.rule !== 'contradicted' || match === undefined || file === undefined) return assessment;
    const { span, claimed, quantity, confidence } = assessment;
    const unsourced = (where: string): Assessment => ({ span, claimed, quantity, confidence, verdict: 'unsourced', rule: FOREIGN_DOCUMENT, why: `no figure of its ${where} comes from ${file}` });
    if (draftBacking.size > 0 && !draftBacking.has(file)) return unsourced('draft');
    return files !== undefined && !files.has(file) && (thin(match, params) || statedIn.some((f) => files.has(f))) ? unsourced('paragraph') : assessment;
  });
}
