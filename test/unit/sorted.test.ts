import * as assert from 'node:assert/strict';
import { lowerBound, sortedHas } from '../../src/core/sorted';

describe('sorted: binary search', () => {
  const values = [2, 4, 4, 9];

  it('finds the first element ≥ a value, or > it when strict, on plain and typed arrays', () => {
    for (const sorted of [values, Uint32Array.from(values)]) {
      assert.deepEqual(
        [0, 2, 3, 4, 5, 9, 10].map((v) => lowerBound(sorted, v)),
        [0, 0, 1, 1, 3, 3, 4],
      );
      assert.deepEqual(
        [0, 2, 4, 9].map((v) => lowerBound(sorted, v, true)),
        [0, 1, 3, 4],
      );
    }
    assert.equal(lowerBound([], 1), 0);
  });

  it('tells whether a value is present', () => {
    assert.deepEqual(
      [1, 2, 4, 5, 9, 10].map((v) => sortedHas(values, v)),
      [false, true, true, false, true, false],
    );
    assert.equal(sortedHas(new Uint32Array(0), 0), false);
  });
});
