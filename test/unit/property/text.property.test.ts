import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractItems } from '../../../src/core/extract/items';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { readSource, type SourceFormat } from '../../../src/core/source/readSource';
import { splitSentences } from '../../../src/core/text/sentences';
import { anyText, assertSpanInside, HANG_MS, RUNS, withinBound } from './arbitraries';

const EXTENSIONS: Record<SourceFormat, string> = { text: 'txt', markdown: 'md', html: 'html' };

/** Lines in a text as editors count them (LF, CRLF or a lone CR end a line). */
const lineCount = (text: string): number => text.split(/\r\n?|\n/).length;

describe(`property: core text functions on adversarial input (${RUNS} runs each, ${HANG_MS} ms hang bound per call)`, function () {
  this.timeout(120_000); // 300 runs of a whole pipeline; each call has its own hang bound
  it(`splitSentences: never throws or hangs; spans are ordered, disjoint, trimmed and inside the span asked for (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.max(start, Math.max(a, b) % (text.length + 1));
        const spans = withinBound('splitSentences', () => splitSentences(text, { start, end }));
        let prevEnd = start;
        for (const s of spans) {
          assertSpanInside(s, text.length, 'sentence');
          assert.ok(s.start >= prevEnd && s.end <= end && s.end > s.start, `sentence ${JSON.stringify(s)} after ${prevEnd}, within ${start}..${end}`);
          assert.ok(!/^\s|\s$/u.test(text.slice(s.start, s.end)), 'sentences are trimmed');
          prevEnd = s.end;
        }
      }),
      { numRuns: RUNS },
    );
  });

  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`readSource (${format}) + extractItems: never throw or hang; every item's text is the slice at its span, located inside the file (${RUNS} runs)`, () => {
      fc.assert(
        fc.property(anyText, (original) => {
          const path = `p.${EXTENSIONS[format]}`;
          const doc = withinBound(`readSource(${format})`, () => readSource({ path, text: original }));
          assert.equal(doc.format, format);
          const lines = lineCount(original);
          for (const b of doc.blocks) assertSpanInside(b.span, doc.text.length, 'block');
          const { facts, quotes } = withinBound('extractItems', () => extractItems(doc, 'd'));
          for (const item of [...facts, ...quotes]) {
            assertSpanInside(item.span, doc.text.length, item.kind);
            assert.equal(item.text, doc.text.slice(item.span.start, item.span.end), `${item.kind} text is its slice`);
            assert.ok(item.paragraph.start <= item.span.start && item.span.end <= item.paragraph.end, `${item.kind} inside its paragraph`);
            const loc = item.location;
            assert.ok(loc.line >= 1 && loc.line <= lines && loc.endLine >= loc.line && loc.endLine <= lines, `${item.kind} at lines ${loc.line}-${loc.endLine} of ${lines}`);
            assert.ok(loc.column >= 1 && loc.endColumn >= 1, `${item.kind} columns ${loc.column}/${loc.endColumn}`);
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it(`extractQuantities: never throws or hangs; every mention's text is the slice at its span; values are numbers (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const quantities = withinBound('extractQuantities', () => extractQuantities(text));
        for (const q of quantities) {
          assertSpanInside(q.span, text.length, 'quantity');
          assert.equal(q.text, text.slice(q.span.start, q.span.end), 'quantity text is its slice');
          assert.ok(!Number.isNaN(q.value) && !Number.isNaN(q.low) && !Number.isNaN(q.high), `NaN in ${JSON.stringify(q)}`);
          assert.ok(q.low <= q.high, `low ${q.low} > high ${q.high} for "${q.text}"`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
