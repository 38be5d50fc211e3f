import assert from 'node:assert/strict';
import { checkDraft } from '../../../src/core/check/checkDraft';
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

  // Pending: src/core/check/context.ts (mentionContexts) is O(numbers × words) per sentence and
  // counts earlier same-class numbers with a filter per number, so one sentence of 4,000 numbers
  // ("1. 1. 1. …" or "1.1.1.…", a pasted table) takes seconds: 2,000 → 0.8 s, 4,000 → ~3 s, "1." × 5,000 → 4.7 s.
  // Owned by the checker work; enable when fixed (and lower CHECK_HANG_MS in test/unit/property/check.property.test.ts).
  it.skip('checks one sentence of 4,000 numbers in under a second', () => {
    const start = performance.now();
    checkDraft('1. '.repeat(4000), index.quantities);
    assert.ok(performance.now() - start < 1000);
  });
});
