import assert from 'node:assert/strict';
import { extractItems } from '../../../src/core/extract/items';
import { readSource } from '../../../src/core/source/readSource';
import { splitSentences } from '../../../src/core/text/sentences';
import { assertLinearGrowth } from '../cpuTime';

describe('hardening: long text stays linear', () => {
  it('splits many short sentences in time linear in their count (was quadratic in Intl.Segmenter)', function () {
    this.timeout(60_000);
    assert.equal(splitSentences('The dam produced 412 MW. '.repeat(40_000)).length, 40_000);
    assertLinearGrowth('sentences', (n) => splitSentences('The dam produced 412 MW. '.repeat(n)), 5_000);
  });

  it('reads the facts and their figures of a one-line source of many sentences ending in a line break in linear time (table and list checks looked for the line\'s end from every sentence)', function () {
    this.timeout(120_000);
    const text = (n: number): string => `Vexmoor ledger\n\n${Array.from({ length: n }, (_, i) => `The Vexmoor plant made ${1000 + i} widgets in ${1990 + (i % 30)}. `).join('')}\n`;
    const read = (n: number): number => extractItems(readSource({ path: 'a.txt', text: text(n) }), 'd').facts.reduce((sum, f) => sum + f.quantities.length, 0);
    assert.equal(read(1_000), 2_000);
    assertLinearGrowth('sentences on one line', read, 2_000);
  });

  it('splits a long run of "Mr. " (every boundary repaired by a join) into one sentence, in linear time', function () {
    this.timeout(60_000);
    const text = 'Mr. '.repeat(100_000);
    assert.deepEqual(splitSentences(text), [{ start: 0, end: text.length - 1 }]);
    assertLinearGrowth('text', (n) => splitSentences('Mr. '.repeat(n)), 12_500);
  });

  // Found by a property-test seed: the quotation attribution patterns backtracked through every letter of a
  // long capitalised run from every capital in it (26 s for 30 kB).
  it('reads a long run of capitalised letters with no space or comma (attribution patterns) in linear time', function () {
    this.timeout(60_000);
    assertLinearGrowth('text', (n) => extractItems(readSource({ path: 'x.txt', text: `${'Ab'.repeat(n)}.\n\n"It grew 7 percent," she said.\n` }), 'd'), 2_000);
  });

  it('cuts a 5 MB line without any break into pieces that tile it exactly, in linear time', function () {
    this.timeout(60_000);
    const text = 'x'.repeat(5_000_000);
    const spans = splitSentences(text);
    assert.equal(spans[0]?.start, 0);
    assert.equal(spans[spans.length - 1]?.end, text.length);
    spans.forEach((s, i) => i > 0 && assert.equal(s.start, spans[i - 1]?.end));
    assertLinearGrowth('line length', (n) => splitSentences('x'.repeat(n)), 625_000);
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
    it(`extracts the fact of a sentence with 100,000 ${name}, in time linear in the run`, function () {
      this.timeout(60_000);
      const text = (n: number): string => `Velmar report\n\nMr. Lee of Velmar said${filler.repeat(n)} the Velmar dam produced 412 MW in 2024.\n`;
      const facts = extractItems(readSource({ path: 'a.txt', text: text(50_000) }), 'd').facts.map((f) => f.text);
      assert.deepEqual(facts.filter((f) => f.includes('412 MW')).length, 1);
      assertLinearGrowth(name, (n) => extractItems(readSource({ path: 'a.txt', text: text(n) }), 'd'), 6_250);
    });
  }
});
