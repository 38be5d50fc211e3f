import assert from 'node:assert/strict';
import { checkDraft } from '../../../src/core/check/checkDraft';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { seedInputs } from '../seeds';
import { assertLinearGrowth } from '../cpuTime';

describe('hardening: checking a draft stays linear', () => {
  const index = SourceIndex.build(seedInputs());

  it('checks a long draft of ordinary sentences in time linear in its length, and finds the contradiction at its end', function () {
    this.timeout(300_000); // a hang catcher: on a loaded 2-core machine this takes minutes
    const sentence = 'Kunshan reported 65 billion yuan of output in 2024, officials said. ';
    assertLinearGrowth('draft length', (n) => checkDraft(sentence.repeat(n), index.quantities), 400);
    const draft = `${sentence.repeat(15_000)}\n\nKunshan reported an automotive industry output of 56 billion yuan.`;
    const findings = checkDraft(draft, index.quantities).filter((f) => f.code === 'contradiction');
    assert.deepEqual(findings.map((f) => draft.slice(f.span.start, f.span.end)), ['56 billion yuan'], 'the contradiction after 1 MB of prose is found');
  });

  // One sentence of thousands of numbers (a pasted table) used to cost time in the square of their
  // count (mention contexts compared every number with every word and every other number).
  it('checks one sentence of many numbers in time linear in their count', function () {
    this.timeout(60_000);
    assertLinearGrowth('numbers', (n) => checkDraft('1. '.repeat(n), index.quantities), 500);
  });

  // Numbers and years in one long sentence ("in 2001 it was 7 tonnes, in 2002 …") used to cost time in the
  // cube of their count: every number weighed every period phrase against every other number (31 s for
  // 2,000 mentions).
  it('extracts quantities and their periods from one sentence of many numbers and years in time linear in their count', function () {
    this.timeout(60_000);
    const sentence = (n: number): string => Array.from({ length: n }, (_, i) => `in the first half of ${2000 + (i % 30)} it was ${i} tonnes`).join(', ');
    assertLinearGrowth('numbers and years', (n) => extractQuantities(sentence(n)), 250);
  });
});
