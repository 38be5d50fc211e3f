import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { contentTokens, normalizeWord, tokenize } from '../../../src/core/text/tokens';

/** The token grammar written as one Unicode pattern: the specification the hand-written scanner must match. */
const SPEC = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}]+)?/gu;

function specNormalizeWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]s$/u, '').replace(/['’]/gu, '');
}

function specTokenize(text: string): { norm: string; start: number; end: number }[] {
  const out: { norm: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(SPEC)) {
    const raw = m[0];
    const norm = /^\p{N}/u.test(raw) ? raw.replace(/,(?=\p{N}{3}(?!\p{N}))/gu, '').replace(/,/gu, '.') : specNormalizeWord(raw);
    if (norm.length > 0) out.push({ norm, start: m.index, end: m.index + raw.length });
  }
  return out;
}

const PIECES = ['a', 'B', 'z', 'Q', '0', '7', ',', '.', "'", '’', ' ', '-', 'é', 'Ü', '\u0301', 'ß', 'İ', '²', '٣', '𝐀', '😀', '\n', 's', 'ﬁ', 'Å', '“', '$'];

describe('tokenize', () => {
  it('matches the token grammar on arbitrary mixes of ASCII, accents, marks, digits and astral characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(tokenize(text), specTokenize(text));
        assert.equal(normalizeWord(text), specNormalizeWord(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('normalises words and numbers', () => {
    assert.deepEqual(
      tokenize("Zürich's 1,240 firms, 141.79 O’Neill").map((t) => t.norm),
      ['zurich', '1240', 'firms', '141.79', 'oneill'],
    );
    assert.deepEqual(
      contentTokens('The output of the city').map((t) => t.norm),
      ['output', 'city'],
    );
  });
});
