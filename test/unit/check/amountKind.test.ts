import assert from 'node:assert/strict';
import { amountKinds, samePer } from '../../../src/core/check/amountKind';
import { canonicalNoun } from '../../../src/core/check/words';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { assessDraft } from '../../../src/core/check/checkDraft';
import { indexOf } from './helpers';

/** The quantities of a sentence whose kind has the flag `flag` set, by their text. */
function marked(sentence: string, flag: 'periodEnd' | 'baseline' | 'discounted' | 'standard'): string[] {
  const quantities = extractQuantities(sentence);
  return amountKinds(sentence, quantities).flatMap((k, i) => (k[flag] ? [quantities[i]?.text ?? ''] : []));
}

/** The kind of each quantity of a sentence, as "text:outlook/per". */
function kinds(sentence: string): string[] {
  const quantities = extractQuantities(sentence);
  return amountKinds(sentence, quantities).map((k, i) => `${quantities[i]?.text}:${k.outlook ? 'outlook' : 'result'}/${k.per}`);
}

describe('amountKinds: a day that closes a reporting period', () => {
  const ends = (sentence: string): string[] => marked(sentence, 'periodEnd');

  it('reads "the year to", "12 months ending" and "as at" before a day as the end of a period', () => {
    assert.deepEqual(ends('In the year to 30 September 2026 the shop took £612,480.'), ['30 September']);
    assert.deepEqual(ends('Reserves stood at £2.1m as at 31 March, for the 12 months ending 31 March.'), ['31 March', '31 March']);
  });

  it('reads an event\'s day as no end of a period', () => {
    assert.deepEqual(ends('Carols outside the shop on Saturday 19 December, and the AGM is on 22 January.'), []);
  });

  it('keeps an event\'s day from contradicting the end of a reporting period', () => {
    const shop = indexOf({ 'seeds/shop.md': 'In the year to 30 September 2026 the shop took £612,480, up 7.1%.' });
    assert.notEqual(assessDraft('Saturday 19 December, 3pm: carols outside the shop.', shop).find((a) => a.claimed.includes('19 December'))?.verdict, 'contradicted');
    assert.equal(assessDraft('In the year to 30 June 2026 the shop took £612,480.', shop).find((a) => a.claimed.includes('30 June'))?.verdict, 'contradicted');
  });
});

