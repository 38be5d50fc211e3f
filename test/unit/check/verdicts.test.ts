import * as assert from 'node:assert/strict';
import { assessDraft, checkDraft } from '../../../src/core/check/checkDraft';
import type { QuantityIndex } from '../../../src/core/check/quantityIndex';
import { indexOf, SEED } from './helpers';

function verdictOf(index: QuantityIndex, draft: string, mention: string): string {
  const a = assessDraft(draft, index).find((x) => x.claimed === mention);
  assert.ok(a, `no mention ${mention} in ${JSON.stringify(draft)}: ${JSON.stringify(assessDraft(draft, index).map((x) => x.claimed))}`);
  return a.verdict;
}

describe('checkDraft: must not flag', () => {
  const index = indexOf(SEED);
  const cases: [string, string][] = [
    ["Kunshan's automotive industry output reached 65bn yuan.", '65bn yuan'],
    ["Kunshan's automotive industry output reached sixty-five billion yuan.", 'sixty-five billion yuan'],
    ["Kunshan's automotive industry output reached 65,000 million yuan.", '65,000 million yuan'],
    ["In the first half of 2025, Jiading's automotive industry output was about 142 billion yuan.", 'about 142 billion yuan'],
    ["In the first half of 2025, Jiading's automotive industry output was 142 billion yuan.", '142 billion yuan'],
    ["Jiading's automotive industry output was 141.79 billion yuan, or US$19.9 billion.", 'US$19.9 billion'],
    ["The region's industrial scale in ICs is 60 percent of the national total.", '60 percent'],
    ['Taicang has gathered nearly 800 automotive companies.', 'nearly 800'],
    ['In the Jia-Kun-Tai core circle, over 6,000 relevant companies serve as anchor points.', 'over 6,000'],
  ];
  for (const [draft, mention] of cases) {
    it(`supports "${mention}"`, () => {
      assert.equal(verdictOf(index, draft, mention), 'supported');
      assert.deepEqual(checkDraft(draft, index), []);
    });
  }

  it('stays silent on the writer\'s own numbers, personal years and list numbers', () => {
    const draft = '1. I first visited Kunshan in 2009 with 3 friends.\n2. We ate 12 dumplings.';
    assert.deepEqual(checkDraft(draft, index), []);
    assert.ok(assessDraft(draft, index).every((a) => a.verdict === 'unsourced'));
  });

  it('does not confuse the same entity with a different metric or period', () => {
    assert.notEqual(verdictOf(index, "In the second half of 2025, Jiading's automotive output was 150 billion yuan.", '150 billion yuan'), 'contradicted');
    assert.notEqual(verdictOf(index, 'Kunshan has a population of 65 million.', '65 million'), 'contradicted');
  });
});

describe('checkDraft: must flag', () => {
  const index = indexOf(SEED);
  const cases: [string, string, string][] = [
    ["Kunshan's automotive industry output reached 56 billion yuan.", '56 billion yuan', '65 billion yuan'],
    ["Kunshan's automotive industry output reached 65 million yuan.", '65 million yuan', '65 billion yuan'],
    ["Kunshan's automotive industry output grew 15 percent year on year.", '15 percent', '1.5 percent'],
    ['Saltmere, the third-longest river port in the country, opened its new terminal in 2019.', 'third-longest', 'second-longest'],
    ['Saltmere, the second-longest river port in the country, opened its new terminal in 2017.', '2017', '2019'],
    ['In the Jia-Kun-Tai core circle, about 600 relevant companies serve as anchor points.', 'about 600', 'over 6,000'],
    ['Of these, Zhejiang has 13 clusters.', '13', 'seven'],
  ];
  for (const [draft, mention, expected] of cases) {
    it(`flags "${mention}" (source: ${expected})`, () => {
      const findings = checkDraft(draft, index);
      const f = findings.find((x) => x.claimed === mention);
      assert.ok(f, `not flagged; verdicts: ${JSON.stringify(assessDraft(draft, index).map((a) => [a.claimed, a.verdict]))}`);
      assert.equal(f.code, 'contradiction');
      assert.equal(f.severity, 'warning');
      assert.equal(f.expected, expected);
      assert.equal(draft.slice(f.span.start, f.span.end), mention);
      assert.equal(f.source?.file, 'seeds/jkt.txt');
      assert.ok(f.confidence > 0 && f.confidence <= 1);
    });
  }

  it('reports unsourced numbers only when asked, as hints', () => {
    const draft = 'I interviewed 14 engineers.';
    assert.deepEqual(checkDraft(draft, index), []);
    const [hint] = checkDraft(draft, index, { reportUnsourced: true });
    assert.equal(hint?.code, 'unsourced');
    assert.equal(hint?.severity, 'hint');
  });
});

describe('checkDraft: a superlative with no ordinal', () => {
  const index = indexOf({
    'sources/ormsby.txt': [
      'Ormsby recycling report 2025/26',
      '',
      'Ormsby District Council recycled 46.2% of household waste in 2025/26, up from 44.8% the year before.',
      'Ormsby ranked 9th of the 14 councils in the Tarn Valley Waste Partnership for its recycling rate.',
    ].join('\n'),
  });

  it('is not flagged against a source rank by another criterion', () => {
    assert.notEqual(verdictOf(index, 'Ormsby had its best recycling year since 2017/18, at 46.2%.', 'best'), 'contradicted');
  });

  it('is flagged where the draft restates the source sentence of the rank', () => {
    assert.equal(verdictOf(index, 'Ormsby was the best of the 14 councils in the Tarn Valley Waste Partnership for its recycling rate.', 'best'), 'contradicted');
  });
});

describe('checkDraft: a figure of the period the draft names', () => {
  const index = indexOf({
    'sources/norland.txt':
      'Norland climate summary, November 2026\n\nNovember 2026 was the wettest November on record for Norland as a whole. The country received 214.6 mm of rain, 187% of the 1991-2020 November average of 114.8 mm. The previous November record, 201.3 mm, was set in 2009.\n',
  });
  const draft = (record: string): string => `Norland had its wettest November on record: 214.6mm of rain, 187% of the average, beating 2009's ${record}.`;

  it('is backed by the source figure of that period, though the rest of the draft sentence restates another source sentence', () => {
    assert.notEqual(verdictOf(index, draft('about 200mm'), 'about 200mm'), 'contradicted');
  });

  it('is still flagged when no source figure of that period agrees with it', () => {
    assert.equal(verdictOf(index, draft('230mm'), '230mm'), 'contradicted');
  });
});

describe('checkDraft: a limit a measure is held to', () => {
  const index = indexOf({
    'sources/tresswell.txt': [
      'Tresswell air quality annual status report 2026',
      '',
      'The annual mean objective for NO2 is 40 micrograms per cubic metre. It was exceeded at 4 sites in 2025.',
      '',
      'Sites above the objective in 2025 (2024 in brackets):',
      '- Carrick Street, outside No. 41: 46.2 (49.8)',
      '- Marlowe Gate: 43.1 (45.0)',
    ].join('\n'),
  });

  it('is no rival for a measured level', () => {
    assert.notEqual(verdictOf(index, 'The annual average of nitrogen dioxide on Carrick Street was 46.2 micrograms per cubic metre.', '46.2'), 'contradicted');
  });

  it('is still checked against a limit the draft gives', () => {
    assert.equal(verdictOf(index, 'The annual mean objective for NO2 is 45 micrograms per cubic metre.', '45'), 'contradicted');
  });
});
