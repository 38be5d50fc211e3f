import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { extractQuantities } from '../../../src/core/quantity/extract';

describe('extractQuantities: seed sentences', () => {
  it('Jiading: level, its own US$ conversion and a change, all in H1 2025', () => {
    const t =
      'In the first half of 2025, Jiading, focusing on vehicle R&D and manufacturing, as well as the backward integration of the automotive industry, achieved an automotive industry output of 141.79 billion yuan (US$19.9 billion), a year-on-year increase of 7 percent.';
    const qs = extractQuantities(t).filter((q) => q.unitClass !== 'year');
    assert.deepEqual(
      qs.map((q) => [q.text, q.unitClass, q.unit, q.role, q.period?.half, q.period?.year]),
      [
        ['141.79 billion yuan', 'currency', 'CNY', 'level', 1, 2025],
        ['US$19.9 billion', 'currency', 'USD', 'level', 1, 2025],
        ['7 percent', 'percent', '%', 'change', 1, 2025],
      ],
    );
  });

  it('Kunshan: "65 billion yuan, a year-on-year increase of 1.5 percent" → level + change', () => {
    const t = 'Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan, a year-on-year increase of 1.5 percent.';
    const [level, change] = extractQuantities(t);
    assert.equal(level?.value, 65e9);
    assert.equal(level?.role, 'level');
    assert.equal(change?.value, 1.5);
    assert.equal(change?.role, 'change');
    assert.equal(change?.direction, 'up');
  });

  it('Taicang: a hedged count and a level', () => {
    const t =
      'Taicang, focusing on key automotive components, has gathered nearly 800 automotive companies, and the output of the automotive industry stood at 39.03 billion yuan in the first half of 2025, a year-on-year increase of 3.7 percent.';
    const qs = extractQuantities(t);
    assert.deepEqual(
      qs.map((q) => q.text),
      ['nearly 800', '39.03 billion yuan', '2025', '3.7 percent'],
    );
    assert.equal(qs[0]?.unit, 'company');
    assert.equal(qs[1]?.period?.half, 1);
  });

  it('the test track: acres, kilometres and a count, all hedged', () => {
    const t =
      "As Shanghai's only comprehensive passenger vehicle test ground, the nearly 3,000-acre testing area covers a network of test roads totaling nearly 30 kilometers in length, including nearly 70 typical road types.";
    const qs = extractQuantities(t);
    assert.deepEqual(
      qs.map((q) => [q.text, q.unitClass, q.hedge]),
      [
        ['nearly 3,000-acre', 'area', 'nearly'],
        ['nearly 30 kilometers', 'length', 'nearly'],
        ['nearly 70', 'count', 'nearly'],
      ],
    );
  });

  it('shares of the national total, as percent and as fractions', () => {
    const t =
      "The Shanghai Securities News in March reported that the region's industrial scale in ICs represents approximately three-fifths of the national total, while AI accounts for one-third of the national total.";
    const qs = extractQuantities(t);
    assert.deepEqual(
      qs.map((q) => [q.text, Math.round(q.value), q.hedge]),
      [
        ['approximately three-fifths', 60, 'approx'],
        ['one-third', 33, 'exact'],
      ],
    );
  });
});

describe('extractQuantities: robustness', () => {
  it('never throws and keeps spans inside the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789,.-$¥€% abkmnoqtuyUSHK\n'.split('')), maxLength: 60 }), (text) => {
        for (const q of extractQuantities(text)) {
          assert.ok(q.span.start >= 0 && q.span.end <= text.length && q.span.start < q.span.end);
          assert.equal(q.text, text.slice(q.span.start, q.span.end));
          assert.ok(q.low <= q.high);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('mentions come out in order and never overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('about 5 billion yuan', 'up 7%', 'three-fifths of', 'nearly 800 firms', 'in 2024', 'the', ',', 'second-largest', 'Q1', 'between 4 and 5'), { maxLength: 20 }), (words) => {
        const qs = extractQuantities(words.join(' '));
        for (let i = 1; i < qs.length; i++) assert.ok((qs[i - 1]?.span.end ?? 0) <= (qs[i]?.span.start ?? 0));
      }),
    );
  });
});
