/**
 * The alignment mechanisms of the second round, each on small made-up
 * sentences: shared numbers anchoring two sentences, event years that also
 * date a number, places in adverbial phrases, counted nouns after "of its",
 * a list's "one", and ranks (standings, ranked nouns, superlatives, criteria).
 */
import * as assert from 'node:assert/strict';
import { periodsConflict } from '../../../src/core/check/agreement';
import { assessDraft, checkDraft } from '../../../src/core/check/checkDraft';
import type { MentionContext } from '../../../src/core/check/context';
import { describeSentence, NEW_PARAGRAPH } from '../../../src/core/check/describe';
import { gatherEvidence, itemWordsPoint, type MentionEvidence } from '../../../src/core/check/evidence';
import { DEFAULT_PARAMS } from '../../../src/core/check/params';
import { findEntities } from '../../../src/core/extract/entities';
import type { QuantityIndex } from '../../../src/core/check/quantityIndex';
import { type CandidateEvidence, known, misScaled, penSlipOf, roundedSlipOf, spokenFor, transposedDigits, valuePlausibility } from '../../../src/core/check/scoring';
import { lemma } from '../../../src/core/quantity/lemma';
import type { Quantity } from '../../../src/core/model';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { numberHoverText } from '../../../src/core/draft/hoverContent';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { indexOf } from './helpers';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readFolder } from '../../eval/labelledSet';
import { repoRoot } from '../../eval/labels';

/** The quantity `mention` of the one-sentence draft `sentence`, with its context as the checker describes it. */
function describedMention(sentence: string, mention: string): { quantity: Quantity; context: MentionContext } {
  const quantities = extractQuantities(sentence);
  const at = quantities.findIndex((q) => q.text === mention);
  const described = describeSentence(sentence, quantities, findEntities(sentence, new Set()), { acronyms: new Map(), topic: [] }, NEW_PARAGRAPH);
  const [quantity, context] = [described.quantities[at], described.contexts[at]];
  assert.ok(quantity && context, `no ${mention} in ${sentence}`);
  return { quantity, context };
}

function verdictOf(index: QuantityIndex, draft: string, mention: string): string {
  const a = assessDraft(draft, index).find((x) => x.claimed === mention);
  assert.ok(a, `no mention ${mention} in ${JSON.stringify(draft)}: ${JSON.stringify(assessDraft(draft, index).map((x) => x.claimed))}`);
  return a.verdict;
}

const BAKERY = {
  'seeds/bakery.md': [
    'Ovenly posts a record year',
    'By A. Writer',
    'March 3, 2025',
    '',
    'The bakery chain Ovenly sold 1.62 million loaves last year, up 4.5 percent from 1.55 million, and opened its ninth shop.',
    '',
    'The flagship bakery, which opened in 2011, seats 120 customers. The firm will spend $3.4 million on a new mill, due to open in 2027.',
    '',
    'Ovenly finished second in the regional awards, behind Crumb & Co. It is the largest bakery chain in the valley, with 14 shops.',
    '',
    'Flour prices rose 12 percent in Lyon trading on Friday, valuing the harvest at about $980 million. They have risen 27 percent since May.',
    '',
    'Sales were $41 million in the first quarter, $47 million in the second and $52 million in the third quarter.',
    '',
    'The share of sales made online rose 6 percentage points to 38 percent.',
    '',
    'The firm donated 35 of its delivery vans to the food bank. Of the bakeries, Riverside has six shops, Hilltop has two, and Old Town has one.',
  ].join('\n'),
};


/** The quantity index over every source of an evaluation set (test/eval/NAME/sources), as a writer's workspace would hold them. */
function setSources(name: string): QuantityIndex {
  const dir = path.join(__dirname, '..', '..', '..', '..', 'test', 'eval', name, 'sources');
  return indexOf(Object.fromEntries(fs.readdirSync(dir).map((file) => [`${name}/${file}`, fs.readFileSync(path.join(dir, file), 'utf8')])));
}

describe('alignment mechanisms', () => {
  const index = indexOf(BAKERY);

  it('a shared number anchors two sentences: the other number of the pair is checked', () => {
    assert.equal(verdictOf(index, 'Ovenly sold 1.26 million loaves last year, up 4.5 percent from 1.55 million.', '1.26 million'), 'contradicted');
    assert.equal(verdictOf(index, 'Ovenly sold 1.62 million loaves last year, up 4.5 percent from 1.55 million.', '1.62 million'), 'supported');
  });

  it('a number the draft sentence already matches is not a rival for another one', () => {
    assert.notEqual(verdictOf(index, 'Sales were 1.55 million loaves, and 1.9 million rolls.', '1.9 million'), 'contradicted');
  });

  it('reads hyphenated periods, and prefers the candidate stated for the same quarter', () => {
    assert.equal(verdictOf(index, 'Second-quarter sales were $41 million.', '$41 million'), 'contradicted');
    assert.equal(verdictOf(index, 'Second-quarter sales were $47 million.', '$47 million'), 'supported');
  });

  it('a number the draft states for another period does not speak for a candidate', () => {
    assert.equal(verdictOf(index, 'Sales were $41 million in the first quarter, $47 million in the second and $41 million in the third.', '$41 million'), 'supported');
    const draft = 'Sales were $41 million in the first quarter, $47 million in the second and $25 million in the third.';
    assert.equal(assessDraft(draft, index).find((a) => a.claimed === '$25 million')?.verdict, 'contradicted');
  });

  it('a change in percent where the source gives the same change in percentage points is the wrong unit', () => {
    assert.equal(verdictOf(index, 'The share of sales made online rose 6 percent to 38 percent.', '6 percent'), 'contradicted');
    assert.equal(verdictOf(index, 'The share of sales made online rose 6 percentage points to 38 percent.', '6 percentage points'), 'supported');
  });

  it('a year that dates a number is still checked as the year of the event when both sentences share a number', () => {
    assert.equal(verdictOf(index, 'The firm will spend $3.4 million on a new mill, due to open in 2026.', '2026'), 'contradicted');
    assert.equal(verdictOf(index, 'The flagship, which seats 120 customers, opened in 2013.', '2013'), 'contradicted');
    assert.equal(verdictOf(index, 'The firm will spend $3.4 million on a new mill, due to open in 2027.', '2027'), 'supported');
  });

  it('a year that dates a number stays silent when nothing else ties the sentences', () => {
    assert.notEqual(verdictOf(index, 'The firm will spend $5 million on marketing in 2026.', '2026'), 'contradicted');
  });

  it('a year digit slip is plausible even when far apart', () => {
    assert.equal(verdictOf(index, 'The flagship bakery opened in 2101 and seats 120 customers.', '2101'), 'contradicted');
  });

  it('a place in an adverbial phrase does not become the subject of the next sentence', () => {
    assert.equal(verdictOf(index, 'Flour prices have risen 72 percent since May.', '72 percent'), 'contradicted');
  });

  it('counts the noun after "of its"', () => {
    assert.equal(verdictOf(index, 'The firm has 9 shops and donated 53 of its delivery vans to the food bank.', '53'), 'contradicted');
  });

  it('reads a list\'s closing "one" as a count', () => {
    assert.equal(verdictOf(index, 'Of the bakeries, Riverside has six shops, Hilltop has two, and Old Town has three.', 'three'), 'contradicted');
  });

  it('reads standings, ranked nouns and superlatives as ranks', () => {
    assert.equal(verdictOf(index, 'Ovenly finished third in the regional awards.', 'third'), 'contradicted');
    assert.equal(verdictOf(index, 'Ovenly opened its tenth shop last year.', 'tenth'), 'contradicted');
    assert.equal(verdictOf(index, 'It is the second-largest bakery chain in the valley.', 'second-largest'), 'contradicted');
  });

  it('does not check a rank stated by another criterion', () => {
    assert.notEqual(verdictOf(index, 'Ovenly ranks fourth in the regional awards for wages.', 'fourth'), 'contradicted');
  });
});

const ORCHARD = {
  'seeds/orchard.md': [
    'Pellham Orchards reports a mixed harvest',
    'By B. Writer',
    'October 9, 2025',
    '',
    'Pellham Orchards picked 8,400 tonnes of apples this season, a rise of 2.6 percent.',
    '',
    'Its neighbour Dunmore Farms picked 3,100 tonnes, a decline of 4.8 percent.',
    '',
    'Cider sales slipped for a second season running, by 7 percent.',
    '',
    'Pellham Orchards will spend £12 million on a new cold store, which opens in 2027.',
    '',
    'The Valley Growers Cooperative Association counts 240 member farms. The VGCA approved eleven new veterinary clinics.',
  ].join('\n'),
};

describe('alignment mechanisms, third round', () => {
  const index = indexOf(ORCHARD);

  it('a change measured by "by N" takes the direction of its verb earlier in the clause', () => {
    assert.equal(verdictOf(index, 'Cider sales rose 7 percent.', '7 percent'), 'contradicted');
    assert.equal(verdictOf(index, 'Cider sales fell 7 percent.', '7 percent'), 'supported');
  });

  it('a possessive with its noun left out continues the previous change', () => {
    const draft = "Pellham's growth was slim at 2.6 percent; Dunmore's was 8.4 percent.";
    assert.equal(assessDraft(draft, index).find((a) => a.claimed === '2.6 percent')?.quantity.role, 'change');
    assert.equal(assessDraft(draft, index).find((a) => a.claimed === '8.4 percent')?.quantity.direction, 'up');
  });

  it('a named entity and a decisive lead decide when the draft names no metric the sources know', () => {
    assert.equal(verdictOf(index, "Pellham's growth was slim at 6.2 percent.", '6.2 percent'), 'contradicted');
    assert.notEqual(verdictOf(index, "Pellham's growth was slim at 2.6 percent.", '2.6 percent'), 'contradicted');
    assert.notEqual(verdictOf(index, "Pellham's yield was slim at 6.2 percent.", '6.2 percent'), 'contradicted');
  });

  it('an acronym stands for its multiword name', () => {
    assert.equal(verdictOf(index, 'The Valley Growers Cooperative Association approved nine new veterinary clinics.', 'nine'), 'contradicted');
    assert.equal(verdictOf(index, 'The VGCA counts 420 member farms.', '420'), 'contradicted');
  });

  it('the same amount in another currency is the wrong currency, and the message says so', () => {
    assert.equal(verdictOf(index, 'Pellham Orchards will spend €12 million on a new cold store.', '€12 million'), 'contradicted');
    assert.equal(verdictOf(index, 'Pellham Orchards will spend £12 million on a new cold store.', '£12 million'), 'supported');
    const finding = checkDraft('Pellham Orchards will spend €12 million on a new cold store.', index)[0];
    assert.match(finding?.message ?? '', /currency/u);
  });

  it('a counted noun in "-ics" is read when nothing else is plural', () => {
    assert.equal(verdictOf(index, 'The VGCA approved twelve new veterinary clinics.', 'twelve'), 'contradicted');
  });
});

describe('alignment mechanisms: acronyms and listed subjects', () => {
  const TRANSIT = indexOf({
    'seeds/transit.md': [
      '# Annual report',
      '',
      'The Northgate Regional Transit Authority (NRTA) published its annual report on Monday.',
      '',
      "The NRTA's tram network, which the authority also runs, carried 61 million passengers in 2024, down 3.4 percent, as two lines closed for repairs.",
      '',
      'Among the districts, Eastfield grew 2.2 percent, Westmoor 5.9 percent and Southbank 0.8 percent.',
    ].join('\n'),
  });

  it('reads an acronym the source spells out as the spelt-out name: the wrong direction is flagged', () => {
    assert.equal(verdictOf(TRANSIT, "Northgate's trams carried 61 million passengers, up 3.4 percent.", '3.4 percent'), 'contradicted');
    assert.equal(verdictOf(TRANSIT, "Northgate's trams carried 61 million passengers, down 3.4 percent.", '3.4 percent'), 'supported');
  });

  it('pairs each number of a list with the name nearest before it, not the first name', () => {
    assert.equal(verdictOf(TRANSIT, 'Eastfield grew 2.2 percent, Westmoor 5.9 percent and Southbank 2.8 percent.', '2.8 percent'), 'contradicted');
    assert.notEqual(verdictOf(TRANSIT, 'Eastfield grew 2.2 percent, Westmoor 5.9 percent and Southbank 0.8 percent.', '5.9 percent'), 'contradicted');
  });
});

describe('alignment mechanisms: people, stems and near values', () => {
  const PORT = indexOf({
    'seeds/port.md': [
      '# Port of Calder',
      '',
      'The Calder harbour board employs more than 5,800 people, 730 of whom were hired last year.',
      '',
      'Containerised cargo made up the remaining 14.6 million tonnes, and the board plans further investment of £90 million.',
      '',
      'Harwick Logistics has about 2,100 employees in nine countries.',
      '',
      'The harbour employs about 3,200 people directly and supports an estimated 28,000 jobs in the region.',
    ].join('\n'),
  });

  it('compares a count of a kind of people with a count of people', () => {
    assert.equal(verdictOf(PORT, 'The harbour board has over 5,800 staff, 370 of them hired last year.', '370'), 'contradicted');
    assert.notEqual(verdictOf(PORT, 'The harbour board has over 5,800 staff, 730 of them hired last year.', '730'), 'contradicted');
  });

  it('lets "containers" meet "containerised" and "invest" meet "investment"', () => {
    assert.equal(verdictOf(PORT, 'Containers accounted for 16.4 million tonnes.', '16.4 million tonnes'), 'contradicted');
    assert.equal(verdictOf(PORT, 'The board will invest £9 million.', '£9 million'), 'contradicted');
  });

  it('does not let an agreeing source that only comes near the value excuse an anchored contradiction', () => {
    assert.equal(verdictOf(PORT, 'The harbour employs about 2,300 people and supports an estimated 28,000 jobs.', 'about 2,300'), 'contradicted');
  });
});