describe('amountKinds', () => {
  it('reads guidance as a forecast and a reported figure as a result', () => {
    assert.deepEqual(kinds('We currently anticipate non-GAAP earnings per diluted share in the range of $1.30 to $1.40 for the fourth quarter.'), ['$1.30 to $1.40:outlook/share']);
    assert.deepEqual(kinds('For the first quarter, our revenue is expected to be between $3.515 billion and $3.575 billion.'), ['between $3.515 billion and $3.575 billion:outlook/']);
    assert.deepEqual(kinds('Non-GAAP earnings per diluted share were $1.87 in the third quarter.'), ['$1.87:result/share']);
  });

  it('reads every item of a list a forecast verb governs as a forecast, but not a clause with a verb of its own', () => {
    assert.deepEqual(kinds('We expect revenue of $425 million, gross margin of 47%, and adjusted earnings per share of $0.96.'), [
      '$425 million:outlook/',
      '47%:outlook/',
      '$0.96:outlook/share',
    ]);
    assert.deepEqual(kinds('We expect revenue of $425 million, while revenue last year was $380 million.'), ['$425 million:outlook/', '$380 million:result/']);
  });

  it('reads an amount that restates a forecast in apposition as a forecast, but not the earlier value it is compared with', () => {
    assert.deepEqual(kinds('We now expect operating EBITDA of about 4.03 billion, at the midpoint of the range, a year-over-year increase of 17%.'), [
      'about 4.03 billion:outlook/',
      '17%:outlook/',
    ]);
    assert.deepEqual(kinds('We expect revenue of $5bn, up 12%, and sales rose 3%.'), ['$5bn:outlook/', '12%:outlook/', '3%:result/']);
    assert.deepEqual(kinds('We expect revenue of $5bn, up from $4bn.'), ['$5bn:outlook/', '$4bn:result/']);
  });

  it('ends a forecast word\'s reach at a conjunction that opens a clause of its own, but not at an accounting term', () => {
    assert.deepEqual(kinds('The retailer raised its profit forecast after online orders pushed sales up 6.4% to £1.84bn.'), ['6.4%:result/', '£1.84bn:result/']);
    assert.deepEqual(kinds('Analysts predicted a loss because sales fell to £90m.'), ['£90m:result/']);
    assert.deepEqual(kinds('We expect profit before tax of £205m.'), ['£205m:outlook/']);
  });

  it('does not read a plain future, a wish or a missed target as a forecast', () => {
    assert.deepEqual(kinds('The standard single fare will rise from $2.75 to $2.90 on July 1.'), ['$2.75:result/', '$2.90:result/', 'July 1:result/']);
    assert.deepEqual(kinds('He said the council had missed its last target, building only 1,350 of the 2,000 homes.'), ['1,350:result/', '2,000:result/']);
  });

  it('reads what an amount is per: "a share", "/month", "EPS", but not "a year earlier"', () => {
    assert.deepEqual(kinds('Profit was $2.10 a share.'), ['$2.10:result/share']);
    assert.deepEqual(kinds('It costs just $480/month.'), ['$480:result/month']);
    assert.deepEqual(kinds('EPS was $3.13.'), ['$3.13:result/share']);
    assert.deepEqual(kinds('The price fell to €58 from €71 a year earlier.'), ['€58:result/', '€71:result/']);
    assert.deepEqual(kinds('It is funded by a charge of about £14 a year on bills.'), ['about £14:result/year'], '"a year on bills" is a rate');
    assert.deepEqual(kinds('Prices rose 5% a year on the previous one.'), ['5%:result/'], '"a year on the previous" compares');
    assert.deepEqual(kinds('Each pump can move about 1,000 litres a second.'), ['about 1,000 litres:result/second']);
    assert.deepEqual(kinds('He earns £9 million a season and pays £80 a night.'), ['£9 million:result/season', '£80:result/night']);
  });

  it('reads a value dated a year earlier as the earlier one, but not a change measured against that time', () => {
    const baselines = (sentence: string): string[] => marked(sentence, 'baseline');
    assert.deepEqual(baselines('The average stay fell to 9.4 nights, from 9.9 nights a year earlier.'), ['9.9'], 'the unit comes from the level it is compared with');
    assert.deepEqual(baselines('Two years ago the average lamb made £98.10.'), ['£98.10'], 'any time back opens the sentence');
    assert.deepEqual(baselines('The average lamb made £98.10 three seasons before.'), ['£98.10']);
    assert.deepEqual(baselines('Net profit was £18,640, roughly double the £9,210 we made two years ago.'), ['£9,210'], 'the phrase dates the number right before it, not one further back');
    assert.deepEqual(baselines('Prices were 3.9% higher than a year earlier, up from annual growth of 3.2% in October.'), []);
    assert.deepEqual(baselines('Earnings increased by 17% from the same period in the previous year.'), []);
    // "last year" dates the figure reported, unless a comparison word makes the figure the earlier value.
    assert.deepEqual(baselines('Saltmere handled 4.86m TEU last year, a 5.2% increase on the 4.62m TEU it moved in 2023.'), ['4.62m TEU', '2023']);
    assert.deepEqual(baselines('Revenue was $5.1m, against $4.2m last year.'), ['$4.2m']);
    // A sentence that opens on the time before gives the earlier value of the figure before it; "last year" may be the period reported.
    assert.deepEqual(baselines('A year earlier it was 95.2%.'), ['95.2%']);
    assert.deepEqual(baselines('The borough collected 82,140 tonnes, almost 2% less than the 83,730 tonnes of 2024/25.'), ['83,730 tonnes']);
    assert.deepEqual(baselines('Sales were £5m, 5% higher than £4.76m.'), ['£4.76m']);
    assert.deepEqual(baselines('The league had 58 teams, 7 more teams than the 51 of the season before.'), ['51'], 'the comparative\'s noun may stand before "than"');
    assert.deepEqual(baselines('It planted 1.6 hectares, almost double the 0.9 hectares of the year before.'), ['0.9 hectares']);
    assert.deepEqual(baselines('We made a surplus of £640,000 after a loss of £1.27m the year before.'), [], 'a bare "the year before" may date the sentence\'s event, not the figure');
    assert.deepEqual(baselines('Electric cars: 38 fully electric vehicles (21), 29% of the fleet.'), ['21']);
    assert.deepEqual(baselines('Fares were £4.92 million (£4.51 million), up 9.1%.'), ['£4.51 million']);
    assert.deepEqual(baselines('The season before it was 372 of 396, 93.9%.'), ['372', '396'], 'the whole of an earlier part is earlier too');
    assert.deepEqual(baselines('The crews were credited with saving 11 lives (the year before, 7).'), ['7'], 'a bracket\'s phrase dates its own figure');
    assert.deepEqual(baselines('It has less than 50 staff.'), [], 'a hedge\'s bound is no earlier value');
    assert.deepEqual(baselines('The year before, the ferry ran 95.2% of sailings.'), ['95.2%']);
    // A clock time or a day after "from" starts a span: opening hours are no change.
    assert.deepEqual(baselines('The centre is open to visitors from 11:00 to 16:00, Tuesday to Sunday.'), []);
    assert.deepEqual(baselines('Consultation ran from 14 July to 25 August 2026.'), []);
    assert.deepEqual(baselines('Last year it was 95.2%.'), []);
    // "came from" says where something came from, not what a figure changed from.
    assert.deepEqual(baselines('They came from 1,106 people, down from 1,240.'), ['1,240']);
    // What a figure replaces is the figure before it.
    assert.deepEqual(baselines('It will run every 15 minutes instead of every 10.'), ['10']);
    // A past period's possessive, or a bracketed "was", marks the number after it as the earlier value.
    assert.deepEqual(baselines('It is paying £58.40 a tonne, 12.1% more than last year\'s £52.10.'), ['£52.10']);
    assert.deepEqual(baselines('An adult day pass is £52 (was £48), kids £34.'), ['£48']);
    assert.deepEqual(baselines('This year\'s £52 is up 8%.'), [], 'the present period\'s figure is none');
    const compared = (sentence: string): boolean[] => amountKinds(sentence, extractQuantities(sentence)).map((k) => k.compared);
    assert.deepEqual(compared('The storm arrived on 18 November.'), [false], '"on" before a day dates it');
    assert.deepEqual(compared('Sales were up 3.2% on 17,880.'), [false, true]);
    assert.deepEqual(compared('It shut for 11 days, less than half of the 23 days lost last year.'), [false, false, true], '"last year" sets a figure against the time written about');
  });

  it('reads the year of the period a result is compared with as an earlier value, and the result\'s own year as not', () => {
    const baselines = (sentence: string): string[] => marked(sentence, 'baseline');
    assert.deepEqual(baselines('Net sales of $2.09 billion for the third quarter of 2020 decreased 22.4% from the third quarter of 2019.'), ['2019']);
    assert.deepEqual(baselines('Earnings per share were $1.87, down from $2.39 in the third quarter of 2019.'), ['$2.39', '2019']);
    assert.deepEqual(baselines('Sales in 2019 were a record.'), []);
    assert.deepEqual(baselines('The city grew from 212,000 people in 2015 to nearly 240,000 in 2024.'), ['212,000', '2015'], 'the noun of the value may stand before the period');
  });

  it('takes "a head" for the same rate as per a visitor or a passenger, not per a share or a seat', () => {
    const person = canonicalNoun('person');
    assert.ok(samePer(person, canonicalNoun('visitor')));
    assert.ok(samePer(canonicalNoun('passenger'), person));
    assert.ok(!samePer(person, 'share'));
    assert.ok(!samePer(canonicalNoun('visitor'), 'seat'));
  });

  it('reads a price after a discount as discounted, and a list price or a layoff count as not', () => {
    const discountedOnes = (sentence: string): string[] => marked(sentence, 'discounted');
    assert.deepEqual(discountedOnes('One-year term: 10% off list, so $80.10 per user per month, or $240,300 a year for 250 seats.'), ['$80.10', '$240,300']);
    assert.deepEqual(discountedOnes('With the launch discount the plan costs $19 a month.'), ['$19']);
    assert.deepEqual(discountedOnes('The Enterprise tier lists at $89 per user per month, with 18% off for a three-year commitment.'), []);
    assert.deepEqual(discountedOnes('The company laid off 200 workers and paid off $5 million of debt.'), []);
    assert.deepEqual(discountedOnes('Prices were cut 10% off. Next year the plan costs $25.'), [], 'a full stop ends the discount');
  });
});

