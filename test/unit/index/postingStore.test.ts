import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { PostingStore } from '../../../src/core/index/postingStore';

/** Appends ascending ids (with repeats) to a few terms, trimming and compacting on the way, and compares with plain arrays. */
describe('PostingStore', () => {
  it('keeps the same ids as plain arrays through growth, trims, appends after a trim and compaction', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.nat(3), fc.nat(40)), { maxLength: 400 }), (ops) => {
        const store = new PostingStore();
        const model = new Map<string, number[]>();
        let id = 0;
        for (const [term, step, action] of ops) {
          id += step;
          const key = `t${term}`;
          const list = model.get(key) ?? [];
          const isNew = !model.has(key);
          if (list[list.length - 1] !== id) list.push(id);
          model.set(key, list);
          assert.equal(store.append(key, id), isNew);
          if (action === 0) store.trim();
          if (action === 1) {
            const keep = (n: number): boolean => n % 3 !== 0;
            const emptied = store.retain(keep);
            for (const [k, ids] of model) {
              const kept = ids.filter(keep);
              if (kept.length === 0) model.delete(k);
              else model.set(k, kept);
              assert.equal(emptied.includes(k), kept.length === 0);
            }
          }
        }
        assert.equal(store.size, model.size);
        for (const [k, ids] of model) {
          assert.deepEqual(Array.from(store.get(k)), ids);
          assert.equal(store.count(k), ids.length);
        }
        assert.deepEqual(new Map(store.counts()), new Map([...model].map(([k, ids]) => [k, ids.length])));
        assert.equal(store.count('absent'), 0);
        assert.equal(store.get('absent').length, 0);
      }),
    );
  });
});