describe('alignment mechanisms: inherited subjects and the draft topic', () => {
  const TRAM = indexOf({
    'seeds/tram.md': [
      '# Tram report',
      '',
      'The Lindale tram network carried 88.4 million passengers in 2024. Ridership rose 4.1 percent, helped by the opening of the Quarry Line in May. The total is still below the 2019 peak of 93 million passengers.',
      '',
      'The city of Lindale has about 1.7 million residents.',
    ].join('\n'),
  });

  it('does not let a subject inherited from a trailing phrase ("… of the Quarry Line") rule the source out', () => {
    assert.equal(verdictOf(TRAM, 'The Lindale network is busy again. That still leaves it short of its 2019 peak of 39 million passengers.', '39 million'), 'contradicted');
  });

  it('reads a sentence that names nobody as about the draft’s recurring topic', () => {
    const draft = 'The Lindale network is growing.\n\nThe Lindale network carried 88.4 million passengers in 2024.\n\nThat is a lot for a city of roughly 7.1 million people.';
    assert.equal(verdictOf(TRAM, draft, 'roughly 7.1 million'), 'contradicted');
  });
});

describe('alignment mechanisms: numbers side by side in one source sentence', () => {
  const POWER = indexOf({
    'seeds/power.md': ['# Half-year results', '', 'Veltro Energy published its results on Tuesday.', '', 'Wind farms produced 5,940 GWh and solar plants 3,930 GWh.'].join('\n'),
  });

  it('flags a number paired with the wrong noun phrase when the words tell the pairs apart', () => {
    assert.equal(verdictOf(POWER, "Veltro's wind farms produced 3,930 GWh.", '3,930 GWh'), 'contradicted');
  });

  it('keeps the right pairing and a draft that does not say which one it means silent', () => {
    assert.notEqual(verdictOf(POWER, "Veltro's solar plants produced 3,930 GWh.", '3,930 GWh'), 'contradicted');
    assert.notEqual(verdictOf(POWER, 'Veltro produced 3,930 GWh.', '3,930 GWh'), 'contradicted');
  });
});

describe('alignment mechanisms: a bare standing against a superlative', () => {
  const HARBOUR = indexOf({
    'seeds/harbour.md': [
      '# Harbour review',
      '',
      "Brenmouth, the country's second-busiest container port, handled 3.1 million TEU in 2024.",
      '',
      "By total tonnage Brenmouth ranks fourth among the country's ports, behind Harwick, Dunmore and Kelso.",
    ].join('\n'),
  });

  it('flags a superlative that contradicts a bare standing on the same words', () => {
    assert.equal(verdictOf(HARBOUR, "By tonnage, Brenmouth is the country's second-largest port.", 'second-largest'), 'contradicted');
  });

  it('does not let a bare standing back or excuse a superlative of another ranking', () => {
    assert.equal(verdictOf(HARBOUR, "That keeps Brenmouth the country's fourth-busiest container port.", 'fourth-busiest'), 'contradicted');
  });
});

describe('findings: a change in the wrong direction', () => {
  const INCOME = indexOf({ 'seeds/income.md': ['# Budget', '', 'Northfield University said research income rose 11 percent, while tuition income fell 2 percent.'].join('\n') });

  it('says which way the source goes and offers no replacement that would change nothing', () => {
    const [finding, ...rest] = checkDraft('Northfield University said research income fell 11 percent.', INCOME);
    assert.equal(rest.length, 0);
    assert.ok(finding);
    assert.match(finding.message, /\(11 percent, a rise\)/u);
    assert.equal(finding.expectedValueText, undefined);
  });
});

describe('periods: parts of a year of different lengths', () => {
  it('reads a half, a quarter and a month as different totals, and a quarter inside its half as no conflict of dates', () => {
    assert.equal(periodsConflict({ half: 1, label: 'first half' }, { quarter: 1, label: 'first quarter' }), true);
    assert.equal(periodsConflict({ quarter: 2, label: 'Q2' }, { month: 5, label: 'May' }), true);
    assert.equal(periodsConflict({ quarter: 2, label: 'Q2' }, { quarter: 2, year: 2025, label: 'Q2 2025' }), false);
    assert.equal(periodsConflict({ year: 2025, label: '2025' }, { half: 1, year: 2025, label: 'H1 2025' }), true);
  });
});

describe('context beyond the sentence', () => {
  const CLUB = indexOf({
    'seeds/club.md': [
      '# Season review',
      '',
      'Millbrook Rovers collected 81 points from 46 matches. The side won 23 games, drew 12 and lost 11, scoring 74 goals and conceding 49.',
      '',
      '## Result',
      '',
      '| Candidate | Party | Votes | Share (%) |',
      '|---|---|---:|---:|',
      '| Ann Lee | Green | 9,874 | 35.4 |',
      '| Tom Ray | Labour | 8,512 | 30.6 |',
      '',
      'At the last election the Conservatives were second on 32.6%.',
    ].join('\n'),
  });

  it('a number stated exactly in an earlier sentence of the paragraph speaks for its source figure: the inherited "games" of 74 is not the 46 matches', () => {
    const draft = 'Millbrook Rovers took 81 points from 46 games. They won 23, drew 12 and lost 11, scoring 74 and conceding 94.';
    assert.notEqual(verdictOf(CLUB, draft, '74'), 'contradicted');
    assert.equal(verdictOf(CLUB, draft, '46'), 'supported', 'games and matches are one thing');
  });

  it('a table column\'s header says what its cells are: a share in the draft meets the "Share (%)" column', () => {
    assert.equal(verdictOf(CLUB, "The Greens' share of the vote was 35.4%.", '35.4%'), 'supported');
  });

  it('a number of the draft sentence that gives a source figure\'s digits in another order speaks for it: that figure is no rival of the others', () => {
    const poll = indexOf({
      'seeds/poll.md': [
        '# Result',
        '',
        '| Candidate | Party | Votes | Share (%) |',
        '|---|---|---:|---:|',
        '| Ann Lee | Green | 9,874 | 35.4 |',
        '',
        'In total 27,953 ballot papers were counted, a turnout of 38.6%, compared with 64.2% at the general election in July 2024.',
      ].join('\n'),
    });
    const draft = 'The Green won 35.4% of the ballot papers counted, on a turnout of 38.6%, down from 46.2% at the general election.';
    assert.notEqual(verdictOf(poll, draft, '35.4%'), 'contradicted', '64.2% is what 46.2% mis-writes');
    assert.equal(verdictOf(poll, draft, '46.2%'), 'contradicted');
  });

  it('two numbers of the draft sentence that state the ends of a source range speak for it; one end alone does not', () => {
    const lots = indexOf({ 'seeds/lots.md': ['# Recall', '', 'Affected packs have a lot code between 2307 and 2431; a pack is affected if the first two digits of its lot code are 23 or 24.'].join('\n') });
    assert.notEqual(verdictOf(lots, 'Codes run from 2307 to 2431: if yours starts with 23 or 24, the pack is affected.', '23'), 'contradicted');
    assert.equal(verdictOf(lots, 'Affected lot codes run from 2307 to 4231.', '4231'), 'contradicted');
  });

  it('a question claims nothing', () => {
    assert.notEqual(verdictOf(CLUB, 'Did Millbrook Rovers really win 32 games?', '32'), 'contradicted');
    assert.equal(verdictOf(CLUB, 'Millbrook Rovers won 32 games.', '32'), 'contradicted');
  });

  it('the same digits in another order contradict on a weak match when no source states the value', () => {
    assert.equal(verdictOf(CLUB, 'Millbrook Rovers conceded 94 goals this season.', '94'), 'contradicted');
    assert.equal(verdictOf(CLUB, 'Millbrook Rovers conceded 49 goals this season.', '49'), 'supported');
    const q = (text: string): Quantity => extractQuantities(text)[0] as Quantity;
    assert.equal(transposedDigits(q('£21.4m'), q('£12.4 million')), true);
    assert.equal(transposedDigits(q('55 goals'), q('55 goals')), false, 'the same digits in the same order');
    assert.equal(transposedDigits(q('5.5%'), q('55%')), false, 'one digit twice has no other order');
    assert.equal(transposedDigits(q('410'), q('140')), true);
    assert.equal(transposedDigits(q('4,100'), q('140')), false, 'another number of digits is a scale slip, judged elsewhere');
    assert.equal(transposedDigits(q('21 December'), q('12 December')), true);
    assert.equal(transposedDigits(q('21 December'), q('12 August')), false, 'a day\'s digits swapped keep its month');
  });


  it('the same digits at another scale or with the decimal point moved contradict on a weak match when no source states the value', () => {
    const club = indexOf({ 'seeds/club.md': 'Millbrook Rovers sold 18,400 season tickets. The new stand cost £2.7 million to build and 36% of seats are covered.' });
    assert.equal(verdictOf(club, 'Millbrook built its stand for £2.7bn.', '£2.7bn'), 'contradicted');
    assert.equal(verdictOf(club, 'Millbrook built its stand for £2.7m.', '£2.7m'), 'supported');
    assert.equal(verdictOf(club, 'At Millbrook 3.6% of seats are covered.', '3.6%'), 'contradicted');
    const q = (text: string): Quantity => extractQuantities(text)[0] as Quantity;
    assert.equal(misScaled(q('£2.7bn'), q('£2.7 million')), true);
    assert.equal(misScaled(q('3.6%'), q('36%')), true);
    assert.equal(misScaled(q('£2.7m'), q('£2.7 million')), false, 'the same value');
    assert.equal(misScaled(q('5 billion'), q('5 million')), false, 'a lone digit is too common to tie two figures');
    assert.equal(misScaled(q('104 days'), q('15 minutes')), false, 'a slip of scale keeps its unit: 15 minutes is 0.0104 days, but no "104"');
    assert.equal(misScaled(q('about 4,100'), q('more than four')), false, 'a lone digit on the source\'s side too');
    assert.equal(misScaled(q('€1.1 million'), q('€1.08 billion')), true, 'rounded, at another scale');
    assert.equal(misScaled(q('14 of'), q('143 of')), false, 'a decimal point moved keeps the digits as written');
    assert.equal(misScaled(q('£1.5m'), q('£148,000')), false, 'rounded and moved by a power of ten under a thousand');
    assert.equal(misScaled(q('£1.48m'), q('£148,000')), true);
    assert.equal(misScaled(q('270 tickets'), q('27 tickets')), true, 'a digit too many');
    assert.equal(misScaled(q('2.9 million'), q('27 million')), false, 'no power of ten takes one to the other');
    assert.equal(roundedSlipOf(q('about £2.7bn'), q('£2.7 million')), true, 'a rounded figure at another scale, its digits kept');
    assert.equal(roundedSlipOf(q('about 12p'), q('£1,236,800')), false, 'rounded and rescaled at once is another figure');
    assert.equal(roundedSlipOf(q('roughly $410 million'), q('$140 million')), true, 'a rounded figure\'s digits reordered');
  });

  it('finds a source figure by a plural whose stem changes its last letter ("263 wineries" meets the "Wineries" row)', () => {
    const vines = indexOf({ 'seeds/vines.md': ['| Measure | 2025 | 2026 |', '|---|---:|---:|', '| Vineyards | 986 | 1,034 |', '| Wineries | 221 | 236 |'].join('\n') });
    assert.equal(verdictOf(vines, 'There are now 263 wineries.', '263'), 'contradicted');
    assert.equal(verdictOf(vines, 'There are now 236 wineries.', '236'), 'supported');
  });

  it('the writer\'s own experience in the first person is never contradicted; what someone told the writer still is', () => {
    assert.notEqual(verdictOf(CLUB, 'I watched Millbrook Rovers win 32 games as a boy.', '32'), 'contradicted');
    assert.equal(verdictOf(CLUB, 'Their captain told me Millbrook Rovers won 32 games.', '32'), 'contradicted');
  });
});

describe('parts of a year: a quarter or half no source names', () => {
  const CALL_INDEX = SourceIndex.build([
    {
      path: 'seeds/call.md',
      text: [
        '# AutoNation third-quarter 2020 earnings call',
        '',
        'Adjusted SG&A as a percentage of gross profit was 64.4% in the third quarter of 2020, an 800 basis point improvement compared to the third quarter of 2019.',
      ].join('\n'),
    },
  ]);
  const CALL = CALL_INDEX.quantities;
  const draft = 'AutoNation reported strong financial results for Q2 2020, with improved adjusted SG&A.';

  it('sources about one quarter of the year contradict another quarter of it, and the finding covers the period phrase', () => {
    const [finding, ...rest] = checkDraft(draft, CALL);
    assert.equal(rest.length, 0);
    assert.equal(finding?.claimed, 'Q2 2020');
    assert.equal(finding?.expected, 'Q3 2020', 'the source\'s part, written as the draft writes its own');
    assert.equal(checkDraft(draft.replace('Q2 2020', 'the second quarter of 2020'), CALL)[0]?.expected, 'the third quarter of 2020');
    assert.deepEqual(finding?.rules, ['unnamed-part']);
    assert.equal(draft.slice(finding.span.start, finding.span.end), 'Q2 2020');
    const assessment = assessDraft(draft, CALL).find((a) => a.rule === 'unnamed-part');
    assert.ok(assessment);
    assert.match(numberHoverText(assessment, CALL_INDEX, { themeIcons: false }) ?? '', /the draft says Q2 2020, the source says Q3 2020/u);
  });

  it('stays silent on the quarter the sources name, and on a quarter they name anywhere, even without its year', () => {
    assert.equal(checkDraft(draft.replace('Q2 2020', 'Q3 2020'), CALL).length, 0);
    const both = indexOf({ 'seeds/call.md': ['# Call', '', 'Adjusted SG&A was 64.4% of gross profit in the third quarter of 2020, against 70% in the second quarter.'].join('\n') });
    assert.equal(checkDraft(draft, both).length, 0);
  });

  it('with several quarters of the year named, needs a source sentence about the same thing', () => {
    const two = indexOf({
      'seeds/call.md': ['# Call', '', 'AutoNation said adjusted SG&A as a percentage of gross profit was 64.4% in the third quarter of 2020.', '', 'Revenue in the fourth quarter of 2020 is expected to grow.'].join('\n'),
    });
    assert.equal(checkDraft('AutoNation said adjusted SG&A as a percentage of gross profit improved in Q2 2020.', two)[0]?.claimed, 'Q2 2020');
    assert.equal(checkDraft('Dealers such as AutoNation opened two stores in Q2 2020.', two).length, 0);
  });
});