describe('amountKinds: limits', () => {
  const standards = (sentence: string): string[] => marked(sentence, 'standard');

  it('reads a number a limit, objective or threshold word names as a limit, before it or closing its noun phrase', () => {
    assert.deepEqual(standards('The annual mean objective for NO2 is 40 micrograms per cubic metre.'), ['40']);
    assert.deepEqual(standards('The custody time limit of 182 days was extended in 214 cases.'), ['182 days']);
    assert.deepEqual(standards('The 182-day custody time limit was extended 214 times.'), ['182-day']);
  });

  it('does not read a measure compared with a limit, or a "standard" rate, as one', () => {
    assert.deepEqual(standards('It was 46.2 micrograms, above the limit.'), []);
    assert.deepEqual(standards('Our standard loan rate is 1% a month.'), []);
  });
});

describe('amountKinds: a year after "since"', () => {
  const baselines = (sentence: string): string[] => marked(sentence, 'baseline');

  it('is the start a change is measured from ("has nearly tripled since 2021-22")', () => {
    assert.deepEqual(baselines('The heating bill has nearly tripled since 2021-22, to £8,310.'), ['2021-22']);
  });

  it('is no earlier value when it dates a record ("the best season since 2019", "the most since 2008")', () => {
    assert.deepEqual(baselines('Ferry crossings reached 61,240, the best season since 2019.'), []);
    assert.deepEqual(baselines('Boats made 9,410 passages, the most since 2008.'), []);
  });
});

