/** A contradiction read from a document no backed figure of its draft, or (when thin) of its paragraph, comes from (paragraphSources.ts). */
import * as assert from 'node:assert/strict';
import { assessDraft } from '../../../src/core/check/checkDraft';
import { FOREIGN_DOCUMENT, type ParagraphAssessment, settleForeignDocuments } from '../../../src/core/check/paragraphSources';
import type { Fact, Quantity } from '../../../src/core/model';
import type { CandidateEvidence } from '../../../src/core/check/scoring';
import { DEFAULT_PARAMS } from '../../../src/core/check/params';
import { indexOf } from './helpers';

const SOURCES = indexOf({
  'sources/ski.md': ['# Glenvarrie Snowsports: season review 2025/26', '', 'The season ran from 6 December to 19 April, 135 days in all.'].join('\n'),
  'sources/grit.txt': ['Highmoor County Council winter service plan', '', 'Councillor Derek Fallowfield said: "Last winter we were out 96 times, eighteen more than usual."', '', 'The council runs 14 gritters.'].join('\n'),
});

function assessed(draft: string, mention: string): { verdict: string; rule: string } {
  const a = assessDraft(draft, SOURCES).find((x) => x.claimed === mention);
  assert.ok(a, `no mention ${mention}`);
  return { verdict: a.verdict, rule: a.rule };
}

describe('a contradiction from a document foreign to its draft, or thin and foreign to its paragraph', () => {
  it('is unsourced: "The winter before it was just 71" beside a ski resort\'s figures is not the council\'s 96 outings', () => {
    assert.deepEqual(assessed('The season at Glenvarrie ran 135 days in all. The winter before it was just 71.', '71'), { verdict: 'unsourced', rule: FOREIGN_DOCUMENT });
  });

  it('stands when the paragraph has no backed figure, or one from that document', () => {
    assert.equal(assessed('The winter before it was just 71.', '71').verdict, 'contradicted');
    assert.equal(assessed('The season at Glenvarrie ran 135 days in all. Last winter the gritters were out 71 times, eighteen more than usual.', '71').verdict, 'contradicted');
  });

  it('is unsourced in another paragraph too, when no backed figure of the draft comes from its document', () => {
    const draft = 'The season at Glenvarrie ran 135 days in all.\n\nCouncillor Derek Fallowfield said that last winter the council was out 71 times.';
    assert.deepEqual(assessed(draft, '71'), { verdict: 'unsourced', rule: FOREIGN_DOCUMENT });
  });

  it('stands in another paragraph than the backed figure when another figure of the draft comes from its document', () => {
    const draft = 'The season at Glenvarrie ran 135 days in all.\n\nThe council runs 14 gritters. Last winter the gritters were out 71 times, eighteen more than usual.';
    assert.equal(assessed(draft, '71').verdict, 'contradicted');
    assert.equal(assessed('The season at Glenvarrie ran 135 days in all.\n\nThe council runs 14 gritters.\n\nThe winter before it was just 71.', '71').verdict, 'contradicted');
  });
});

describe('a contradiction from a document foreign to its paragraph, whose value a document of the paragraph states', () => {
  /** An assessed mention of `paragraph` decided from `file`, its value stated in `statedIn`. */
  const mention = (paragraph: number, verdict: 'supported' | 'contradicted', file: string, statedIn: readonly string[] = []): ParagraphAssessment => {
    // Not thin: two shared words and a shared period tie the rival to the mention.
    const match = { entity: 0.4, metric: 0.4, shared: 2, period: 1, anchored: false } as unknown as CandidateEvidence;
    const assessment = { span: { start: 0, end: 1 }, claimed: 'x', quantity: {} as Quantity, verdict, confidence: 1, rule: verdict, sourceFact: { file } as Fact };
    return { assessment, paragraph, match, statedIn };
  };
  const verdicts = (assessed: readonly ParagraphAssessment[]): string[] => settleForeignDocuments(assessed, DEFAULT_PARAMS).map((a) => `${a.verdict}:${a.rule}`);

  it('is unsourced: the paragraph draws on the health board, which states the value, not on the record office', () => {
    const assessed = [mention(0, 'supported', 'records.txt'), mention(1, 'supported', 'health.txt'), mention(1, 'contradicted', 'records.txt', ['health.txt'])];
    assert.equal(verdicts(assessed)[2], `unsourced:${FOREIGN_DOCUMENT}`);
  });

  it('stands when no document of the paragraph states the value, or the rival\'s document backs the paragraph too', () => {
    assert.equal(verdicts([mention(0, 'supported', 'records.txt'), mention(1, 'supported', 'health.txt'), mention(1, 'contradicted', 'records.txt', ['trees.md'])])[2], 'contradicted:contradicted');
    assert.equal(verdicts([mention(1, 'supported', 'records.txt'), mention(1, 'supported', 'health.txt'), mention(1, 'contradicted', 'records.txt', ['health.txt'])])[2], 'contradicted:contradicted');
  });
});