describe('kinds of amount: the rival is of the mention\'s own kind where one is', () => {
  it('a wrong price is contradicted by the list price even when the discounted price\'s sentence shares more words', () => {
    const offer = indexOf({
      'seeds/offer.md': [
        '# Offer',
        '',
        'For a limited period of only two weeks, we are providing our cutting-edge EHR platform and Telehealth services, packed with features tailored to a clinic like yours, for just $480/month!',
        '',
        'On top of these incredible features, if you sign up for our Limited-Time Offer within the next week, you will receive an extra 10% off your first three months with SwiftHealthcare, bringing your cost to just $432/month!',
      ].join('\n'),
    });
    const draft = 'SwiftHealthcare is offering its EHR platform and Telehealth services to clinics for just $257/month for two weeks, with an extra 10% off for the first three months if they sign up within the next week.';
    assert.equal(verdictOf(offer, draft, '$257'), 'contradicted');
    assert.equal(verdictOf(offer, draft.replace('$257', '$480'), '$480'), 'supported');
  });
});

describe('entities: a source subject the draft names as a common word', () => {
  it('is no other entity: "Corvane\'s medical backlog" meets "Medical backlog ended the quarter at …" where Medical is a segment\'s name', () => {
    const call = indexOf({
      'seeds/call.txt': [
        'Corvane Systems third-quarter call',
        '',
        'Industrial revenue was $268.4 million, up 11%, and Medical revenue was $144.2 million.',
        'We ended the quarter with $688 million in cash and equivalents and nothing drawn on our $250 million revolving credit facility.',
        'Medical backlog ended the quarter at $310 million, up about a quarter from a year ago.',
      ].join('\n'),
    });
    assert.notEqual(verdictOf(call, 'Corvane Systems ended its third quarter with $688 million in cash and a medical backlog of $310 million.', '$310 million'), 'contradicted');
  });
});

describe('roles: a source figure in the other role backs the mention when it is the same statement', () => {
  const WINE = indexOf({
    'seeds/wine.md': [
      '# Harvest report',
      '',
      'England and Wales produced 21.4 million bottles of wine from the 2026 harvest, down 18% from the record 26.1 million bottles in 2025.',
      '',
      'It is asking the government to cut the duty on sparkling wine, now £3.58 a bottle, by 20%.',
    ].join('\n'),
  });

  it('when its sentence shares another number with the draft\'s ("now £3.58 a bottle, by 20%" read as a level)', () => {
    assert.notEqual(verdictOf(WINE, 'Growers want the £3.58 duty on a bottle of sparkling wine cut by 20%, or about 72p.', '20%'), 'contradicted');
  });

  it('but not when nothing but the value ties them', () => {
    assert.equal(verdictOf(WINE, 'The 2026 harvest of 21.4 million bottles was down 20% from the record.', '20%'), 'contradicted');
  });
});

describe('dates: a day of the year is checked against the days the sources give', () => {
  const BUDGET = indexOf({
    'seeds/budget.md': [
      '# Kestrel Bay City Council: Draft Budget Statement 2027/28',
      '',
      "*Published by the Office of the Chief Finance Officer, 1 December 2026. This statement opens the public consultation on the council's spending plans for the financial year beginning 1 April 2027.*",
      '',
      'The council proposes a net revenue budget of £412.6 million for 2027/28, up from £389.4 million in 2026/27.',
      '',
      'The consultation closes on 16 January 2027. Full council will vote on the final budget on 24 February 2027.',
    ].join('\n'),
  });

  it('a date is dated by its year alone: another date of the sentence does not give it its month', () => {
    assert.deepEqual(
      extractQuantities('The consultation closes on 16 January 2027, and the final vote is on 14 February.').map((q) => `${q.text} ${q.period?.label ?? '-'}`),
      ['16 January 2027', '2027 January 2027', '14 February 2027'],
    );
    assert.equal(verdictOf(BUDGET, 'The consultation closes on 16 January 2027, and the final vote is on 14 February.', '14 February'), 'contradicted');
    assert.notEqual(verdictOf(BUDGET, 'The consultation closes on 16 January 2027, and the final vote is on 24 February.', '24 February'), 'contradicted');
  });

  it('a date takes no year from a later date of its sentence ("on 17 December and … on 4 February 2027")', () => {
    assert.deepEqual(
      extractQuantities('The minutes will be published on 17 December and the next decision is due on 4 February 2027.').map((q) => `${q.text} ${q.period?.label ?? '-'}`),
      ['17 December -', '4 February 2027', '2027 February 2027'],
    );
  });

  it("a day the rival's own document states elsewhere is not contradicted by a weakly matching date of that document", () => {
    const draft = 'Kestrel Bay City Council wants to spend £412.6m next year, up from £389.4m, under draft plans published on 1 December.';
    assert.notEqual(verdictOf(BUDGET, draft, '1 December'), 'contradicted');
    assert.equal(verdictOf(BUDGET, draft.replace('1 December', '1 November'), '1 November'), 'contradicted');
    assert.equal(verdictOf(BUDGET, "Kestrel Bay City Council's financial year begins on 1 May.", '1 May'), 'contradicted');
  });
});

describe('rates: the very value per another thing', () => {
  const HALLS = indexOf({
    'seeds/halls.md':
      'Colin Ashby: The average rent in university halls is £178 a week this year, up from £169. Net spending works out at £1,297 per resident. Parking costs £40 a month per student.',
  });

  it('a rate per another unit of time is wrong, and the finding says per what without offering a replacement of the right number', () => {
    assert.equal(verdictOf(HALLS, 'Halls rent now averages £178 a month, up from £169.', '£178'), 'contradicted');
    assert.equal(verdictOf(HALLS, 'Halls rent now averages £178 a week, up from £169.', '£178'), 'supported');
    const [finding] = checkDraft('Halls rent now averages £178 a month, up from £169.\n', HALLS).filter((f) => f.code === 'contradiction');
    assert.equal(finding?.expected, '£178 per week');
    assert.deepEqual(finding?.rules, ['wrong-rate']);
    assert.equal(finding?.expectedValueText, undefined);
  });

  it('a total over several years is no amount a year: "over five years" after it or a "three-year" before it', () => {
    const grants = indexOf({
      'seeds/grants.md': 'Inés Valdés: We have €4.6 million from a European research grant, over five years, which started in 2024. The three-year capital programme for 2027–2030 totals £186 million.',
    });
    assert.equal(verdictOf(grants, "The team's funding, €4.6m a year from a European grant, runs out after 2028.", '€4.6m'), 'contradicted');
    assert.equal(verdictOf(grants, "The team's funding, €4.6m over five years from a European grant, runs out after 2028.", '€4.6m'), 'supported');
    assert.equal(verdictOf(grants, 'The capital programme is worth £186m a year.', '£186m'), 'contradicted');
    assert.notEqual(verdictOf(grants, 'The capital programme is worth £186m.', '£186m'), 'contradicted');
    const [finding] = checkDraft('The capital programme is worth £186m a year.\n', grants).filter((f) => f.code === 'contradiction');
    assert.equal(finding?.expected, '£186 million in all');
  });

  it('rates per things that are not time are left alone: their nouns have many names ("per seat", "per user")', () => {
    const seats = indexOf({ 'seeds/deal.md': 'One-year term: 10% off list, so $80.10 per user per month, or $240,300 a year for 250 seats.' });
    assert.notEqual(verdictOf(seats, 'A one-year term would cost $80.10 per seat per month.', '$80.10'), 'contradicted');
  });

  it('"a head", "per capita" and "per resident" are one rate, and a rate per time and one per person may both hold', () => {
    assert.notEqual(verdictOf(HALLS, 'Net spending comes to £1,297 a head.', '£1,297'), 'contradicted');
    assert.notEqual(verdictOf(HALLS, 'Net spending comes to £1,297 per capita.', '£1,297'), 'contradicted');
    assert.notEqual(verdictOf(HALLS, 'Parking costs £40 per student.', '£40'), 'contradicted');
  });
});

describe('levels reached by a rise or a fall', () => {
  const TARIFF = indexOf({ 'seeds/fenmoor.md': 'Colin Ashby: Our average entry tariff fell to 134 UCAS points from 139 last year.' });

  it('a level keeps the way it was reached ("fell to 134"), and the opposite way is contradicted with the same number', () => {
    assert.deepEqual(
      extractQuantities('The tariff fell to 134 points from 139, sales climbed to $5m and it has up to 30 staff.').map((q) => `${q.text} ${q.role} ${q.direction ?? '-'}`),
      ['134 level down', '139 level -', '$5m level up', 'up to 30 level -'],
    );
    assert.equal(verdictOf(TARIFF, 'Fenmoor says its average entry tariff rose to 134 UCAS points.', '134'), 'contradicted');
    assert.equal(verdictOf(TARIFF, 'Fenmoor says its average entry tariff dropped to 134 UCAS points.', '134'), 'supported');
    assert.equal(verdictOf(TARIFF, 'Fenmoor says its average entry tariff is 134 UCAS points.', '134'), 'supported', 'a level that says no way agrees with either');
  });
});

describe('earlier values: a comparison\'s earlier value given as the current one', () => {
  const STAYS = indexOf({
    'seeds/arrivals.md':
      'The average length of stay was 9.4 nights, down from 9.9 nights in the second quarter of 2025. Hotel room occupancy averaged 74.6%, compared with 71.2% a year earlier. Patients on the drug improved in 47.3% of cases, compared with 24.1% on placebo.',
  });

  it('is contradicted by the later value', () => {
    assert.equal(verdictOf(STAYS, 'Visitors stayed 9.9 nights on average in the quarter.', '9.9'), 'contradicted');
    assert.equal(verdictOf(STAYS, 'Hotel occupancy averaged 71.2% in the quarter.', '71.2%'), 'contradicted');
    const [finding] = checkDraft('Hotel occupancy averaged 71.2% in the quarter.\n', STAYS).filter((f) => f.code === 'contradiction');
    assert.equal(finding?.expected, '74.6%');
    assert.deepEqual(finding?.rules, ['earlier-value']);
  });

  it('is right when the draft sets it against another value, or dates it as the source does', () => {
    assert.notEqual(verdictOf(STAYS, 'Visitors stayed 9.4 nights on average, down from 9.9 nights.', '9.9'), 'contradicted');
    assert.notEqual(verdictOf(STAYS, 'Hotel occupancy reached 74.6%, against 71.2%.', '71.2%'), 'contradicted');
    assert.notEqual(verdictOf(STAYS, 'Hotel occupancy was 71.2% a year earlier.', '71.2%'), 'contradicted');
    // "last year" beside the time written about is the earlier period, though it may be the one reported.
    assert.notEqual(verdictOf(STAYS, 'Rooms were 74.6% full, and only 71.2% were filled last year.', '71.2%'), 'contradicted');
    assert.notEqual(verdictOf(STAYS, 'In the second quarter of 2025 visitors stayed 9.9 nights.', '9.9'), 'contradicted');
  });

  it('a value compared with another group, not an earlier time, is no earlier value', () => {
    assert.notEqual(verdictOf(STAYS, 'Only 24.1% of patients on placebo improved.', '24.1%'), 'contradicted');
  });
});

describe('an agreeing candidate that matches the words and period better', () => {
  const BANK = indexOf({
    'seeds/bank.txt': [
      'Bank of Aldermark: monetary policy statement',
      '',
      'Inflation is projected to average 3.0% in 2026 and 2.4% in 2027, and to return to the 2% target in 2028. In its September statement the Bank had projected inflation of 2.6% for 2027.',
    ].join('\n'),
  });

  it('is what the writer may have meant, though a rival names the entity better', () => {
    assert.notEqual(verdictOf(BANK, 'The Bank expects inflation to average 2.4% in 2027.', '2.4%'), 'contradicted');
    assert.equal(verdictOf(BANK, 'The Bank expects inflation to average 2.9% in 2027.', '2.9%'), 'contradicted');
  });
});

describe('shared numbers: each source number anchors once', () => {
  const RAIN = indexOf({
    'seeds/rain.txt': [
      'The Brackwater Briefing',
      '',
      'Nadia: At our Hollin Moor gauge we recorded 146 millimetres in 36 hours. The average for the whole of November there is 112 millimetres, so we had more than a month of rain in a day and a half.',
    ].join('\n'),
  });

  it('two draft numbers that match one source number do not make the draft restate that sentence', () => {
    const draft = 'The Hollin Moor gauge had the wettest two-day spell on record in 36 hours, far above the November average of 112 millimetres.';
    assert.notEqual(verdictOf(RAIN, draft, '112 millimetres'), 'contradicted');
    assert.equal(verdictOf(RAIN, draft.replace('112', '121'), '121 millimetres'), 'contradicted');
  });
});

describe('a distinctive value stated in a source sentence that shares another number with the draft sentence', () => {
  const RIVER = indexOf({
    'seeds/river.txt': [
      'The Brackwater Briefing',
      '',
      'Nadia: The Brack at Millbridge peaked at 5.84 metres at 3am on 21 November. That\'s 31 centimetres above the previous record, 5.53 metres, which was set in December 2015.',
    ].join('\n'),
  });

  it('is what the writer took, though the next sentence shares more of the words', () => {
    const draft = 'On 21 November the river went higher still: 5.84 metres, 31 centimetres above that 2015 record.';
    assert.notEqual(verdictOf(RIVER, draft, '5.84 metres'), 'contradicted');
    assert.equal(verdictOf(RIVER, 'The river peaked 31 centimetres above the previous record of 5.35 metres.', '5.35 metres'), 'contradicted');
    assert.equal(verdictOf(RIVER, 'On 21 November the Brack peaked at 5.48 metres.', '5.48 metres'), 'contradicted');
  });
});

describe('two values side by side in one source sentence, the entity named between them', () => {
  const TRANSFERS = indexOf({
    'seeds/league.md': [
      '# Season review',
      '',
      'The biggest fee was the £2.35 million Stainsby paid Mirefield for the winger Kofi Mensah-Reid in January, beating the previous league record of £1.8 million set in 2023.',
    ].join('\n'),
  });

  it('a name nearer the other value does not make the stated value wrong', () => {
    assert.notEqual(verdictOf(TRANSFERS, 'We sold the winger Kofi Mensah-Reid to Stainsby Town for £2.35 million, a league record.', '£2.35 million'), 'contradicted');
    assert.equal(verdictOf(TRANSFERS, 'We sold the winger Kofi Mensah-Reid to Stainsby Town for £2.53 million, a league record.', '£2.53 million'), 'contradicted');
  });
});

