import * as assert from 'node:assert/strict';
import { shiftSpans } from '../../../src/core/text/spanEdits';

describe('shiftSpans: spans follow their text through edits', () => {
  const text = 'It made 56 billion yuan in 2025.';
  const span = { start: 8, end: 23 }; // "56 billion yuan"

  function apply(source: string, edits: readonly { offset: number; length: number; text: string }[]): string {
    return [...edits].sort((a, b) => b.offset - a.offset).reduce((t, e) => t.slice(0, e.offset) + e.text + t.slice(e.offset + e.length), source);
  }

  it('moves a span after an edit, keeps one before it, and drops one the edit overlaps', () => {
    for (const edits of [
      [{ offset: 0, length: 0, text: '# Title\n\n' }],
      [{ offset: 0, length: 2, text: 'Kunshan' }],
      [{ offset: 27, length: 4, text: 'the first half of 2025' }],
      [{ offset: 8, length: 0, text: 'about ' }],
      [{ offset: 23, length: 0, text: ' (US$7.7bn)' }],
      [
        { offset: 0, length: 2, text: 'Kunshan' },
        { offset: 27, length: 4, text: '2024' },
      ],
    ]) {
      const [moved] = shiftSpans([span], edits.map((e) => ({ offset: e.offset, length: e.length, inserted: e.text.length })));
      assert.ok(moved, JSON.stringify(edits));
      assert.equal(apply(text, edits).slice(moved.start, moved.end), '56 billion yuan', JSON.stringify(edits));
    }
    for (const edits of [[{ offset: 9, length: 1, text: '5' }], [{ offset: 5, length: 5, text: '' }], [{ offset: 20, length: 10, text: 'x' }]]) {
      assert.deepEqual(shiftSpans([span], edits.map((e) => ({ offset: e.offset, length: e.length, inserted: e.text.length }))), [undefined], JSON.stringify(edits));
    }
  });
});
