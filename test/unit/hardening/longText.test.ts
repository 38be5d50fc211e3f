import assert from 'node:assert/strict';
import { extractItems } from '../../../src/core/extract/items';
import { readSource } from '../../../src/core/source/readSource';
import { splitSentences } from '../../../src/core/text/sentences';

/** Runs `f` and returns how long it took, in milliseconds. */
function timed(f: () => void): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

describe('hardening: long text stays linear', () => {
  it('splits 1 MB of short sentences in well under a second per MB (was quadratic in Intl.Segmenter)', () => {
    const text = 'The dam produced 412 MW. '.repeat(40_000);
    let count = 0;
    const ms = timed(() => (count = splitSentences(text).length));
    assert.equal(count, 40_000);
    assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  });

  it('splits 400 kB of "Mr. " (every boundary repaired by a join) in linear time', () => {
    const text = 'Mr. '.repeat(100_000);
    let spans: ReturnType<typeof splitSentences> = [];
    const ms = timed(() => (spans = splitSentences(text)));
    assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
    assert.equal(spans.length, 1);
    assert.deepEqual(spans[0], { start: 0, end: text.length - 1 });
  });

  // Found by a property-test seed: the quotation attribution patterns backtracked through every letter of a
  // long capitalised run from every capital in it (26 s for 30 kB). Quadrupling the run must cost well under 16×.
  it('reads a long run of capitalised letters with no space or comma (attribution patterns) in linear time', () => {
    const read = (n: number): number => timed(() => extractItems(readSource({ path: 'x.txt', text: `${'Ab'.repeat(n)}.\n\n"It grew 7 percent," she said.\n` }), 'd'));
    read(1000); // warm up
    const small = Math.min(read(4000), read(4000));
    const large = Math.min(read(16_000), read(16_000));
    assert.ok(large / small < 8, `4× the text took ${(large / small).toFixed(1)}× the time (${small.toFixed(0)} → ${large.toFixed(0)} ms)`);
  });

  it('cuts a 5 MB line without any break into pieces that tile it exactly', () => {
    const text = 'x'.repeat(5_000_000);
    let spans: ReturnType<typeof splitSentences> = [];
    const ms = timed(() => (spans = splitSentences(text)));
    assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
    assert.equal(spans[0]?.start, 0);
    assert.equal(spans[spans.length - 1]?.end, text.length);
    spans.forEach((s, i) => i > 0 && assert.equal(s.start, spans[i - 1]?.end));
  });

  it('gives the same sentences when a long text is cut into pieces for the segmenter', () => {
    const sentences = Array.from({ length: 600 }, (_, i) => `Sentence ${i} says Mr. Lee paid US$${i}.5 million, e.g. for No. ${i} Road in the U.S. capital.`);
    const text = sentences.join(' ');
    assert.ok(text.length > 20_000);
    assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), sentences);
  });

  it('never splits a surrogate pair when a line has no spaces', () => {
    const text = '😀'.repeat(10_000);
    for (const s of splitSentences(text)) {
      assert.ok(!/[\uD800-\uDBFF]$/.test(text.slice(s.start, s.end)), `span ends inside a pair at ${s.end}`);
    }
  });
});

describe('hardening: long runs inside one sentence', () => {
  for (const [name, filler] of [
    ['spaces', ' '],
    ['tabs and no-break spaces', '\t\u00a0'],
    ['digits (an ordinal was tried at each one)', '9'],
  ] as const) {
    it(`extracts items from a sentence with 100,000 ${name} in linear time`, () => {
      const text = `Velmar report\n\nMr. Lee of Velmar said${filler.repeat(50_000)} the Velmar dam produced 412 MW in 2024.\n`;
      let facts = 0;
      const ms = timed(() => (facts = extractItems(readSource({ path: 'a.txt', text }), 'd').facts.length));
      assert.equal(facts, 1);
      assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
    });
  }
});