describe('a bare count inherits the counted noun of its paragraph only as a part of that count', () => {
  const CROWDS = indexOf({
    'seeds/crowds.md': [
      '# Attendance',
      '',
      'Holmbridge Athletic won the title on 84 points, four points clear of Stainsby Town on 80. The average crowd across the 380 league matches was 3,380. Stainsby Town had the highest average home attendance, 8,920, with Holmbridge second on 7,450.',
    ].join('\n'),
  });

  it('a larger bare number counts something else: it is not compared with the match counts', () => {
    const draft = 'Holmbridge Athletic won the league with 84 points, four clear of Stainsby Town, whose average home crowd of 8,920 was the highest.';
    assert.notEqual(verdictOf(CROWDS, draft, '8,920'), 'contradicted');
    assert.equal(verdictOf(CROWDS, draft.replace('8,920', '9,820'), '9,820'), 'contradicted');
  });
});

describe('a slip of the pen tied by its period alone', () => {
  const MINE = indexOf({
    'seeds/mine.txt': [
      'Tallis Ridge production report',
      '',
      'Mill throughput was 9.8 million tonnes. Full-year copper guidance narrowed to 185,000-195,000 tonnes. Production in 2025 was 191,300 tonnes.',
    ].join('\n'),
  });

  it('a distinctive figure whose digits a source figure of the same period and unit gives in another order is a slip', () => {
    assert.equal(verdictOf(MINE, 'Tallis Ridge mined 119,300 tonnes in 2025.', '119,300 tonnes'), 'contradicted');
    assert.notEqual(verdictOf(MINE, 'Tallis Ridge mined 191,300 tonnes in 2025.', '191,300 tonnes'), 'contradicted');
    assert.notEqual(verdictOf(MINE, 'Tallis Ridge mined 119,300 tonnes in 2024.', '119,300 tonnes'), 'contradicted', 'another period ties nothing');
  });
});

describe('transcripts: a turn named only by its speaker', () => {
  const BRIEFING = indexOf({
    'seeds/briefing.txt': [
      'THE BRACKWATER BRIEFING',
      '',
      'Rachel: How bad was it?',
      '',
      'Nadia: Our count so far is 1,270 homes and 340 businesses across the catchment.',
    ].join('\n'),
  });

  it('names no subject that rules out the draft’s: the speaker says it, the sentence is not about her', () => {
    assert.equal(verdictOf(BRIEFING, 'Storm Elwen flooded 1,720 homes and 340 businesses around Brackwater.', '1,720'), 'contradicted');
    assert.notEqual(verdictOf(BRIEFING, 'Storm Elwen flooded 1,270 homes and 340 businesses around Brackwater.', '1,270'), 'contradicted');
  });
});

describe('names the sources use', () => {
  it('are known by their feature, though a name word is a lemma the sources never write ("jame" for James)', () => {
    const index = indexOf({ 'seeds/chat.txt': 'Chat\n\nJames: if we are late we may lose 5 mln bucks, Mr Jones said.' });
    for (const name of ['James', 'Jones']) assert.ok(known(lemma(name.toLowerCase()), index), name);
    assert.ok(!known(lemma('emily'), index));
  });
});

describe('slips of the pen in a range', () => {
  const first = (text: string): Quantity => {
    const q = extractQuantities(text)[0];
    assert.ok(q, text);
    return q;
  };

  it('are found end by end', () => {
    const source = first('revenue of $425 million to $440 million');
    assert.ok(penSlipOf(first('revenue between $245m and $440m'), source), 'digits of one end reordered');
    assert.ok(penSlipOf(first('revenue of $425m'), first('between $425bn and $440bn')), 'an end at another scale');
    assert.ok(!penSlipOf(first('revenue between $300m and $500m'), source));
  });
});

describe('the year of a day', () => {
  const BUDGET = indexOf({
    'seeds/budget.md': [
      '# Draft budget 2027/28',
      '',
      'The consultation closes on 9 January 2027. Full council will vote on the final budget on 24 February 2027.',
      '',
      'The draft was published on 12 November 2026. Spending in 2026 was £400m.',
    ].join('\n'),
  });

  it('is wrong when a source gives that day with another year and none with the draft’s', () => {
    const [finding] = checkDraft('Councillors vote on the budget on 24 February 2026.\n', BUDGET).filter((f) => f.code === 'contradiction');
    assert.equal(finding?.claimed, '2026');
    assert.equal(finding?.expected, '2027');
    assert.deepEqual(finding?.rules, ['year-of-the-day']);
    assert.notEqual(verdictOf(BUDGET, 'Councillors vote on the budget on 24 February 2027.', '2027'), 'contradicted');
    assert.notEqual(verdictOf(BUDGET, 'The draft came out on 12 November 2026.', '2026'), 'contradicted');
  });

  it('is only the year written right after the day, not the same year named elsewhere in the sentence', () => {
    const targets = indexOf({
      'seeds/targets.md': ['# Coverage', '', '- Target: 4G across 95% of the county by 31 December 2027.', '- Target: 5G for 70% of people by the end of 2028.'].join('\n'),
    });
    const years = assessDraft('The target is 4G across 95% of the county by 31 December 2028, and 5G for 70% of people by the end of 2028.', targets).filter((a) => a.claimed === '2028');
    assert.deepEqual(
      years.map((a) => a.verdict),
      ['contradicted', 'supported'],
    );
  });
});

describe('the other entity’s figure from one source sentence or table row', () => {
  const RECALL = indexOf({
    'seeds/recall.md': [
      '# Recall notice',
      '',
      '| | UK | Ireland |',
      '|---|---:|---:|',
      '| Units sold | 86,400 | 11,200 |',
      '| Reports of overheating | 41 | 6 |',
      '',
      'Brightwell has had 47 reports of overheating.',
    ].join('\n'),
  });

  it('is contradicted by the figure the source gives the entity the draft names', () => {
    const [finding] = checkDraft('Brightwell has had 47 reports of overheating. Ireland accounts for 41 of those reports.\n', RECALL).filter((f) => f.code === 'contradiction');
    assert.equal(finding?.claimed, '41');
    assert.equal(finding?.expected, '6');
    assert.deepEqual(finding?.rules, ['other-entitys-figure']);
    assert.notEqual(verdictOf(RECALL, 'Brightwell has had 47 reports of overheating. The UK accounts for 41 of those reports.', '41'), 'contradicted');
    assert.notEqual(verdictOf(RECALL, 'Brightwell has had 47 reports of overheating. Ireland accounts for 6 of those reports.', '6'), 'contradicted');
  });
});

describe('a distinctive figure its source states exactly, in a draft sentence that restates another source sentence', () => {
  const REGISTER = indexOf({
    'seeds/register.md': [
      '# Registration service annual report',
      '',
      'Registrars conducted 2,895 ceremonies, up from 2,863.',
      '',
      '1,412 people became British citizens at 118 ceremonies, up 29% from 1,095.',
    ].join('\n'),
  });

  it('is backed by the sentence that states it; the same figure mis-written is still a slip', () => {
    assert.notEqual(verdictOf(REGISTER, '- Ceremonies: 2,895, plus 1,412 new citizens at 118 citizenship ceremonies', '2,895'), 'contradicted');
    assert.equal(verdictOf(REGISTER, '- Ceremonies: 2,985, plus 1,412 new citizens at 118 citizenship ceremonies', '2,985'), 'contradicted');
  });
});

describe('a date whose sentence shares only its weekday with a source date\'s', () => {
  const DAYS = indexOf({ 'seeds/register.md': ['# Registration service', '', 'The busiest day was Saturday 13 September 2025, with 41 ceremonies.'].join('\n') });

  it('is no claim about that date; one that restates the sentence still is', () => {
    assert.notEqual(verdictOf(DAYS, "- Canal volunteers' carol cruise: Saturday 12 December, 4pm, from Thurlow Top Lock", '12 December'), 'contradicted');
    assert.equal(verdictOf(DAYS, 'The busiest day was Saturday 14 September 2025, with 41 ceremonies.', '14 September'), 'contradicted');
  });
});

describe('a value whose source sentence shares another number with the draft\'s', () => {
  const DATES = indexOf({
    'seeds/show.md': ['# Post-show report', '', 'The 158th show will be held on 7 and 8 August 2027.'].join('\n'),
    'seeds/hospice.md': ['# Supporters\' evening', '', 'Owen Trevick: Thank you all. Our next supporters\' evening is on 20 May 2027.'].join('\n'),
  });

  it('is what the writer meant, against a rival tied by one word and no number', () => {
    assert.notEqual(verdictOf(DATES, "Next year's dates are 7 and 8 August 2027.", '8 August'), 'contradicted');
    assert.equal(verdictOf(DATES, "Our next supporters' evening is on 20 June 2027.", '20 June'), 'contradicted');
  });
});

describe('a bare count whose sentence names the unit a source measure is written in', () => {
  const REPORT = indexOf({
    'seeds/report.md': [
      '# Annual report',
      '',
      'There were 6 days of moderate or higher pollution in 2025, down from 14.',
      '',
      'The lost-children point reunited 64 children with their parents; the longest separation lasted 47 minutes.',
    ].join('\n'),
  });

  it('is read as that measure: the same value backs it, another contradicts it', () => {
    assert.notEqual(verdictOf(REPORT, 'Days of moderate or worse pollution fell from 14 to 6.', '6'), 'contradicted');
    assert.notEqual(verdictOf(REPORT, '- 47: the minutes the longest-lost child at the show spent apart from a parent', '47'), 'contradicted');
    assert.equal(verdictOf(REPORT, '- 74: the minutes the longest-lost child at the show spent apart from a parent', '74'), 'contradicted');
  });

  it('is no measure far from the source measure\'s size: "2,046 through the doors" on "the busier day" counts no days', () => {
    const SHOW = indexOf({
      'seeds/show.md': ['# Exhibition report', '', 'Declan Foyle said: "We had more than three thousand four hundred people through the door over the two days."'].join('\n'),
    });
    assert.notEqual(verdictOf(SHOW, 'Saturday was the busier day, with 2,046 through the doors.', '2,046'), 'contradicted');
  });
});

describe('a bare count whose sentence names what a source count counts', () => {
  const CLAIMS = indexOf({
    'seeds/tribunals.md': [
      '# Tribunal ruling',
      '',
      'Employment tribunals in England and Wales had roughly 49,000 open single claims at the end of June 2026, up from 41,000 a year earlier.',
    ].join('\n'),
  });

  it('is compared with it: the same number backs it, a slip of the pen contradicts it', () => {
    assert.equal(verdictOf(CLAIMS, '- **49,000**: open employment tribunal claims in England and Wales at the end of June.', '49,000'), 'supported');
    assert.equal(verdictOf(CLAIMS, '- **94,000**: open employment tribunal claims in England and Wales at the end of June.', '94,000'), 'contradicted');
  });
});

describe('another item’s figure from one source list', () => {
  const SURVEY = indexOf({
    'seeds/survey.md': [
      '# Winter bird survey',
      '',
      'Counters recorded 1,146 disturbance events on the estuary. Dogs off the lead caused 46% of events, watercraft 22% and drones 9%, up from 3% the previous winter.',
      '',
      'Of every £1 the trust spent, 86p went on charitable activities, 11p on fundraising and 3p on governance.',
    ].join('\n'),
  });

  it('is contradicted by the value the list gives the item the draft names', () => {
    const [finding] = checkDraft('Counters logged 1,146 disturbance events. Drones accounted for 22%.\n', SURVEY).filter((f) => f.code === 'contradiction');
    assert.equal(finding?.claimed, '22%');
    assert.equal(finding?.expected, '9%');
    assert.deepEqual(finding?.rules, ['other-items-figure']);
    assert.equal(verdictOf(SURVEY, 'Of every £1 the trust spent, 86p went on charitable work and 3p on fundraising.', '3p'), 'contradicted');
  });

  it('leaves the values the list pairs the right way, and a draft that lists both items', () => {
    assert.notEqual(verdictOf(SURVEY, 'Counters logged 1,146 disturbance events. Watercraft accounted for 22%.', '22%'), 'contradicted');
    assert.notEqual(verdictOf(SURVEY, 'Counters logged 1,146 disturbance events. Drones caused 9% of them.', '9%'), 'contradicted');
    assert.notEqual(verdictOf(SURVEY, 'Of every £1 spent, 11p went on fundraising and 3p on governance.', '3p'), 'contradicted');
    assert.notEqual(verdictOf(SURVEY, 'Watercraft caused 22% of the 1,146 disturbance events and drones 9%.', '22%'), 'contradicted');
  });

  it('leaves a value whose item the draft sentence names outside the value\'s own part, with no other amount of its kind', () => {
    const STAYS = indexOf({ 'seeds/stays.md': ['# Rehoming', '', 'Dogs stayed an average of 38 days before finding a home, up from 27 days, and cats 19 days, down from 23.'].join('\n') });
    assert.notEqual(verdictOf(STAYS, 'Cats are actually going quicker, 19 days on average.', '19 days'), 'contradicted');
    assert.equal(verdictOf(STAYS, 'Dogs are actually waiting longer, 19 days on average.', '19 days'), 'contradicted');
  });
});

describe('a current value beside its own earlier one in a source sentence', () => {
  const LESSONS = indexOf({
    'seeds/lessons.md': ['# Annual review', '', '4,918 children were enrolled in the Learn to Swim programme each week, up from 4,402; the waiting list fell from 1,150 to 640.'].join('\n'),
  });

  it('backs a draft that gives the current value, and contradicts one that gives the earlier value as current', () => {
    assert.equal(verdictOf(LESSONS, 'The Learn to Swim waiting list has dropped to 640 children from 1,150, and 4,918 children now have a weekly lesson.', '4,918'), 'supported');
    assert.equal(verdictOf(LESSONS, 'The Learn to Swim waiting list has dropped to 640 children from 1,150, and 4,402 children now have a weekly lesson.', '4,402'), 'contradicted');
  });
});

describe('a loss the source gives with the verb ("lost £38,000")', () => {
  const SHOW = indexOf({
    'seeds/show.md': [
      '# Post-show report',
      '',
      'Total income was £1.27 million and costs £1.09 million, giving a surplus of £180,000, the first since 2019, when the show made £62,000.',
      '',
      'The 2025 show lost £38,000 after heavy rain closed the lower car parks.',
    ].join('\n'),
  });

  it('backs the draft\'s "loss" of that amount, and no other amount', () => {
    assert.notEqual(verdictOf(SHOW, 'The show made a surplus of £180,000, compared with a loss of £38,000 the year before.', '£38,000'), 'contradicted');
    assert.equal(verdictOf(SHOW, 'The show made a surplus of £180,000, compared with a loss of £83,000 the year before.', '£83,000'), 'contradicted');
  });
});

