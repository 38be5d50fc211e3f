import assert from 'node:assert/strict';
import { checkDraft } from '../../../src/core/check/checkDraft';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { seedInputs } from '../seeds';

describe('hardening: checking a draft stays linear', () => {
  const index = SourceIndex.build(seedInputs());

  it('checks a 1 MB draft of ordinary sentences in a few seconds', function () {
    this.timeout(30_000);
    const draft = 'Kunshan reported 65 billion yuan of output in 2024, officials said. '.repeat(15_000);
    const start = performance.now();
    checkDraft(draft, index.quantities);
    const ms = performance.now() - start;
    assert.ok(ms < 15_000, `${ms.toFixed(0)} ms`);
  });

  // One sentence of thousands of numbers (a pasted table) used to cost time in the square of their
  // count (mention contexts compared every number with every word and every other number). Growth is
  // measured as a ratio in the same run: quadrupling the numbers must cost well under 16× (quadratic).
  it('checks one sentence of many numbers in time linear in their count', () => {
    const time = (n: number): number => {
      const start = performance.now();
      checkDraft('1. '.repeat(n), index.quantities);
      return performance.now() - start;
    };
    time(500); // warm up
    const small = Math.min(time(1000), time(1000));
    const large = Math.min(time(4000), time(4000));
    assert.ok(large / small < 8, `4× the numbers took ${(large / small).toFixed(1)}× the time (${small.toFixed(0)} → ${large.toFixed(0)} ms)`);
  });

  // Numbers and years in one long sentence ("in 2001 it was 7 tonnes, in 2002 …") used to cost time in the
  // cube of their count: every number weighed every period phrase against every other number (31 s for
  // 2,000 mentions). Quadrupling them must cost well under 16× (quadratic), let alone 64×.
  it('extracts quantities and their periods from one sentence of many numbers and years in time linear in their count', () => {
    const sentence = (n: number): string => Array.from({ length: n }, (_, i) => `in the first half of ${2000 + (i % 30)} it was ${i} tonnes`).join(', ');
    const time = (n: number): number => {
      const text = sentence(n);
      const start = performance.now();
      extractQuantities(text);
      return performance.now() - start;
    };
    time(250); // warm up
    const small = Math.min(time(500), time(500));
    const large = Math.min(time(2000), time(2000));
    assert.ok(large / small < 8, `4× the numbers took ${(large / small).toFixed(1)}× the time (${small.toFixed(0)} → ${large.toFixed(0)} ms)`);
  });
});
