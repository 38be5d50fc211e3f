import assert from 'node:assert/strict';
import type { LocatedMention } from '../../eval/labels';
import { categoryTable, matchFlags, missedTargets, summarize } from '../../eval/score';

const mention = (start: number, end: number, label: LocatedMention['label'], extra: Partial<LocatedMention> = {}): LocatedMention => ({
  draft: 'd.md',
  mention: 'x'.repeat(end - start),
  span: { start, end },
  label,
  category: label === 'contradicted' ? 'digit-swap' : 'exact',
  mustNotFlag: false,
  ...extra,
});

describe('eval scoring', () => {
  const wrong = mention(0, 10, 'contradicted');
  const right = mention(20, 30, 'supported', { mustNotFlag: true, category: 'hedge' });
  const own = mention(40, 45, 'unsourced', { category: 'writer-own' });
  const missed = mention(50, 60, 'contradicted');

  it('assigns a flag to the mention it overlaps most, and keeps flags on no mention as strays', () => {
    const outcome = matchFlags([wrong, right, own, missed], [
      { span: { start: 8, end: 22 }, detail: 'mostly on wrong' },
      { span: { start: 21, end: 29 }, detail: 'on right' },
      { span: { start: 32, end: 38 }, detail: 'stray' },
    ]);
    assert.deepEqual(outcome.mentions.map((m) => m.flag?.detail), ['mostly on wrong', 'on right', undefined, undefined]);
    assert.deepEqual(outcome.strays.map((s) => s.detail), ['stray']);
  });

  it('counts precision against false alarms and strays, recall against misses, and must-not-flag violations', () => {
    const outcome = matchFlags([wrong, right, own, missed], [
      { span: { start: 0, end: 3 }, detail: '' },
      { span: { start: 20, end: 30 }, detail: '' },
      { span: { start: 70, end: 72 }, detail: '' },
    ]);
    const summary = summarize(outcome.mentions, outcome.strays.length);
    assert.equal(summary.truePositives, 1);
    assert.equal(summary.falseNegatives, 1);
    assert.equal(summary.falseAlarmsSupported, 1);
    assert.equal(summary.falseAlarmsUnsourced, 0);
    assert.equal(summary.precision, 1 / 3);
    assert.equal(summary.precisionHandWritten, 1 / 3);
    assert.equal(summary.recall, 1 / 2);
    assert.equal(summary.mustNotFlagViolations, 1);
    assert.equal(missedTargets(summary).length, 3);
    assert.deepEqual(categoryTable(outcome.mentions), [
      { category: 'digit-swap', n: 2, flagged: 1, expected: 2, correct: 1 },
      { category: 'hedge', n: 1, flagged: 1, expected: 0, correct: 0 },
      { category: 'writer-own', n: 1, flagged: 0, expected: 0, correct: 1 },
    ]);
  });

  it('counts generated true positives in overall precision and recall, not in the hand-written ones', () => {
    const hand = matchFlags([wrong, right], [{ span: { start: 0, end: 2 }, detail: '' }, { span: { start: 20, end: 22 }, detail: '' }]);
    const generated = matchFlags([mention(0, 5, 'contradicted', { category: 'generated-scale' })], [{ span: { start: 1, end: 2 }, detail: '' }], true);
    const summary = summarize([...hand.mentions, ...generated.mentions], 0);
    assert.equal(summary.precision, 2 / 3);
    assert.equal(summary.precisionHandWritten, 1 / 2);
    assert.equal(summary.recallGenerated, 1);
    assert.equal(summary.generatedContradictions, 1);
  });

  it('counts a flag on a generated paraphrase as a false alarm of the paraphrases and of overall precision, not of the hand-written drafts', () => {
    const hand = matchFlags([wrong, right], [{ span: { start: 0, end: 2 }, detail: '' }]);
    const paraphrased = matchFlags([mention(0, 5, 'supported', { category: 'paraphrase-rounded' })], [{ span: { start: 1, end: 2 }, detail: '' }], true);
    const summary = summarize([...hand.mentions, ...paraphrased.mentions], 0);
    assert.equal(summary.precision, 1 / 2);
    assert.equal(summary.precisionHandWritten, 1);
    assert.equal(summary.paraphrased, 1);
    assert.equal(summary.paraphraseFalseAlarms, 1);
    assert.equal(summary.generatedContradictions, 0);
  });

  it('meets the targets when everything contradicted and nothing else is flagged', () => {
    const outcome = matchFlags([wrong, right, own], [{ span: { start: 2, end: 4 }, detail: '' }]);
    assert.deepEqual(missedTargets(summarize(outcome.mentions, 0)), []);
  });
});