describe('the year of a comparison\'s earlier period given as the result\'s own', () => {
  const RESULTS = indexOf({
    'seeds/results.md': ['# Third-quarter results', '', 'Reliance Steel said net sales of $2.09 billion for the third quarter of 2020 decreased 22.4% from the third quarter of 2019.'].join('\n'),
  });

  it('is contradicted by the year of the result', () => {
    const [finding] = checkDraft('Reliance Steel saw a decrease in net sales for the third quarter of 2019.\n', RESULTS).filter((f) => f.code === 'contradiction');
    assert.equal(finding?.claimed, '2019');
    assert.equal(finding?.expected, '2020');
    assert.deepEqual(finding?.rules, ['earlier-value']);
  });

  it('leaves the right year, and the earlier year given as the comparison\'s', () => {
    assert.notEqual(verdictOf(RESULTS, 'Reliance Steel saw a decrease in net sales for the third quarter of 2020.', '2020'), 'contradicted');
    assert.notEqual(verdictOf(RESULTS, 'Reliance Steel net sales fell 22.4% from the third quarter of 2019.', '2019'), 'contradicted');
  });
});

describe('a name in one text written as a common word in the other', () => {
  const DIVISIONS = indexOf({
    'seeds/interims.md': [
      '# Interim results',
      '',
      '| Division | H1 2026/27 (£m) | H1 2025/26 (£m) | Change |',
      '|---|---:|---:|---:|',
      '| Clothing | 812 | 779 | +4.2% |',
      '| Home | 563 | 521 | +8.1% |',
      '| Beauty | 241 | 214 | +12.6% |',
    ].join('\n'),
  });
  const draft = (clothing: string): string =>
    `Beauty sales jumped 12.6% to £241m. The home division grew 8.1% to £563m, and clothing, still the biggest business, rose 4.2% to ${clothing}.`;

  it('meets the name: the row the table names "Clothing" backs "clothing" and contradicts its slip', () => {
    assert.equal(verdictOf(DIVISIONS, draft('£812m'), '£812m'), 'supported');
    assert.equal(verdictOf(DIVISIONS, draft('£812bn'), '£812bn'), 'contradicted');
  });
});

describe('a number that stands alone as a heading or line, as in "in five numbers" pieces', () => {
  const RAIL = indexOf({
    'seeds/rail.md': ['# Northline evidence', '', 'Northline paid £23.8m in Delay Repay compensation last year, up from £14.2m the year before.'].join('\n'),
  });
  const piece = (figure: string): string => `# Northline in numbers\n\n### 3. ${figure}\n\nWhat Northline paid in Delay Repay compensation, up by more than 60% from £14.2m the year before.\n`;

  it('is described by the sentence after it: the right figure is backed and its slip contradicted', () => {
    assert.equal(verdictOf(RAIL, piece('£23.8m'), '£23.8m'), 'supported');
    assert.equal(verdictOf(RAIL, piece('£23.8bn'), '£23.8bn'), 'contradicted');
    assert.equal(verdictOf(RAIL, '**£32.8m**\n\nWhat Northline paid in Delay Repay compensation.\n', '£32.8m'), 'contradicted');
  });

  it('keeps its own words when it has some', () => {
    assert.notEqual(verdictOf(RAIL, '### 3. £23.8bn of rolling stock\n\nWhat Northline paid in Delay Repay compensation.\n', '£23.8bn'), 'contradicted');
  });
});

describe('a comparison whose two values the draft swaps', () => {
  const INFLATION = indexOf({
    'seeds/bank.txt': ['Monetary policy statement', '', 'Consumer price inflation fell to 2.8% in October from 3.1% in September, its lowest since 2021.'].join('\n'),
  });

  it('is contradicted at both values: the earlier one by the later and the later one by the earlier', () => {
    const findings = checkDraft('Inflation fell from 2.8% to 3.1% in October.\n', INFLATION).filter((f) => f.code === 'contradiction');
    assert.deepEqual(
      findings.map((f) => [f.claimed, f.expected, f.rules[0]]),
      [
        ['2.8%', '3.1%', 'swapped-comparison'],
        ['3.1%', '2.8%', 'earlier-value'],
      ],
    );
  });

  it('leaves the comparison the right way round, and an earlier value the draft takes from another sentence', () => {
    assert.deepEqual(checkDraft('Inflation fell to 2.8% in October from 3.1% in September.\n', INFLATION).filter((f) => f.code === 'contradiction'), []);
    assert.notEqual(verdictOf(INFLATION, 'Inflation is now 2.8%, down from 3.4% at its peak.', '2.8%'), 'contradicted');
  });
});

describe('a date against another date', () => {
  const q = (text: string): Quantity => extractQuantities(text)[0] as Quantity;

  it('is a plausible slip for it in the same month, on the same day, with the day\'s digits reordered, or a few days across a month\'s end', () => {
    assert.equal(valuePlausibility(q('14 December'), q('1 December')), 1);
    assert.equal(valuePlausibility(q('29 August'), q('29 July')), 1);
    assert.equal(valuePlausibility(q('12 October'), q('21 October')), 1);
    assert.equal(valuePlausibility(q('21 October'), q('12 November')), 1, 'reordered digits');
    assert.equal(valuePlausibility(q('2 February'), q('30 January')), 1, 'three days apart');
  });

  it('is another event\'s date when both its day and its month differ, far apart ("Part 13 runs on 18 December" and "by 30 September")', () => {
    assert.equal(valuePlausibility(q('18 December'), q('30 September')), 0);
    assert.equal(valuePlausibility(q('10 December'), q('24 June')), 0);
    assert.equal(valuePlausibility(q('21 December'), q('20 November')), 0);
  });
});

describe('a figure the writer marks as rounded', () => {
  const q = (text: string): Quantity => extractQuantities(text)[0] as Quantity;

  it('is a plausible slip only near the figure it may stand for, or with that figure\'s rounded digits reordered', () => {
    assert.equal(valuePlausibility(q('about 320,000'), q('788,700')), 0, 'far off: another figure');
    assert.equal(valuePlausibility(q('320,000'), q('788,700')), 1, 'unmarked, within a factor of three');
    assert.equal(valuePlausibility(q('about 330,000'), q('318,500')), 1);
    assert.equal(valuePlausibility(q('roughly $21,400'), q('about $12,430')), 1, '12,430 rounds to 12,400');
    assert.equal(valuePlausibility(q('roughly $21,400'), q('$12,000')), 0, '12,000 rounds to 12,000: "214" is no reordering of "120"');
    assert.equal(valuePlausibility(q('about 1,300'), q('312')), 0, 'reordered digits keep their places: 1,300 is no slip for 312');
    assert.equal(valuePlausibility(q('almost 1,200'), q('21')), 0, 'the digits reordered at another scale');
    assert.equal(valuePlausibility(q('about £4bn'), q('£3,986 thousand')), 0.8, 'a scale slip');
  });

  const SALE = indexOf({
    'seeds/sale.md': [
      '# Evening sale',
      '',
      '*Harbour at Dusk* sold after a nine-minute contest between four bidders. Its price beats Carrow\'s previous auction record of £5.1m, set in New York in 2019, and is the second-highest price ever paid at Aldous & Pryor for a British work of the 20th century, after the £9.8m paid for Meyrick\'s *The Long Field* in 2021.',
      '',
      '| Lot | Work | Estimate | Price with premium |',
      '|---|---|---|---|',
      '| 12 | Edith Carrow, Harbour at Dusk (1957) | £4m–£6m | £7.42m |',
    ].join('\n'),
  });

  it('is not contradicted by a figure of its document when another figure there rounds to it', () => {
    const sold = (figure: string): string => `Edith Carrow's Harbour at Dusk sold for ${figure} at Aldous & Pryor in London on Thursday night, a record for the artist.`;
    assert.notEqual(verdictOf(SALE, sold('about £7.4m'), 'about £7.4m'), 'contradicted');
    assert.notEqual(verdictOf(SALE, sold('£7.42m'), '£7.42m'), 'contradicted');
  });
});

describe('a draft sentence that shares two numbers with a source sentence', () => {
  // holdout6's planning report and newsletter (read since its one measurement): "- **340**: homes planned for Sallow
  // Lane … only 35% would be affordable, against a 40% policy" shares 35% and 40% with "35% affordable housing, or 119
  // homes, against the 40%", while another sentence states 340 homes in words nearer the draft's.
  const dir = path.join(repoRoot(), 'test/eval/holdout6');
  const index = SourceIndex.build(readFolder(path.join(dir, 'sources'))).quantities;
  const newsletter = fs.readFileSync(path.join(dir, 'drafts/10-the-numbers-issue-31.md'), 'utf8');

  it('restates the other number of that sentence only when no sentence stating the mention\'s value matches its words better', () => {
    assert.notEqual(verdictOf(index, newsletter, '340'), 'contradicted');
    assert.equal(verdictOf(index, newsletter.replace('**340**', '**430**'), '430'), 'contradicted');
  });
});

describe('a comparison the draft gives the right way round beside another number of the source sentence', () => {
  // holdout7's port statistics (read since its one measurement): "Cruise passengers reached 212,400 from 96 calls,
  // against 171,900 from 81 calls a year earlier"; "from 81 calls" is no earlier value of the passengers.
  const dir = path.join(repoRoot(), 'test/eval/holdout7');
  const index = SourceIndex.build(readFolder(path.join(dir, 'sources'))).quantities;

  it('is no swap of the passengers with the calls', () => {
    assert.notEqual(verdictOf(index, 'Fewer but bigger ships called, and cruise passengers rose to 212,400, from 171,900, on 81 calls.', '171,900'), 'contradicted');
  });
});

describe('changes of the levels of a draft sentence', () => {
  const PORT = indexOf({
    'seeds/port.md': [
      '# Galmere port trade statistics',
      '',
      'Total throughput at Galmere reached 41.63 million tonnes in the year to 30 September 2026, up 5.2% from 39.57 million tonnes in 2024/25.',
      '',
      'Containers handled at Galmere rose 8.9% to 1,284,000 TEU, from 1,179,000.',
    ].join('\n'),
  });
  const draft = (change: string): string => `Galmere handled 41.63 million tonnes in the year to September, up ${change}, and 1.28 million TEU of containers.`;

  it('backs a change by the source change of the level it measures, whatever the words near another level\'s change', () => {
    assert.notEqual(verdictOf(PORT, draft('5.2%'), '5.2%'), 'contradicted');
  });

  it('contradicts a change that gives another level\'s change', () => {
    const [finding] = checkDraft(`${draft('8.9%')}\n`, PORT).filter((f) => f.code === 'contradiction');
    assert.equal(finding?.claimed, '8.9%');
    assert.equal(finding?.expected, '5.2%');
    assert.deepEqual(finding?.rules, ['other-levels-change']);
  });

  it('takes no level given only as a bound ("passed 340,000") for any row it holds of', () => {
    const VISITS = indexOf({
      'seeds/visits.md': [
        '# Visits by centre',
        '',
        '| Centre | Visits 2025/26 | Visits 2024/25 | Change |',
        '|---|---|---|---|',
        '| Aquatic Centre | 612,800 | 571,300 | +7.3% |',
        '| Fennick Park Leisure Centre | 341,900 | 309,600 | +10.4% |',
        '| Sollis Lane Gym | 176,700 | 157,400 | +12.3% |',
      ].join('\n'),
    });
    const draft = 'Sollis Lane Gym grew fastest, with visits up 12.3% to 176,700, while Fennick Park Leisure Centre passed 340,000 for the first time after a 10.4% rise.';
    assert.notEqual(verdictOf(VISITS, draft, '10.4%'), 'contradicted');
  });
});

describe('a value a source states about the same thing, beside a rival that only inherits the entity', () => {
  const FINAL = indexOf({
    'seeds/final.md': [
      '# Final audience',
      '',
      'The public cast 4.61 million votes during the final, 62% of them through the app. Okonjo, a 23-year-old nurse, took 41.3% of the final vote, ahead of Declan Hurst (32.6%). Over the whole series, viewers cast 21.7 million votes, up from 18.9 million last year.',
    ].join('\n'),
  });
  const draft = (votes: string): string => `Okonjo, a nurse, took 41.3% of the final vote, ahead of Declan Hurst on 32.6%. Viewers cast ${votes} votes.`;

  it('is supported: the rival\'s sentence names no entity of its own, so it outweighs nothing', () => {
    assert.equal(verdictOf(FINAL, draft('4.61 million'), '4.61 million'), 'supported');
  });

  it('still contradicts a value no source states', () => {
    assert.equal(verdictOf(FINAL, draft('4.16 million'), '4.16 million'), 'contradicted');
  });
});

describe('an earlier value the draft gives, beside another figure of the sentence it restates', () => {
  const FERRY = indexOf({
    'seeds/ferry.md': [
      '# Ferry meeting',
      '',
      'In the 12 months to the end of October we ran 91.8% of scheduled sailings, against the 98.5% our contract with the council requires. A year earlier it was 95.2%.',
    ].join('\n'),
  });
  const draft = (earlier: string): string => `Over the year the company ran 91.8% of its sailings, down from ${earlier}.`;

  it('is not contradicted by a figure that is no earlier value, when a source gives it as an earlier value', () => {
    assert.notEqual(verdictOf(FERRY, draft('95.2%'), '95.2%'), 'contradicted');
  });

  it('is still contradicted when it gives a value no source states', () => {
    assert.equal(verdictOf(FERRY, draft('92.5%'), '92.5%'), 'contradicted');
  });
});

describe('a bare count in the draft', () => {
  const FINAL = indexOf({
    'seeds/final.md': [
      '# Strike a Chord final audience',
      '',
      "Saturday's live final of Strike a Chord was watched by an average of 7.42 million viewers on the night.",
      '',
      "- Biggest since: Meridian's largest audience for an entertainment show since the Strike a Chord final of 2020, which averaged 7.91 million.",
    ].join('\n'),
  });

  it('agrees with a source count of any noun that states its value, so it is backed, not contradicted by a bare count nearby', () => {
    assert.equal(verdictOf(FINAL, '# Strike a Chord final draws 7.4 million\n', '7.4 million'), 'supported');
  });

  it('is still contradicted when no count states its value', () => {
    assert.equal(verdictOf(FINAL, '# Strike a Chord final draws 7.1 million\n', '7.1 million'), 'contradicted');
  });
});

