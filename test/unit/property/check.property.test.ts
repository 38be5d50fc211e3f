import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDraft } from '../../../src/core/check/checkDraft';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { seedInputs } from '../seeds';
import { anyText, assertSpanInside, RUNS, withinBound } from './arbitraries';

/** A hang detector for checkDraft, generous for a busy machine (a 10 kB draft of numbers takes ~0.3 s). */
const CHECK_HANG_MS = 5_000;

describe(`property: checker and search over the seeds on adversarial input (${RUNS} runs each)`, function () {
  this.timeout(120_000); // 300 runs of a whole pipeline; each call has its own hang bound
  const index = SourceIndex.build(seedInputs());

  it(`checkDraft: never throws or hangs; every finding's span is inside the draft and its claim is the slice there (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyText, (draft) => {
        const findings = withinBound('checkDraft', () => checkDraft(draft, index.quantities), CHECK_HANG_MS);
        for (const f of findings) {
          assertSpanInside(f.span, draft.length, 'finding');
          assert.equal(f.claimed, draft.slice(f.span.start, f.span.end), 'claimed text is the slice at the span');
        }
      }),
      { numRuns: RUNS },
    );
  });

  it(`SourceIndex.search: never throws or hangs on any query; results are indexed items (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 20 }), (query, limit) => {
        const results = withinBound('search', () => index.search(query, { limit }));
        assert.ok(results.length <= limit);
        for (const r of results) assert.ok(index.itemsOf(r.item.file).includes(r.item), `${r.item.id} is indexed`);
      }),
      { numRuns: RUNS },
    );
  });

  it(`SourceIndex.updateFile: adversarial sources can be added, searched and removed without disturbing the seeds (${RUNS} runs)`, () => {
    const before = index.search('Chen Huifen', { limit: 1 })[0]?.item.id;
    fc.assert(
      fc.property(anyText, fc.constantFrom('x.txt', 'x.md', 'x.html'), (text, path) => {
        withinBound('updateFile', () => index.updateFile({ path, text }));
        for (const item of index.itemsOf(path)) assert.equal(item.file, path);
        index.removeFile(path);
        assert.equal(index.itemsOf(path).length, 0);
      }),
      { numRuns: RUNS },
    );
    assert.equal(index.search('Chen Huifen', { limit: 1 })[0]?.item.id, before);
  });
});
