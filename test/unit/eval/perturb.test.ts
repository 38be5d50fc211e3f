import assert from 'node:assert/strict';
import { generateContradictions, type GeneratedDraft, generateParaphrases } from '../../eval/generate';
import { paraphrase } from '../../eval/paraphrase';
import type { Label } from '../../eval/labels';
import { mulberry32, numberTokens, perturb, PERTURBATION_KINDS, type PerturbContext } from '../../eval/perturb';

const ctx = (category = 'exact', before = '', sourceNumbers: ReadonlySet<string> = new Set()): PerturbContext => ({ category, before, sourceNumbers });

/** The first digit token's value of a perturbed mention, with the scale word applied. */
function valueOf(text: string): number {
  const n = Number(/\d[\d,]*(?:\.\d+)?/.exec(text)?.[0].replace(/,/g, ''));
  return n * (/billion|bn/.test(text) ? 1e9 : /million|\dm\b/.test(text) ? 1e6 : 1);
}

describe('eval perturbations', () => {
  it('the PRNG is deterministic for a seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
  });

  it('swaps two digits, changes the scale, shifts a percentage, moves an ordinal and a year', () => {
    const rng = mulberry32(1);
    assert.match(perturb('65 billion yuan', 'digit-swap', ctx(), rng) ?? '', /^56 billion yuan$/);
    assert.equal(perturb('65 billion yuan', 'scale', ctx(), rng), '65 million yuan');
    assert.equal(perturb('$268m', 'scale', ctx(), rng), '$268bn');
    assert.match(perturb('1.5 percent', 'percent', ctx(), rng) ?? '', /^(15|0\.15|6\.5) percent$/);
    assert.match(perturb('second-largest', 'ordinal', ctx(), rng) ?? '', /^third-largest$/);
    assert.match(perturb('1987', 'year', ctx('year'), rng) ?? '', /^19(8[4-6]|8[89]|90)$/);
    assert.equal(perturb('1987', 'year', ctx('period-year'), rng), undefined);
  });

  it('keeps one-sided hedges wrong: "over" only goes up, "nearly" only goes down', () => {
    for (let seed = 0; seed < 50; seed++) {
      for (const kind of PERTURBATION_KINDS) {
        const up = perturb('over 6,000 companies', kind, ctx(), mulberry32(seed));
        if (up !== undefined) assert.ok(valueOf(up) > 6000, `${kind}: ${up}`);
        const down = perturb('nearly 800 companies', kind, ctx(), mulberry32(seed));
        if (down !== undefined) assert.ok(valueOf(down) < 800, `${kind}: ${down}`);
        const by = perturb('2030', kind, ctx('year', 'twelve stations by '), mulberry32(seed));
        if (by !== undefined) assert.ok(Number(by) < 2030, `${kind}: ${by}`);
      }
    }
  });

  it('moves "about"-hedged numbers far enough to be clearly wrong', () => {
    for (let seed = 0; seed < 50; seed++) {
      const out = perturb('about 3,200 people', 'digit-swap', ctx(), mulberry32(seed));
      assert.equal(out, 'about 2,300 people');
    }
  });

  it('avoids values that occur in the sources and leaves compounds and fractions alone', () => {
    assert.equal(perturb('65 billion', 'digit-swap', ctx('exact', '', numberTokens(['56 billion'])), mulberry32(3)), undefined);
    assert.equal(perturb('three-fifths', 'written', ctx('written-out'), mulberry32(3)), undefined);
    assert.equal(perturb('sixty-five billion', 'written', ctx('written-out'), mulberry32(3)), undefined);
  });

  /** Checks that `generate` gives the same drafts for the same seed, each labelled as `label` and differing only at its mention. */
  function assertVariants(generated: readonly GeneratedDraft[], again: readonly GeneratedDraft[], text: string, label: string, category: string, count: number): void {
    assert.deepEqual(generated, again);
    assert.equal(generated.length, count);
    for (const g of generated) {
      assert.equal(g.mention.label, label);
      assert.equal(g.mention.category, `${category}-${g.kind}`);
      assert.equal(g.text.slice(g.mention.span.start, g.mention.span.end), g.mention.mention);
      assert.notEqual(g.mention.mention, g.original);
      assert.equal(g.text.slice(0, g.mention.span.start), text.slice(0, g.mention.span.start));
    }
  }

  it('generates the same contradicted and paraphrased drafts for the same seed, each differing only at the mention', () => {
    const text = 'Kunshan reported output of 141.79 billion yuan, up 1.5 percent, and opened in 1987.';
    const labels: Label[] = [
      { draft: 'd.md', mention: '141.79 billion yuan', occurrence: 1, label: 'supported', category: 'exact' },
      { draft: 'd.md', mention: '1.5 percent', occurrence: 1, label: 'supported', category: 'exact' },
      { draft: 'd.md', mention: '1987', occurrence: 1, label: 'supported', category: 'year' },
      { draft: 'd.md', mention: 'Kunshan', occurrence: 1, label: 'unsourced', category: 'writer-own' },
    ];
    const drafts = new Map([['d.md', text]]);
    assertVariants(generateContradictions(drafts, labels, new Set(), 11), generateContradictions(drafts, labels, new Set(), 11), text, 'contradicted', 'generated', 3);
    // "1.5 percent" has nothing to round, no scale word and no percent sign; "1987" is a year.
    assertVariants(generateParaphrases(drafts, labels, 11), generateParaphrases(drafts, labels, 11), text, 'supported', 'paraphrase', 1);
  });
  it('paraphrases a supported figure without changing what it says, and refuses where the meaning could change', () => {
    const none = { before: 'reported ', after: ' in 2025.' };
    const rng = mulberry32(3);
    assert.equal(paraphrase('4,318 people', 'rounded', none, rng), 'about 4,300 people');
    assert.equal(paraphrase('£7.42m', 'rounded', none, rng), 'about £7.4m');
    assert.equal(paraphrase('£25m', 'rounded', none, rng), undefined, 'two significant digits: nothing to round');
    assert.equal(paraphrase('141.79 billion yuan', 'rounded', none, rng), 'about 142 billion yuan');
    assert.equal(paraphrase('65 billion yuan', 'scale-word', none, rng), '65bn yuan');
    assert.equal(paraphrase('£7.42m', 'scale-word', none, rng), '£7.42 million');
    assert.equal(paraphrase('46m', 'scale-word', none, rng), undefined, 'without a currency "m" may be metres');
    assert.match(paraphrase('6.4%', 'per-cent', none, rng) ?? '', /^6\.4 per ?cent$/u);
    assert.equal(paraphrase('4,318', 'rounded', { before: 'about ', after: '' }, rng), undefined, 'already hedged');
    assert.equal(paraphrase('£205m', 'scale-word', { before: '', after: ' to £215m' }, rng), undefined, 'a range');
    assert.equal(paraphrase('2,025', 'rounded', none, rng), 'about 2,000', 'a count, not a year');
    assert.equal(paraphrase('2025', 'rounded', none, rng), undefined, 'a year');
  });
});