describe('a source sentence that points back to the one before ("That is a cut of £65 a year.")', () => {
  const NOTICES = indexOf({
    'seeds/notices.md': [
      '# Notices',
      '',
      'The energy price cap for a typical household paying by direct debit will fall by 3.8% to £1,642 a year from 1 January 2027, down from £1,707. That is a cut of £65 a year.',
      '',
      "The river at Millbridge peaked at 5.84 metres at 3am on 21 November. That's 31 centimetres above the previous record, 5.53 metres, which was set in December 2015.",
      '',
      'Brightwell expects the recall to cost about £7.8 million. That is equivalent to about 18% of its operating profit.',
      '',
      'In 2023 it recalled 14,000 kettles because of a faulty lid hinge, and it traced 71% of those.',
    ].join('\n'),
  });

  it('is found with the sentence it points back to, and shares its numbers, so a draft restating both is checked against it', () => {
    const draft = (cut: string): string => `A typical household paying by direct debit will pay £1,642 a year from 1 January, down 3.8% from £1,707, a cut of ${cut}.`;
    assert.equal(verdictOf(NOTICES, draft('£56'), '£56'), 'contradicted');
    assert.notEqual(verdictOf(NOTICES, draft('£65'), '£65'), 'contradicted');
  });

  it('states the value of the sentence it points back to: a draft giving that value beside its own numbers restates both', () => {
    assert.notEqual(verdictOf(NOTICES, 'On 21 November the river went higher still: 5.84 metres, 31 centimetres above that 2015 record.', '5.84 metres'), 'contradicted');
  });
});

describe('an agreeing candidate that shares no word, number or period with the mention', () => {
  // holdout4's recall notice (read since its one measurement): "That is equivalent to about 18% of its operating profit"
  // agrees with a draft's "traced only 17%" and shares nothing else with it; the source's "it traced 71% of those" does.
  const dir = path.join(repoRoot(), 'test/eval/holdout4');
  const index = SourceIndex.build(readFolder(path.join(dir, 'sources'))).quantities;

  it('is no contender: it does not narrow the rival\'s lead', () => {
    const draft = 'Only 24,200 owners, roughly a quarter, have registered. Brightwell wants to trace 90% of units by the end of June 2026. When it recalled kettles in 2023 it traced only 17%.';
    assert.equal(verdictOf(index, draft, '17%'), 'contradicted');
  });
});

describe('a comparison the draft gives the wrong way round in words of its own', () => {
  const AIRLINE = indexOf({
    'seeds/airline.md': [
      '# Airline traffic statement',
      '',
      'On-time performance (flights arriving within 15 minutes of schedule) fell to 71.3% from 76.5% a year earlier.',
    ].join('\n'),
  });

  it('is caught at both ends, tied by the numbers alone', () => {
    const findings = checkDraft('The bad news: punctuality slipped from 71.3% to 76.5%.\n', AIRLINE).filter((f) => f.code === 'contradiction');
    assert.deepEqual(
      findings.map((f) => [f.claimed, f.rules?.[0]]),
      [
        ['71.3%', 'swapped-comparison'],
        ['76.5%', 'earlier-value'],
      ],
    );
    assert.deepEqual(checkDraft('The good news: punctuality slipped to 71.3% from 76.5%.\n', AIRLINE).filter((f) => f.code === 'contradiction'), []);
  });
});

describe('a source range', () => {
  const SALE = indexOf({
    'seeds/sale.md': ['# Sale results', '', "Ronald Meyrick's painting Three Figures, Blue was estimated at £3m–£5m before the sale."].join('\n'),
  });

  it('backs the range the draft gives, but only bounds a precise value inside it', () => {
    assert.equal(verdictOf(SALE, "Meyrick's painting Three Figures, Blue sold for £4.68m.", '£4.68m'), 'unsourced');
    assert.equal(verdictOf(SALE, "Meyrick's painting Three Figures, Blue was estimated at £3m–£5m.", '£3m–£5m'), 'supported');
  });
});

describe('a sentence that names what its bare counts count ("the number of people")', () => {
  const NOISE = indexOf({
    'seeds/noise.md': [
      '# Airport noise report',
      '',
      'Noise complaints: 7,412, up 38% from 5,371 in Q3 2025. They came from 1,106 people, down from 1,240. The largest number, 2,209, came from Ashby Cross.',
    ].join('\n'),
  });
  const draft = (now: string): string => `The report compares those months with the 5,371 complaints made a year earlier. The number of people complaining fell from 1,240 to ${now}.`;

  it('counts that noun, not the noun the paragraph counted before', () => {
    assert.equal(verdictOf(NOISE, draft('1,106'), '1,106'), 'supported');
    assert.equal(verdictOf(NOISE, draft('1,016'), '1,016'), 'contradicted');
  });
});

describe('a source breakdown of one measure ("6.2% in the public sector and 4.8% in the private sector")', () => {
  const PAY = indexOf({
    'seeds/pay.txt': [
      'Labour market overview',
      '',
      "Annual growth in employees' average regular earnings (excluding bonuses) was 5.1% in August to October, down from 5.5% in the previous period.",
      '',
      'Regular pay grew by 6.2% in the public sector and by 4.8% in the private sector.',
    ].join('\n'),
  });

  it('does not contradict a draft figure that names none of its items: the draft may speak of the whole', () => {
    assert.notEqual(verdictOf(PAY, 'Regular pay is up 5.1% on a year ago.', '5.1%'), 'contradicted');
  });

  it('still contradicts a draft figure that names an item', () => {
    assert.equal(verdictOf(PAY, 'Regular pay grew by 7.2% in the public sector.', '7.2%'), 'contradicted');
  });

  it('leaves the whole measure checkable: its earlier value given as the current one is caught', () => {
    assert.equal(verdictOf(PAY, 'Regular earnings growth is running at 5.5% a year.', '5.5%'), 'contradicted');
  });
});

describe('a table row that shares numbers with the draft sentence', () => {
  const AIRPORT = indexOf({
    'seeds/airport.md': [
      '# Noise report',
      '',
      '| Month | Movements | Night movements | Complaints | Complainants |',
      '|---|---|---|---|---|',
      '| Q3 2026 total | 41,870 | 1,962 | 7,412 | 1,106 |',
    ].join('\n'),
  });
  /** The evidence about `mention` in the one-sentence draft `draft`. */
  const evidenceOf = (draft: string, mention: string): MentionEvidence => {
    const { quantity, context } = describedMention(draft, mention);
    return gatherEvidence(quantity, context, AIRPORT, DEFAULT_PARAMS);
  };

  it('does not let a shared number tie a cell of another column to the figure: the words must match', () => {
    const e = evidenceOf('The 1,106 complainants made 7,412 complaints, and 1,962 of them came at night.', '1,962');
    assert.equal(e.rival?.candidate.quantity.text, '1,962');
    assert.ok(e.rival?.anchored);
    assert.equal(e.minMetric, 0, 'no column is named: the shared numbers tie the row to the sentence');
    const other = evidenceOf('Complaints rose to 7,412 from 1,106 complainants, and the other 1,096 complainants made 3,432 complaints.', '1,096');
    const cell = other.candidates.find((c) => c.candidate.quantity.text === '1,962');
    assert.ok(cell?.anchored);
    if (other.rival === cell) assert.ok(other.minMetric > 0, 'the draft names the complaints columns, not the night movements');
    else assert.notEqual(other.rival?.candidate.quantity.text, '1,962');
  });
});

describe('a year that ends a clause ("She was built in 1988, so she is 38 years old")', () => {
  const FERRY = indexOf({
    'seeds/ferry.txt': [
      'Public meeting',
      '',
      'Tom Garvie: Almost all of them. She was built in 1988, so she is 38 years old, and she spent 23 days in dry dock this autumn instead of the nine we planned.',
    ].join('\n'),
  });

  it('dates none of the numbers after it, so a wrong year for the same event is checked as a year', () => {
    const draft = (year: string): string => `The replacement ferry is delayed to March 2028, and the Loch Carran, built in ${year}, will have to soldier on.`;
    assert.equal(verdictOf(FERRY, draft('1998'), '1998'), 'contradicted');
    assert.notEqual(verdictOf(FERRY, draft('1988'), '1988'), 'contradicted');
  });
});

describe('a name after "of" or "for"', () => {
  /** The subject words of `mention` in the one-sentence draft `sentence`, with their weights. */
  const subjectOf = (sentence: string, mention: string): ReadonlyMap<string, number> => describedMention(sentence, mention).context.subject;

  it('is the owner of an amount of money ("the £47m of Storm Kelda"), whoever the sentence names before', () => {
    const subject = subjectOf('Storms Petra and Vance cost £105m, more than double the £47m of Storm Kelda.', '£47m');
    assert.equal(subject.get('kelda'), 1);
    assert.ok((subject.get('petra') ?? 0) < 1);
  });

  it('is the substance of a measure ("1,140 tonnes of CO2"), not whom it is about', () => {
    const subject = subjectOf('The scheme run by Pedalway saved 1,140 tonnes of CO2.', '1,140 tonnes');
    assert.equal(subject.get('pedalway'), 1);
    assert.ok((subject.get('co2') ?? 0) < 1);
  });
});

describe('a rival from a source that never names what the draft speaks of', () => {
  const SOURCES = indexOf({
    'seeds/housing.md': ['# Rent setting report', '', 'Rent arrears were £2.1m at the end of October. Arrears are higher in Stellbridge (4.6%) than in Harwick (3.4%).'].join('\n'),
    'seeds/credit-union.txt': ['Annual general meeting', '', 'Tom Ridsdale: Arrears are 7.4% of the loan book, against 8.1% a year ago.'].join('\n'),
  });
  const draft = (stellbridge: string, harwick: string): string => `Stellbridge tenants are more likely to be behind: arrears there are ${stellbridge} of rent due, against ${harwick} in Harwick.`;

  it('is about something else when another source names it: no contradiction', () => {
    assert.notEqual(verdictOf(SOURCES, draft('4.6%', '3.4%'), '3.4%'), 'contradicted');
  });

  it('still leaves the source that names it to contradict the figure', () => {
    assert.equal(verdictOf(SOURCES, draft('6.4%', '3.4%'), '6.4%'), 'contradicted');
  });
});

describe('tables: their header row and caption', () => {
  const SOURCES = indexOf({
    'seeds/bikes.md': [
      '# Bike share annual report',
      '',
      '- 2.84 million trips, up 19% from 2.39 million, the most since the scheme opened.',
      '- Docking stations: 312, up from 268, after 44 new stations opened, 19 of them in Eastfield.',
      '',
      '## Trips by district',
      '',
      '| District | Stations | Trips (000) | Change on last year (%) |',
      '|---|---:|---:|---:|',
      '| Eastfield | 64 | 604 | +31 |',
      '| Northgate | 58 | 471 | +22 |',
      '',
      'Income rose 26% to £7.62m, from £6.05m. Operating costs were £8.94m.',
    ].join('\n'),
    'seeds/parking.md': ['# Parking services report', '', 'Total income of £15.09m, running costs of £9.48m and a surplus of £5.61m.', '', '| Income | 2025/26 (£m) |', '|---|---:|', '| Penalty notices | 5.23 |'].join('\n'),
  });

  it('a column label that opens a header cell ("| Income |") is no name: a draft sentence opening with the word is about income', () => {
    assert.notEqual(verdictOf(SOURCES, 'Income rose 26% to £7.62m, while running costs were £8.94m.', '£7.62m'), 'contradicted');
  });

  it('the caption says what a change column changes: "Trips … rose 31%" meets Eastfield\'s +31, not the scheme\'s 19%', () => {
    const draft = (change: string): string => `Eastfield led the way. Trips there rose ${change}, and 19 of the 44 new docking stations opened in the district.`;
    assert.equal(verdictOf(SOURCES, draft('31%'), '31%'), 'supported');
    assert.equal(verdictOf(SOURCES, draft('13%'), '13%'), 'contradicted');
  });
});

describe('counts of two kinds of people', () => {
  const TEAM = indexOf({
    'seeds/rescue.txt': [
      'Tarrow Valley Mountain Rescue annual report',
      '',
      'The team has 46 members: 38 operational volunteers and 8 trainees. Between them they gave 20,540 hours.',
      '',
      'The longest search lasted 19 hours and involved 41 team members and two search dogs.',
    ].join('\n'),
  });

  it('back each other when they agree ("38 of them operational" members and "38 operational volunteers")', () => {
    assert.equal(verdictOf(TEAM, "The team's 46 members, 38 of them operational, gave 20,540 hours.", '38'), 'supported');
  });

  it('never contradict each other: a wrong count is still checked against its own kind', () => {
    assert.equal(verdictOf(TEAM, 'The longest search involved 14 team members.', '14'), 'contradicted');
  });
});

describe('a measure written in another unit', () => {
  const SOURCES = indexOf({
    'seeds/branch.txt': ['Annual general meeting', '', 'Tom Ridsdale: The new branch opens on 12 January. It will open four days a week.'].join('\n'),
    'seeds/training.txt': ['Rail report', '', 'It takes about 14 months to train a new train driver, and the company needs 120 more drivers.'].join('\n'),
  });

  it('with another number measures something else: no contradiction ("a 37.5-hour week" against "four days a week")', () => {
    assert.notEqual(verdictOf(SOURCES, 'Over a 37.5-hour week, that is about £162.', '37.5-hour'), 'contradicted');
  });

  it('with the same number is a slip of the unit ("14 weeks" for 14 months)', () => {
    assert.equal(verdictOf(SOURCES, 'It takes about 14 weeks to train a driver.', 'about 14 weeks'), 'contradicted');
  });
});

describe('a list under a lead-in line ending in a colon', () => {
  const PAY = indexOf({
    'seeds/pay-gap.txt': [
      'Gender pay gap report',
      '',
      'The mean hourly pay gap between men and women is 17.4%, down from 19.8% in 2025.',
      '',
      "Women's share of each quarter of the pay range, from lowest paid to highest paid:",
      '',
      'Lower quarter: 52% (last year 53%)',
      'Lower middle quarter: 44% (43%)',
      'Upper quarter: 23% (20%)',
    ].join('\n'),
  });

  it('reads each item with the lead-in\'s words: "52% of the lowest-paid quarter" is the lower quarter\'s, not the pay gap', () => {
    const draft = (share: string): string => `Women are bunched at the bottom: they are ${share} of the lowest-paid quarter.`;
    assert.equal(verdictOf(PAY, draft('52%'), '52%'), 'supported');
  });
});

