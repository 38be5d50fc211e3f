import assert from 'node:assert/strict';
import { alignWords } from '../../../src/core/quote/alignWords';
import type { PassageLookup, QuotePassage } from '../../../src/core/quote/passages';
import { checkQuotations } from '../../../src/core/quote/checkQuotations';
import { CANDIDATE_PASSAGES } from '../../../src/core/quote/matchQuotation';
import { passageWords, quoteElements } from '../../../src/core/quote/quoteText';
import { findQuoteSpans } from '../../../src/core/extract/quoteSpans';

const align = (quote: string, passage: string) => alignWords(quoteElements(quote, { start: 0, end: quote.length }), passageWords(passage));
const ops = (quote: string, passage: string): string[] => align(quote, passage).steps.map((s) => s.op);

describe('quotation text: words and gaps', () => {
  it('reads an ellipsis (…, ..., […]) as an unbounded gap and a bracket as a gap of a few words', () => {
    const kinds = (q: string) => quoteElements(q, { start: 0, end: q.length }).map((e) => (e.kind === 'gap' ? `gap:${e.covers}` : e.norm));
    assert.deepEqual(kinds('a … b'), ['a', 'gap:Infinity', 'b']);
    assert.deepEqual(kinds('a ... b'), ['a', 'gap:Infinity', 'b']);
    assert.deepEqual(kinds('a [...] b [the firm] c'), ['a', 'gap:Infinity', 'b', 'gap:5', 'c']);
  });

  it('frees the case of the first word and of the first word after a gap only', () => {
    const free = (q: string) => quoteElements(q, { start: 0, end: q.length }).flatMap((e) => (e.kind === 'word' ? [e.caseFree] : []));
    assert.deepEqual(free('One two … three four'), [true, false, true, false]);
  });
});

describe('alignWords: the edit script over words', () => {
  it('aligns a quotation inside a longer passage at no cost', () => {
    const a = align('a perfect integration', 'This represents a perfect integration of science.');
    assert.equal(a.cost, 0);
    assert.deepEqual([a.first, a.end], [2, 5]);
  });

  it('marks a changed, an added and a dropped word', () => {
    assert.deepEqual(ops('a partial integration', 'a perfect integration'), ['same', 'changed', 'same']);
    assert.deepEqual(ops('a truly perfect integration', 'a perfect integration'), ['same', 'added', 'same', 'same']);
    assert.deepEqual(ops('a integration', 'a perfect integration'), ['same', 'dropped', 'same']);
  });

  it('lets an ellipsis pass over any number of source words, and a bracket over only a few', () => {
    assert.equal(align('one … nine', 'one two three four five six seven eight nine').cost, 0);
    assert.equal(align('one [x] five', 'one two three four five').cost, 0);
    assert.ok(align('one [x] nine', 'one two three four five six seven eight nine').cost > 0);
  });

  it('fills quotation elements × (passage words + 1) cells, no more', () => {
    const word = (i: number): string => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26));
    const passage = Array.from({ length: 200 }, (_, i) => word(i)).join(' ');
    const a = align(`${word(10)} ${word(11)} … ${word(20)}`, passage);
    assert.equal(a.cost, 0);
    assert.equal(a.cells, 4 * 201);
  });
});

describe('quotation check: work per quotation', () => {
  it('asks the source index once per quotation for a bounded number of passages, and aligns only those', () => {
    const asked: number[] = [];
    const passage: QuotePassage = { id: 'd0:q0', file: 's.txt', kind: 'quote', text: 'We will build the plant next year.', at: 0, locate: () => ({ file: 's.txt', line: 1, column: 1, endLine: 1, endColumn: 2 }) };
    const lookup: PassageLookup = {
      passagesWith: (_words, limit) => {
        asked.push(limit);
        return Array.from({ length: limit }, () => passage);
      },
    };
    const draft = Array.from({ length: 50 }, () => '"We will build the plant next year," she said.').join('\n\n');
    assert.deepEqual(checkQuotations(draft, lookup), []);
    assert.deepEqual(asked, Array.from({ length: 50 }, () => CANDIDATE_PASSAGES));
  });

  it('asks nothing for a scare quote unless unsourced quotations are asked for', () => {
    let asked = 0;
    const lookup: PassageLookup = {
      passagesWith: () => {
        asked++;
        return [];
      },
    };
    assert.deepEqual(checkQuotations('They call it "the belt" and "synergy".', lookup), []);
    assert.equal(asked, 0);
    assert.equal(checkQuotations('They call it "the belt" and "synergy".', lookup, { reportUnsourced: true }).length, 2);
  });
});

describe('quotation spans: nesting', () => {
  it('keeps a curly quotation inside a curly quotation part of the outer one, in sources as in drafts', () => {
    const text = '“We call it “the belt” and we mean it,” she said. “Next,” he said.';
    const spans = findQuoteSpans(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.inner.start, q.inner.end));
    assert.deepEqual(spans, ['We call it “the belt” and we mean it,', 'Next,']);
  });
});
