/**
 * A draft paragraph draws on a few source documents, and its figures come from them. A contradiction that rests on
 * little evidence (one shared word, no shared figure, no named entity, no shared period), read from a document that no
 * figure a source backs in the same paragraph comes from, is most likely about something else: a bare "The winter
 * before it was just 71", in a paragraph of a ski resort's figures, is not a council's "Last winter we were out 96
 * times". Such a mention is unsourced, not contradicted.
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
}

/** True when a match rests on little evidence: at most one shared word, and no shared figure, named entity or period. */
function thin(match: CandidateEvidence, params: CheckerParams): boolean {
  return !match.anchored && match.entity < params.namedEntity && match.period <= 0 && match.shared <= 1;
}

/** The assessments, with each thin contradiction from a document foreign to its paragraph made unsourced (see the module header). */
export function settleForeignDocuments(assessed: readonly ParagraphAssessment[], params: CheckerParams): Assessment[] {
  const backing = new Map<number, Set<string>>();
  for (const { assessment, paragraph } of assessed) {
    const file = assessment.sourceFact?.file;
    if (assessment.verdict !== 'supported' || file === undefined) continue;
    backing.set(paragraph, (backing.get(paragraph) ?? new Set()).add(file));
  }
  return assessed.map(({ assessment, paragraph, match }) => {
    const files = backing.get(paragraph);
    const file = assessment.sourceFact?.file;
    if (assessment.verdict !== 'contradicted' || assessment.rule !== 'contradicted' || match === undefined || files === undefined || file === undefined) return assessment;
    if (files.has(file) || !thin(match, params)) return assessment;
    const { span, claimed, quantity, confidence } = assessment;
    return { span, claimed, quantity, confidence, verdict: 'unsourced', rule: FOREIGN_DOCUMENT, why: `no figure of its paragraph comes from ${file}` };
  });
}