describe('a plain-text table under a lead-in line', () => {
  const SCOUTS = setSources('holdout28');
  const draft = (from: string, to: string): string => `The fastest growth was among Squirrels, the youngest section, up from ${from} to ${to} after three new dreys opened.`;

  it('reads each row with the lead-in\'s words ("Young people by section": "Squirrels ........ 58 (41)" is a section\'s count, as the draft\'s is)', () => {
    assert.equal(verdictOf(SCOUTS, draft('forty-one', 'fifty-eight'), 'fifty-eight'), 'supported');
    assert.equal(verdictOf(SCOUTS, draft('41', '58'), '58'), 'supported');
  });
});

describe('the earlier value of a comparison whose later value the draft\'s sentence states', () => {
  const SOURCES = setSources('holdout28');

  it('is no rival of another figure of that sentence ("rose to £951,000, while cask sales barely moved at £1.7 million" against the keg row\'s £842,000)', () => {
    const draft = 'Keg sales to pubs and bars rose 13.6% to £951,000, while cask sales to pubs barely moved at £1.7 million.';
    assert.notEqual(verdictOf(SOURCES, draft, '£1.7 million'), 'contradicted');
  });

  it('is no rival of a price the sentence adds to it ("the average price of £12.67 and a pint each at £4.60" against "£12.67 (£12.50)")', () => {
    const draft = "Two tickets at the Quayhouse's average price of £12.67 and a pint each at £4.60 come to £34.54.";
    assert.notEqual(verdictOf(SOURCES, draft, '£4.60'), 'contradicted');
  });

  it('still contradicts a mis-written earlier value the draft gives as one ("rose to £951,000 from £824,000")', () => {
    assert.equal(verdictOf(SOURCES, 'Keg sales to pubs and bars rose 13.6% to £951,000 from £824,000.', '£824,000'), 'contradicted');
  });
});

describe('a source bound an exact draft value keeps', () => {
  it('neither backs nor contradicts it, however far inside the bound ("a waiting list of 9" against "cut the waiting list below 100")', () => {
    const SOURCES = indexOf({ 'seeds/club-plan.txt': 'Targets for 2028:\n\n- Cut the waiting list below 100 by the January 2028 census.\n- Recruit 40 new leaders.' });
    assert.notEqual(verdictOf(SOURCES, 'There is a waiting list of 9 for the junior section.', '9'), 'contradicted');
  });
});

describe('a distinctive value stated in the source sentence the draft\'s paragraph restates', () => {
  const SOURCES = setSources('holdout29');

  it('is no contradiction, though another source states it too and a rival shares the draft sentence\'s figures ("Of those, 131 are under 16")', () => {
    const draft = ['### 3. 712', '', 'Registered players in the netball league, 78 more than the 634 of the year before. Of those, 131 are under 16, and the league now has 58 teams from 22 clubs.'].join('\n');
    assert.notEqual(verdictOf(SOURCES, draft, '131'), 'contradicted');
    assert.notEqual(verdictOf(SOURCES, draft, 'under 16'), 'contradicted');
  });

  it('gives a gap\'s base its noun and its role ("7 more teams than the 51 of the season before")', () => {
    const draft = 'The season in numbers: 58 teams from 22 clubs, 7 more teams than the 51 of the season before.';
    assert.notEqual(verdictOf(SOURCES, draft, '51'), 'contradicted');
    assert.notEqual(verdictOf(SOURCES, draft, '7'), 'contradicted');
  });
});

describe('a number of the draft\'s sentence that states a source figure', () => {
  it('speaks for it even when the draft dates it otherwise ("since a 143 in 2016" against "since a 143 in 2014"): it is no rival of "a 141"', () => {
    const SOURCES = setSources('holdout33');
    const draft = "The highest was a 141 by Danny Rusk of the Cue and Cushion on 12 March, the league's best since a 143 in 2016.";
    assert.notEqual(verdictOf(SOURCES, draft, '141'), 'contradicted');
    assert.equal(verdictOf(SOURCES, draft, '2016'), 'contradicted');
  });
});

describe('a gap the index works out of a source comparison', () => {
  it('is no count "stated of another noun": "16 towns" is still the source\'s 61 towns mis-written, though 94 venues (78) differ by 16', () => {
    const draft = 'The company gave 286 performances at 94 venues in 16 towns and villages.';
    assert.equal(verdictOf(setSources('holdout24'), draft, '16'), 'contradicted');
  });
});

describe('a year tied to a source sentence by another shared number', () => {
  it('is contradicted when the same word leads up to both years ("finished in 2020" against "That wall was finished in 2022 and cost £38 million")', () => {
    assert.equal(verdictOf(setSources('holdout4'), 'My carpets stayed dry. The £38 million wall, finished in 2020, did exactly what it was built to do.', '2020'), 'contradicted');
  });

  it('is not when the years date different events ("runs out after 2028" against "€4.6 million … which started in 2024")', () => {
    assert.notEqual(verdictOf(setSources('holdout2'), "The team's funding, €4.6m a year from a European grant, runs out after 2028.", '2028'), 'contradicted');
  });
});

describe('a long figure with its digits in another order', () => {
  const HOLLINS = setSources('holdout6');
  const written = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'test', 'eval', 'holdout6', 'drafts', '01-hollins-marr-raises-forecast.md'), 'utf8');
  const draft = (figure: string): string => written.replace('£198.6m', figure);

  it('is a slip of the pen even when its sentence shares no word with the source figure\'s ("£198.6m" for £189.6m)', () => {
    assert.equal(verdictOf(HOLLINS, draft('£198.6m'), '£198.6m'), 'contradicted');
    assert.notEqual(verdictOf(HOLLINS, draft('£189.6m'), '£189.6m'), 'contradicted');
  });
});

describe('a field label before its figures', () => {
  const weightOf = (sentence: string, mention: string, word: string): number => describedMention(sentence, mention).context.words.get(word) ?? 0;

  it('describes them as closely as words of their own clause ("Listed shares: 46% (£2.22bn)")', () => {
    assert.ok(weightOf('Listed shares: 46% (£2.22bn)', '£2.22bn', 'shar') >= 0.5);
  });

  it('is no label when it is a clause of its own before the colon', () => {
    assert.ok(weightOf('The fund changed the mix of what it holds last year: 46% is now in shares', '46%', 'mix') < 0.5);
  });
});

describe('a table of quarters written as runs of months', () => {
  const GENERATION = indexOf({
    'sources/wind.md': [
      '# Hallow Fen wind farm, 2025/26',
      '',
      '## Quarter by quarter',
      '',
      '| Quarter | Generation (GWh) | Curtailment (GWh) |',
      '|---|---:|---:|',
      '| Oct–Dec 2025 | 158.3 | 13.2 |',
      '| Jan–Mar 2026 | 172.9 | 16.8 |',
      '| Apr–Jun 2026 | 98.7 | 5.1 |',
    ].join('\n'),
  });
  const draft = (first: string, second: string): string => `Most of it came in the winter. October to December lost ${first} GWh and January to March ${second} GWh.`;

  it('checks each figure against its own quarter\'s row', () => {
    assert.equal(verdictOf(GENERATION, draft('13.2', '16.8'), '16.8 GWh'), 'supported');
    assert.notEqual(verdictOf(GENERATION, draft('13.2', '16.8'), '13.2 GWh'), 'contradicted');
  });

  it('finds a slip of the pen in a quarter\'s figure that shares no word with the table ("18.6" for 16.8)', () => {
    assert.equal(verdictOf(GENERATION, draft('13.2', '18.6'), '18.6 GWh'), 'contradicted');
    assert.equal(verdictOf(GENERATION, draft('12.3', '16.8'), '12.3 GWh'), 'contradicted');
  });
});

describe('a question in a source', () => {
  const HEARING = indexOf({
    'sources/hearing.txt': [
      'Chair: When will punctuality on Northline be back above 70%?',
      '',
      'Dr Ashworth: I expect it to recover by the end of 2027.',
    ].join('\n'),
  });
  const CHAT = indexOf({ 'sources/chat.txt': ['Emily: Should we meet at the Javits Center at 6?', 'James: I have to stay longer today, we are closing a project.', 'Emily: ok.'].join('\n') });

  it('that asks about a figure states nothing a draft could contradict ("When will punctuality be back above 70%?")', () => {
    assert.notEqual(verdictOf(HEARING, 'Northline punctuality was 61.4% in the year to October.', '61.4%'), 'contradicted');
  });

  it('that proposes a figure still states it ("Should we meet at 6?")', () => {
    assert.equal(verdictOf(CHAT, 'Emily and James planned to meet at the Javits Center at 7.', '7'), 'contradicted');
  });
});

describe('the base of a rate', () => {
  const BINS = indexOf({ 'sources/bins.md': 'Missed bins averaged 51 per 100,000 collections in 2025/26, against a target of 40.' });

  it('is no claim: "per 100,000" is what the figure before it is counted against', () => {
    const claimed = assessDraft('There were 66 missed bins per 100,000 collections, and 12 for every 1,000 homes.', BINS).map((a) => a.claimed);
    assert.ok(!claimed.includes('100,000') && !claimed.includes('1,000'), JSON.stringify(claimed));
    assert.ok(claimed.includes('66'));
  });

  it('leaves the terms of a ratio unclaimed ("one medal for every two members"), but not a rate per a power of ten', () => {
    const claimed = assessDraft('We won more than one medal for every two members, and 71.6 crimes for every 1,000 residents were recorded.', BINS).map((a) => a.claimed);
    assert.ok(!claimed.includes('more than one') && !claimed.includes('two'), JSON.stringify(claimed));
    assert.ok(claimed.includes('71.6'), JSON.stringify(claimed));
  });
});

describe('a bound beside a figure of its own sentence', () => {
  const OUTLOOK = indexOf({
    'sources/call.txt':
      'As Greg mentioned in his remarks, taking into account our strong Q1 results, we have increased our full year adjusted earnings per share outlook from at least $6 per share to approximately $7.50 per share.',
  });

  it('is not backed by the figure its sentence states beside it ("from at least $7 to approximately $7.50")', () => {
    const draft = (floor: string): string => `The company raised its full-year adjusted earnings per share outlook from at least ${floor} per share to approximately $7.50 per share.`;
    assert.equal(verdictOf(OUTLOOK, draft('$7'), 'at least $7'), 'contradicted');
    assert.equal(verdictOf(OUTLOOK, draft('$6'), 'at least $6'), 'supported');
  });

  it('meets a source sentence whose speaker is named in a reporting clause ("As Greg mentioned")', () => {
    assert.equal(describedMention('As Greg mentioned in his remarks, we raised the outlook to $7.50.', '$7.50').context.subject.get('greg'), 0.4);
  });
});


describe('the words of a list item of its own', () => {
  const FARES = indexOf({
    'sources/ferry.txt': ['Kessock Ferries: Season passes sold out in 9 days this spring, at £410, up from £385 last year.', '', 'Day passes were £160.'].join('\n'),
  });
  const draft = (day: string): string => `Season passes sold out in 9 days at £410, £25 more than last year, and day passes cost ${day}.`;

  it('point to the source sentence about that item, though the rest of the draft sentence restates another ("day passes cost £160")', () => {
    assert.equal(verdictOf(FARES, draft('£160'), '£160'), 'supported');
  });

  it('leave a wrong value of that item contradicted', () => {
    assert.equal(verdictOf(FARES, draft('£190'), '£190'), 'contradicted');
  });
});

describe('a round figure beside a precise one', () => {
  // holdout12's snowsports season review (read since its one measurement): "We recorded 148,300 skier days" in the key
  // figures, and the chief executive's "We sold 148,000 skier days, half as many again as the winter before".
  const dir = path.join(repoRoot(), 'test/eval/holdout12');
  const index = SourceIndex.build(readFolder(path.join(dir, 'sources'))).quantities;
  const sentence = (days: string): string => `The hill was open on 104 days, compared with 71 the winter before, and sold ${days} skier days, up by more than half.`;

  it('states the same figure less precisely: the precise figure a source backs is not contradicted by it', () => {
    assert.equal(verdictOf(index, sentence('148,300'), '148,300'), 'supported');
  });

  it('still contradicts a figure it does not round', () => {
    assert.equal(verdictOf(index, sentence('184,000'), '184,000'), 'contradicted');
  });
});

describe('a sentence that opens on a place as its scope', () => {
  const COURT = indexOf({ 'sources/court.md': 'At Kestermoor Crown Court the backlog stood at 6,482 cases at the end of September, down 92 on the quarter.' });

  it('speaks of what no source covers when no source names the place ("Across England and Wales, …")', () => {
    assert.notEqual(verdictOf(COURT, 'Across England and Wales as a whole, the Crown Court backlog is now above 70,000 cases.', 'above 70,000'), 'contradicted');
  });

  it('speaks of a wider world than a source sentence that names none ("Nationally, …")', () => {
    const court = indexOf({ 'sources/court.md': 'At Kestermoor Crown Court the backlog stood at 6,482 cases at the end of September, down 92 on the quarter. The national backlog was 73,105 cases.' });
    assert.notEqual(verdictOf(court, 'Nationally, the Crown Court backlog stood at 5,100 cases at the end of September.', '5,100'), 'contradicted');
    assert.equal(verdictOf(court, 'The Crown Court backlog stood at 5,100 cases at the end of September.', '5,100'), 'contradicted');
    assert.equal(verdictOf(court, 'Nationally, the Crown Court backlog was 61,000 cases.', '61,000'), 'contradicted', 'a source sentence of the national figure');
  });

  it('is checked when a source names the place', () => {
    assert.equal(verdictOf(COURT, 'At Kestermoor, the Crown Court backlog stood at 6,842 cases at the end of September.', '6,842'), 'contradicted');
    assert.equal(verdictOf(COURT, 'In Kestermoor, the Crown Court backlog stood at 6,842 cases at the end of September.', '6,842'), 'contradicted');
  });
});