describe('a year that dates the same number on both sides of a comparison', () => {
  const HALL = indexOf({ 'sources/hall.txt': 'Treasurer: Our heating bill was £8,310 in 2025-26, against £4,460 in 2021-22. The boiler is 31 years old.' });
  const verdict = (draft: string, mention: string): string | undefined => assessDraft(draft, HALL).find((a) => a.claimed === mention)?.verdict;

  it('is the earlier value\'s own year, not an earlier value given as the current one', () => {
    assert.notEqual(verdict('The hall\'s bill was £8,310 last year, almost double the £4,460 it paid in 2021-22.', '2021-22'), 'contradicted');
    assert.notEqual(verdict('The heating bill has nearly doubled since 2021-22, to £8,310.', '2021-22'), 'contradicted');
  });

  it('leaves the earlier value\'s year given to the current value contradicted', () => {
    assert.equal(verdict('The hall\'s heating bill was £8,310 in 2021-22.', '2021-22'), 'contradicted');
  });
});

describe('amountKinds: earlier values as statisticians set them out', () => {
  const baselines = (sentence: string): string[] => marked(sentence, 'baseline');

  it('reads a figure bracketed alone after a like figure as its earlier value ("Injuries: 27 (34)"), not a share in brackets', () => {
    assert.deepEqual(baselines('- Callouts: 1,214 (987). Chimney fires 41 (37), and 512 fires (38%) were deliberate.'), ['987', '37']);
    assert.deepEqual(baselines('Uptake was 62% (58%).'), ['58%']);
  });

  it('reads a bracket that names the earlier time of its number as an earlier value ("£968,000 (2024-25: £702,000)")', () => {
    assert.deepEqual(baselines('Operating profit was £968,000 (2024-25: £702,000), a margin of 6.6%.'), ['£702,000']);
    assert.deepEqual(baselines('In the farm shop a 500ml bottle is £3.40 (it was £3.15 until July).'), ['£3.15']);
    assert.deepEqual(baselines('Uptake was 62% (a share of 58% of adults).'), [], 'a bracket that names no earlier time');
  });

  it('reads the year that dates a bracketed earlier value as earlier ("148,320 (136,910 in 2024-25)")', () => {
    assert.deepEqual(baselines('Public skating admissions rose 8.3% to 148,320 (136,910 in 2024-25), the highest since 1987.'), ['2024-25']);
  });

  it('reads a time back that opens a quotation as opening its sentence ("CLIP (…, 12 sec): "Three years ago one in eight …")', () => {
    assert.deepEqual(baselines('CLIP (Priya Mendelow, 12 sec): "Three years ago one in eight of our visitors was a child; now it is nearly one in five."'), ['one in eight']);
  });

  it('reads the next value of a dated earlier value\'s list as earlier too ("from 4.1% in Q3 2026 and 5.2% in Q4 2025")', () => {
    assert.deepEqual(baselines('Pay settlements should average 3.6%, down from 4.4% in Q3 2026 and 5.1% in Q4 2025.'), ['4.4%', '2026', '5.1%', '2025']);
    assert.deepEqual(baselines('The pass rate was 47.0%, against 46.2% a year earlier and 48.3% nationally.'), ['46.2%']);
  });

  it('keeps a figure a writer sets beside another with a slash ("10,240 / 10,410") from reading as an earlier value given as current', () => {
    const locks = indexOf({ 'sources/locks.txt': 'Boat passages in 2026, with 2025 in brackets:\n- Pennock Lock: 10,240 (10,410)\n- Castle Lock: 8,975 (8,390)' });
    const verdict = assessDraft('Passages at each lock, 2026 / 2025:\n1. Pennock Lock: 10,240 / 10,410\n2. Castle Lock: 8,975 / 8,390', locks).find((a) => a.claimed === '10,410');
    assert.notEqual(verdict?.verdict, 'contradicted');
  });
});