describe('a change of a level the draft gives with a counted noun', () => {
  const TRAMS = indexOf({
    'sources/trams.txt': [
      'Passenger journeys by line, 2025/26',
      '',
      'Red Line: 11.2 million, up 6.1%',
      'Green Line: 6.4 million, up 12.3%',
      '',
      'The Green Line grew fastest for a second year, helped by a 24% rise in flights at the airport.',
    ].join('\n'),
  });
  const draft = (change: string): string => `The Red Line carried 11.2 million journeys. The Green Line, which serves the airport, grew fastest, by ${change}, to 6.4 million.`;

  it('is the same level as the source\'s bare count of that value: the change of it is not the airport\'s 24%', () => {
    assert.notEqual(verdictOf(TRAMS, draft('12.3%'), '12.3%'), 'contradicted');
  });

  it('still contradicts a wrong change of it', () => {
    assert.equal(verdictOf(TRAMS, draft('13.2%'), '13.2%'), 'contradicted');
  });
});

describe('an agreeing figure about the place the draft names', () => {
  const GRAVES = indexOf({
    'sources/graves.txt': [
      'CEMETERY SPACE',
      '',
      'Saltery Lane              610 spaces    about 6 years',
      'Whinfield Road          1,410 spaces    about 19 years',
      '',
      'The bereavement services manager said: "The harder problem is burial: we have perhaps eight years of space left."',
    ].join('\n'),
  });

  it('is what the writer meant, though another sentence shares a word with the draft ("about six years" left at Saltery Lane, not the borough\'s eight)', () => {
    const draft = 'Saltery Lane has about six years left and Whinfield Road has the most room.';
    assert.notEqual(verdictOf(GRAVES, draft, 'about six years'), 'contradicted');
  });

  it('leaves a wrong figure for that place contradicted', () => {
    assert.equal(verdictOf(GRAVES, 'Saltery Lane has 610 spaces, about 4 years of space.', 'about 4 years'), 'contradicted');
  });
});

describe('a rounded figure in the unit of an agreeing one', () => {
  const WAITS = indexOf({
    'sources/tests.txt': 'The average wait for a practical test was 17.4 weeks at 30 September 2026, down from 21.9 weeks a year earlier.',
    'sources/funerals.txt': 'The average wait from first contact to the funeral was 17 days, against 21 days the year before.',
  });

  it('rounds that figure: "about 17 weeks" is the 17.4 weeks, not 17 days written in the wrong unit', () => {
    assert.equal(verdictOf(WAITS, 'The average wait was about 17 weeks, against a target of seven.', 'about 17 weeks'), 'supported');
  });

  it('leaves the same figure given as exact to be read as the other unit\'s slip', () => {
    assert.equal(verdictOf(WAITS, 'The average wait was 17 weeks, against a target of seven.', '17 weeks'), 'contradicted');
  });
});

describe('the rise between the two ends of a source comparison', () => {
  const TOLLS = indexOf({ 'sources/tolls.md': 'Tolls rose on 1 April 2025. The cash toll for a car went up from £2.20 to £2.40 (9.1%) and the tag toll from £1.75 to £1.90 (8.6%).' });

  it('is worked out when the draft\'s sentence states the later end ("a bigger hit: 20p, or 9.1%, to £2.40")', () => {
    assert.notEqual(verdictOf(TOLLS, 'Cash payers took a bigger hit: 20p, or 9.1%, to £2.40.', '20p'), 'contradicted');
  });
});

describe('a count the source states of another noun', () => {
  const WELLS = indexOf({
    'sources/wells.txt': [
      'The water board sampled groundwater at 46 borehole sites and 4 river gauges in 2025, up from 39 boreholes in 2024.',
      '',
      '| District | Surveys | Wells sampled | Change |',
      '|---|---|---|---|',
      '| Upper Marsh | 27 | 1,204 | +3.1% |',
      '| Lower Marsh | 62 | 2,118 | +0.4% |',
      '',
      'The network has 31 pumping stations, up from 26 a year earlier.',
      '',
      'The board ran 94 surveys in all, up from 72 in 2024.',
      '',
      '17 hydrologists were in post against an establishment of 21.',
    ].join('\n'),
  });

  it('is the figure the writer took, named in words of their own: "46 boreholes" for "46 borehole sites", not the 39 boreholes of 2024', () => {
    assert.notEqual(verdictOf(WELLS, 'The water board sampled 46 boreholes for the survey.', '46'), 'contradicted');
  });

  it('is the figure the writer took from a table row the draft names: "27 surveys" in Upper Marsh', () => {
    assert.notEqual(verdictOf(WELLS, 'Upper Marsh is still the busiest district, with 1,204 wells sampled in 27 surveys.', '27'), 'contradicted');
  });

  it('is the figure the draft names by the source count\'s own noun ("58 of them qualified samplers")', () => {
    const staff = indexOf({ 'sources/staff.md': 'The board employed 240 staff (176 full-time equivalent), including 58 qualified samplers, and paid every employee at least £13.10 an hour. Staff turnover fell from 21% to 16%.' });
    assert.notEqual(verdictOf(staff, 'The board employs 240 staff, 58 of them qualified samplers, and staff turnover fell from 21% to 16%.', '58'), 'contradicted');
  });

  it('leaves another count of the rival\'s sentence, paired wrongly, contradicted ("21 hydrologists in post" against an establishment of 21)', () => {
    assert.equal(verdictOf(WELLS, 'The board has 21 hydrologists in post.', '21'), 'contradicted');
  });

  it('leaves an earlier value given as the current one contradicted ("26 stations now" against "up from 26 a year earlier")', () => {
    assert.equal(verdictOf(WELLS, 'The network has 26 pumping stations today.', '26'), 'contradicted');
  });
});

describe('a distinctive figure a source states as written in another unit', () => {
  const CLUB = indexOf({
    'sources/club.txt': 'Secretary: We have 31 regular weekly lettings now, down from 38 in 2019. The pavilion was used for 1,260 hours last year, against 1,730 hours in 2019.',
    'sources/clinic.md': ['| Site | Patients | Per day |', '|---|---|---|', '| Main clinic | 4,512 | 126 |', '', 'Regular weekly clinic hours were used by 4,512 patients, an average of 126 a day.'].join('\n'),
  });

  it('is no slip of the pen for another figure with its digits ("from 1,730 to 1,260" read as lettings, against 126 a day)', () => {
    const draft = 'Use of the pavilion has been falling. There are 31 regular weekly lettings, down from 38 in 2019, and the hours it was used fell by more than a quarter, from 1,730 to 1,260.';
    assert.notEqual(verdictOf(CLUB, draft, '1,260'), 'contradicted');
  });
});

describe('a rival another candidate states the same value of', () => {
  const PANTRY = indexOf({
    'sources/pantry.md': 'Late wages were the main reason for referral in 38% of cases, followed by benefit delays (24%), debt (16%), illness (8%) and other reasons (8%). Parcels to working households rose to 31% of the total, from 25% in 2024/25.',
  });

  it('leads decisively all the same: a second statement of its value is no competing rival ("Illness: 18%" against illness 8% and other reasons 8%)', () => {
    const draft = 'Why people were referred:\n\n- Late wages: 38%\n- Benefit delays: 24%\n- Debt: 16%\n- Illness: 18%';
    assert.equal(verdictOf(PANTRY, draft, '18%'), 'contradicted');
  });
});

describe('a later year against the earlier year its source sentence compares with', () => {
  const RINK = indexOf({
    'seeds/rink.txt': ['ICE CENTRE: SEASON REPORT 2025-26', '', 'Public skating admissions rose 8.3% to 148,320 (136,910 in 2024-25), the highest since the rink opened in 1987.'].join('\n'),
  });
  const yearVerdict = (draft: string, year: string): string | undefined => assessDraft(draft, RINK).find((a) => a.claimed === year)?.verdict;

  it('is no contradiction: it may be the period of the comparison\'s other end', () => {
    assert.notEqual(yearVerdict('Public skating admissions at the rink in 2025-26, up 8.3% and the highest since it opened in 1987.', '2025-26'), 'contradicted');
  });

  it('leaves an earlier year than the compared one contradicted', () => {
    assert.equal(yearVerdict('Public skating admissions at the rink in 2023-24, up 8.3% and the highest since it opened in 1987.', '2023-24'), 'contradicted');
  });
});

describe('an agreeing source figure about the entity the draft sentence names for the mention', () => {
  const BAND = indexOf({
    'seeds/band.md': [
      '# Band finance report',
      '',
      'Income was £58,240, up 16.8% from £49,870:',
      '',
      '- Engagement fees: £26,400 (2024-25: £21,950)',
      '- Concert tickets: £9,870 (£8,120)',
      '- Players\' subscriptions: £5,040, from 28 adult players paying £15 a month',
      '- Grant from the Marrick Community Fund: £6,000',
      '- Collections and donations: £7,810',
      '',
      'Spending was £54,910. The main costs were:',
      '',
      '- Musical director\'s fees: £9,600',
      '- Band room rent: £7,800 (£650 a month)',
    ].join('\n'),
  });
  const draft = 'Engagement fees brought in £9,870, the Marrick Community Fund gave £6,000, and 28 adult players paid £15 a month each in subscriptions.';

  it('is what the writer meant, though the rival\'s sentence shares the draft sentence\'s other figures', () => {
    assert.notEqual(assessDraft(draft, BAND).find((a) => a.claimed === '£6,000')?.verdict, 'contradicted');
    assert.equal(assessDraft(draft.replace('£6,000', '£4,000'), BAND).find((a) => a.claimed === '£4,000')?.verdict, 'contradicted', 'no source states £4,000');
  });
});

describe('a rival whose source names only the common words of the draft\'s subject', () => {
  const CLUBS = indexOf({
    'seeds/tennis.txt': ['KIRTLEMOOR TENNIS CLUB: SEASON REPORT', '', 'The men\'s first team won 10 of its 12 matches and is promoted to Division 1 of the Kirtle Valley League.'].join('\n'),
    'seeds/bowls.txt': [
      'TINDERFIELD BOWLS CLUB AGM',
      '',
      'Irene Walcott: We won Division 2 of the Harlingmoor League by 6 points.',
      '',
      'Eric Duddle (competitions secretary): We played 31 matches, won 19, lost 10 and drew 2.',
    ].join('\n'),
  });

  it('is about something else when another source names all of the subject', () => {
    const draft = 'On the green it won Division 2 of the Harlingmoor League by 6 points, with 84 points from 31 matches.';
    const matches = assessDraft(draft, CLUBS).find((a) => a.claimed === '31');
    assert.notEqual(matches?.verdict, 'contradicted');
    assert.equal(matches?.rule, 'other-document', 'the sentence alone tells the sources apart');
  });
});

describe('a table row that compares two periods of one measure', () => {
  const VETS = indexOf({
    'seeds/vets.md': [
      '# Vets annual report',
      '',
      '| Practice | Vets | Patients 2024-25 | Patients 2025-26 | Change |',
      '|---|---:|---:|---:|---:|',
      '| Dunsop Green | 7 | 6,250 | 8,210 | +31.4% |',
      '| Group | 38 | 45,310 | 48,620 | +7.3% |',
    ].join('\n'),
  });
  const added = (draft: string, figure: string): string | undefined => assessDraft(draft, VETS).find((a) => a.claimed === figure)?.verdict;

  it('backs the gap a writer works out from it', () => {
    assert.equal(added('The group, which runs four practices, added 3,310 patients in the year.', '3,310'), 'supported');
  });

  it('backs no other gap', () => {
    assert.notEqual(added('The group, which runs four practices, added 3,130 patients in the year.', '3,130'), 'supported');
  });
});

describe('an agreeing source sentence that has more of the words naming the draft\'s item than the rival\'s', () => {
  /** A context whose sentence has `words` (and whose item label, for the draft, is `label`). */
  const context = (words: string[], label: string[] = []): MentionContext => ({ words: new Map(words.map((w) => [w, 1])), lookupOnly: new Set<string>(), label }) as unknown as MentionContext;
  /** A candidate from a source sentence with `words`, agreeing with the mention or not. */
  const source = (words: string[], agrees: boolean): CandidateEvidence =>
    ({ candidate: { context: context(words) }, agrees, entity: 0.4, metric: 0.4, period: 0 }) as unknown as CandidateEvidence;
  // "Adult tickets went up 50p to £6, while concessions stayed at £4.50": the £6's item is named "adult ticket".
  const draft = context(['adult', 'ticket', 'concession'], ['adult', 'ticket']);
  const familyTicket = source(['concession', 'child', 'famy', 'ticket'], false);

  it('is what the writer meant: "adult tickets … £6" is the adult tickets\' £6.00, not the family ticket\'s £15.00', () => {
    assert.ok(itemWordsPoint(draft, [source(['adult', 'ticket', 'stay'], true)], familyTicket, DEFAULT_PARAMS));
    assert.ok(itemWordsPoint(draft, [source(['adult', 'admission', 'rise'], true)], source(['concession', 'child'], false), DEFAULT_PARAMS), 'a rival with none of the words');
  });

  it('is not what the writer meant when it has no more of them than the rival, or misses one the rival has', () => {
    assert.ok(!itemWordsPoint(draft, [source(['adult', 'admission', 'rise'], true)], familyTicket, DEFAULT_PARAMS), 'one word each');
    assert.ok(!itemWordsPoint(context(['adult', 'ticket', 'day'], ['adult', 'ticket', 'day']), [source(['adult', 'ticket'], true)], source(['day', 'pass'], false), DEFAULT_PARAMS), '"day" is the rival\'s');
  });
});

describe('a source figure another sentence of the draft\'s paragraph states', () => {
  const { quantity, context } = describedMention('Fees: the junior monthly fee goes to £28 from 1 January 2027.', '£28');
  const adults = extractQuantities('Adults stay at £32.')[0] as Quantity;
  const sourceAdults = extractQuantities('It went up to £32 for adults from £30.')[0] as Quantity;

  it('is spoken for by a later sentence too ("… goes to £28. Adults stay at £32."): it is no rival of the mention', () => {
    assert.ok(!spokenFor(quantity, context, sourceAdults), 'alone, the £28 may be the adults\' figure mis-written');
    assert.ok(spokenFor(quantity, { ...context, later: [adults] }, sourceAdults));
    assert.ok(spokenFor(quantity, { ...context, earlier: [adults] }, sourceAdults));
  });

  it('is not spoken for by a later sentence that gives another value', () => {
    assert.ok(!spokenFor(quantity, { ...context, later: [extractQuantities('Adults stay at £33.')[0] as Quantity] }, sourceAdults));
  });
});
