import * as assert from 'node:assert/strict';
import { extractQuantities } from '../../../src/core/quantity/extract';
import type { Quantity } from '../../../src/core/model';
import { near, one, spans } from './helpers';

describe('extractQuantities: numbers and scales', () => {
  it('reads digits with separators and decimals', () => {
    const t = 'The firm employs 1,240 people.';
    const q = one(t);
    assert.equal(q.value, 1240);
    assert.equal(q.unitClass, 'count');
    assert.equal(q.unit, 'person');
    assert.equal(q.precision, 0.5);
    spans(t, q, '1,240');
    const d = one('a yield of 141.79 tonnes');
    near(d.value, 141.79);
    near(d.precision, 0.005);
  });

  it('applies scale words and glued scale letters', () => {
    const cases: [string, number, number, string][] = [
      ['65 billion yuan', 65e9, 1e9, '65 billion yuan'],
      ['65bn yuan', 65e9, 1e9, '65bn yuan'],
      ['1.2 trillion yuan', 1.2e12, 1e12, '1.2 trillion yuan'],
      ['€3.5m', 3.5e6, 1e6, '€3.5m'],
      ['10k runners', 10e3, 1e3, '10k'],
      ['5 thousand yuan', 5e3, 1e3, '5 thousand yuan'],
      ['65,000 million yuan', 65e9, 1e6, '65,000 million yuan'],
      ['we may lose 5 mln bucks', 5e6, 1e6, '5 mln bucks'],
      ['a 2.4 bln yuan plant', 2.4e9, 1e9, '2.4 bln yuan'],
    ];
    for (const [text, value, scale, mention] of cases) {
      const q = one(text);
      near(q.value, value, text);
      assert.equal(q.scale, scale, text);
      spans(text, q, mention);
    }
  });

  it('sets precision to half the step of the last digit in normalised units', () => {
    near(one('142 billion yuan').precision, 0.5e9);
    near(one('141.79 billion yuan').precision, 0.005e9);
    near(one('65,000 million yuan').precision, 0.5e6);
    near(one('1.5 percent').precision, 0.05);
  });

  it('reads written-out numbers', () => {
    const q = one('sixty-five billion yuan');
    assert.equal(q.value, 65e9);
    assert.equal(q.written, true);
    assert.equal(q.unit, 'CNY');
    const twelve = one('twelve engineers');
    assert.equal(twelve.value, 12);
    assert.equal(twelve.unit, 'engineer');
    const lines = one('three new lines');
    assert.equal(lines.value, 3);
    assert.equal(lines.unit, 'line');
    assert.equal(one('one hundred and twenty buses').value, 120);
  });

  it('reads a written number that runs on past its scale word as one number ("one thousand seven hundred and thirty")', () => {
    assert.equal(one('so far one thousand seven hundred and thirty stones have been taken').value, 1730);
    assert.equal(one('forty-two thousand six hundred listeners').value, 42600);
    assert.equal(one('two thousand and five people').value, 2005);
    // A scale word that ends the number still scales it, and a comma ends a number read aloud.
    assert.equal(one('three hundred thousand people').value, 300000);
    assert.deepEqual(extractQuantities('one thousand, two hundred people').map((q) => q.value), [1000, 200]);
  });

  it('reads "a" before a scale word as one, and a share of a scale as that share of it', () => {
    const ticket = one('The season ticket would stay at a hundred and sixty-five pounds.');
    assert.equal(ticket.value, 165);
    assert.equal(ticket.unit, 'GBP');
    assert.equal(one('a thousand walkers').value, 1000);
    assert.equal(one('a hundred and eighteen thousand passengers').value, 118000);
    const half = one('half a million pounds');
    assert.equal(half.value, 500000);
    assert.equal(half.unit, 'GBP');
    // One decimal of the scale: "half a million" is as loose as "0.5 million".
    near(half.precision, 50000);
    assert.equal(one('nearly a quarter of a million').value, 250000);
    // A share of the whole stays a share.
    assert.equal(extractQuantities('a quarter of the 7,000 standards')[0]?.unitClass, 'percent');
  });

  it('reads both ends of a span of ages as ages ("aged from 12 to 81"), not as counts of the sentence\'s noun', () => {
    const ages = extractQuantities('There are now 31 players on the register, aged from 12 to 81, and 22 learners.').map((q) => `${q.text} ${q.unit}`);
    assert.deepEqual(ages, ['31 player', '12 age', '81 age', '22 learner']);
    // A span read as one range is an age too.
    assert.deepEqual(extractQuantities('Members aged 16 to 24 pay less.').map((q) => `${q.text} ${q.unit}`), ['16 to 24 age']);
  });

  it('reads a bare whole number after "under" or "over" as an age when people are that old ("children under 5", "131 of them are under 16")', () => {
    const units = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.unit}`);
    assert.deepEqual(units('Children under 5 travel free and people over 65 pay half.'), ['under 5 age', 'over 65 age']);
    assert.deepEqual(units('Players rose to 712, and 131 of them are under 16.'), ['712 ', '131 ', 'under 16 age']);
    assert.deepEqual(units('Of those, 131 are under 16.'), ['131 ', 'under 16 age']);
    // Nothing says a list or a crowd is people of an age.
    assert.deepEqual(units('The waiting list is under 20.'), ['under 20 ']);
    assert.deepEqual(units('Attendance was over 60.'), ['over 60 ']);
  });

  it('reads a sentence\'s first word before a count of a plural as a verb, not a name ("- Survey 70 roosts"; "Line 6 opened")', () => {
    assert.deepEqual(extractQuantities('- Survey 70 roosts in 2027.').map((q) => `${q.text} ${q.unit}`), ['70 roost', '2027 year']);
    assert.deepEqual(extractQuantities('Recruit 60 volunteers by the 2027 season.').map((q) => `${q.text} ${q.unit}`), ['60 volunteer', '2027 year']);
    assert.deepEqual(extractQuantities('Line 6 opened in 2020.').map((q) => q.text), ['2020']);
  });

  it('counts the noun after a gap\'s comparative ("7 more teams", "12 fewer buses")', () => {
    const units = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.unit}/${q.role}`);
    assert.deepEqual(units('It had 58 teams from 22 clubs, 7 more teams than the 51 of the season before.'), ['58 team/level', '22 club/level', '7 team/change', '51 team/level']);
    assert.deepEqual(units('There were 12 fewer buses.'), ['12 buse/change']);
  });

  it('reads "nought" as zero, and a spoken decimal below one with nothing counted', () => {
    assert.deepEqual(
      extractQuantities('a rate of nought point six five per thousand visits, down from nought point eight two').map((q) => q.value),
      [0.65, 0.82],
    );
    assert.equal(one('The rate was zero point six five.').value, 0.65);
  });

  it('reads no count in the number of a grade, stage or place of a series ("Division 1", "Phase 3", "Platform 4")', () => {
    const values = extractQuantities("The men's first team won 8 of their 12 matches and went up to Division 1, and 340 people came.").filter((q) => q.unitClass === 'count');
    assert.deepEqual(values.map((q) => q.value), [8, 12, 340]);
    assert.deepEqual(extractQuantities('a Phase 3 trial at Platform 4'), []);
  });

  it('reads a figure after a capital from sentence case, but not a name\'s number', () => {
    for (const t of ['Nearly 40 schools closed.', 'About 300 people came.', 'Over 50 firms signed.', 'Just 10 people came.', 'Then 12 more arrived.']) {
      assert.equal(extractQuantities(t).length, 1, t);
    }
    assert.deepEqual(extractQuantities('Line 6 opened, and Terminal 4 handled it.'), []);
  });

  it('reads a spoken decimal point, but not the idiom "at one point"', () => {
    assert.equal(one('twelve point five kilometres').value, 12.5);
    assert.equal(one('growth of two point oh five percent').value, 2.05);
    const idiom = extractQuantities('At one point two officers left.');
    assert.deepEqual(idiom.map((q) => q.value), [1, 2]);
  });

  it('reads a counted noun in "-ics" when the phrase has no other plural', () => {
    assert.equal(one('nine new rural clinics').unit, 'clinic');
    assert.equal(one('4 economics graduates').unit, 'graduate');
  });

  it('does not read "one" as a count when nothing is counted', () => {
    assert.deepEqual(extractQuantities('It is one of the most dynamic regions.'), []);
  });
});

describe('extractQuantities: currencies', () => {
  const cases: [string, string, number][] = [
    ['141.79 billion yuan', 'CNY', 141.79e9],
    ['RMB 5 billion', 'CNY', 5e9],
    ['5 billion RMB', 'CNY', 5e9],
    ['CNY 300 million', 'CNY', 300e6],
    ['¥20 million', 'CNY', 20e6],
    ['US$19.9 billion', 'USD', 19.9e9],
    ['$1.4 billion', 'USD', 1.4e9],
    ['5 million dollars', 'USD', 5e6],
    ['€2 billion', 'EUR', 2e9],
    ['3 billion euros', 'EUR', 3e9],
    ['HK$2 billion', 'HKD', 2e9],
    ['4 billion Hong Kong dollars', 'HKD', 4e9],
    ['£7m', 'GBP', 7e6],
    ['5 mln bucks', 'USD', 5e6],
    ['20 quid', 'GBP', 20],
    ['twelve Euros and fifty centimes', 'EUR', 12.5],
    ['twelve dot fifty Euros', 'EUR', 12.5],
    ['three point two five million dollars', 'USD', 3.25e6],
    ['five dollars and 50 cents', 'USD', 5.5],
    ['twelve pounds ninety', 'GBP', 12.9],
    ['4 pounds 50', 'GBP', 4.5],
    ['27.53p', 'GBP', 0.2753],
    ['35 pence', 'GBP', 0.35],
    ['39 cents', 'USD', 0.39],
  ];
  for (const [text, code, value] of cases) {
    it(`reads ${text}`, () => {
      const q = one(text);
      assert.equal(q.unitClass, 'currency');
      assert.equal(q.unit, code);
      near(q.value, value);
      spans(text, q, text);
    });
  }

  it('reads the hundredths spoken after the unit\'s word ("twelve pounds ninety an hour"), not a count or duration after it', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unit}`);
    assert.deepEqual(read('Seasonal pay rose to twelve pounds ninety an hour.'), ['twelve pounds ninety:GBP']);
    assert.deepEqual(read('It was twelve pounds, ninety minutes later.').map((r) => r.split(':')[0]), ['twelve pounds', 'ninety minutes']);
    assert.deepEqual(read('Tickets were five pounds twenty people said.').map((r) => r.split(':')[0]), ['five pounds', 'twenty']);
  });

  it('reads a year spoken as two numbers ("twenty twenty-four", "nineteen ninety-eight"), not two counts', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unitClass}:${q.value}`);
    assert.deepEqual(read('A day pass is the same as in twenty twenty-four.'), ['twenty twenty-four:year:2024']);
    assert.deepEqual(read('The twenty twenty-seven season opens soon.'), ['twenty twenty-seven:year:2027']);
    assert.deepEqual(read('The club was founded in nineteen ninety-eight.'), ['nineteen ninety-eight:year:1998']);
    assert.deepEqual(read('She won twenty, twenty-four lost.'), ['twenty:count:20', 'twenty-four:count:24']);
    assert.deepEqual(read('It cost twenty twenty-five pence stamps.')[0], 'twenty:count:20');
  });

  it('reads both sides of a score as scores, not as what the sentence counts, and a rising pair as a range', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unit}`);
    assert.deepEqual(read('Five talking points from Ferncliffe 27–24 Dunmore'), ['Five:point', '27:score', '24:score']);
    assert.deepEqual(read('It ended in a 2-2 draw.'), ['2:score', '2:score']);
    assert.deepEqual(read('Delivery takes 3-5 days.'), ['3-5 days:day']);
  });

  it('reads the counted noun of a part after its whole: "14 of their 16 lineouts"', () => {
    assert.deepEqual(
      extractQuantities('Ferncliffe won 14 of their 16 lineouts and 9 of 10 scrums.').map((q) => `${q.text}:${q.unit}`),
      ['14:lineout', '16:lineout', '9:scrum', '10:scrum'],
    );
  });

  it('reads "p" for pence only glued to its number', () => {
    assert.equal(one('The unit rate falls to 24.86p per kWh').text, '24.86p');
    assert.equal(one('see 12 p of the report').unitClass, 'count');
  });

  it('reads a glued "m" or "bn" before a unit or a plural noun as a scale, and "30m" alone as metres', () => {
    const read = (text: string): string => {
      const q = one(text);
      return `${q.unitClass} ${q.value}`;
    };
    assert.equal(read('The museum had 1.12m visits'), 'count 1120000');
    assert.equal(read('output grew 5m tonnes'), 'mass 5000000');
    assert.equal(read('1.3bn people'), 'count 1300000000');
    assert.equal(read('a 30m tower'), 'length 0.03');
    assert.equal(read('it is 30m high'), 'length 0.03');
  });

  it('reads an "m" set apart from its number as metres the SI way when no word follows, and as millions after a currency', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.unitClass} ${q.value}`);
    assert.deepEqual(read('Gullstone Cliffs .. 7.9 km ... 3.8 m (2.6 m) ... 61 homes'), ['7.9 km length 7.9', '3.8 m length 0.0038', '2.6 m length 0.0026000000000000003', '61 count 61']);
    assert.deepEqual(read('The repair cost £3.8 m.'), ['£3.8 m currency 3800000']);
    assert.notEqual(one('About 3.8 m visitors came.').unitClass, 'length', 'a word after it makes "m" no metres');
  });

  it('reads a range whose far end repeats the currency, but not a change and the level it reached', () => {
    const texts = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.hedge}`);
    assert.deepEqual(texts('revenue between $3.515 billion and $3.575 billion'), ['between $3.515 billion and $3.575 billion range']);
    assert.deepEqual(texts('we expect revenue of $425 million to $440 million'), ['$425 million to $440 million range']);
    assert.deepEqual(texts('damage of £95m-£120m'), ['£95m-£120m range']);
    assert.deepEqual(texts('the grant fell by £0.4m to £6.8m'), ['£0.4m exact', '£6.8m exact']);
    assert.deepEqual(texts('revenue rose £2m to £9m'), ['£2m exact', '£9m exact']);
  });

  it('leaves a count after "and" alone: only hundredths of the currency join the amount', () => {
    assert.deepEqual(
      extractQuantities('five dollars and ten apples').map((q) => q.text),
      ['five dollars', 'ten'],
    );
  });

  it('reads a conversion in brackets as two quantities', () => {
    const t = 'an output of 141.79 billion yuan (US$19.9 billion), a year-on-year increase of 7 percent';
    const qs = extractQuantities(t);
    assert.deepEqual(
      qs.map((q) => [q.text, q.unit]),
      [
        ['141.79 billion yuan', 'CNY'],
        ['US$19.9 billion', 'USD'],
        ['7 percent', '%'],
      ],
    );
  });
});

describe('extractQuantities: percent, points and fractions', () => {
  it('reads every spelling of percent', () => {
    for (const t of ['7%', '7 percent', '7 per cent', '7 pct']) {
      const q = one(t);
      assert.equal(q.unitClass, 'percent', t);
      assert.equal(q.unit, '%');
      assert.equal(q.value, 7);
      spans(t, q, t);
    }
  });

  it('reads percentage points and basis points', () => {
    const q = one('a decline of 2.1 percentage points');
    assert.equal(q.unitClass, 'percentagePoints');
    assert.equal(q.unit, 'pp');
    near(q.value, 2.1);
    assert.equal(q.role, 'change');
    assert.equal(q.direction, 'down');
    near(one('cut by 25 basis points').value, 0.25);
  });

  it('reads fractions as percentages with a loose precision', () => {
    const cases: [string, number, string][] = [
      ['three-fifths of the national total', 60, 'three-fifths'],
      ['one-third of the national total', 100 / 3, 'one-third'],
      ['one in five residents', 20, 'one in five'],
      ['a quarter of the budget', 25, 'a quarter'],
      ['half of the staff', 50, 'half'],
      ['two thirds of voters', 200 / 3, 'two thirds'],
      ['1 in 4 adults', 25, '1 in 4'],
      ['roughly one vote in three went to the Greens', 100 / 3, 'roughly one vote in three'],
      ['one child in 20 is affected', 5, 'one child in 20'],
      ['more than one new car in four sold was electric', 25, 'more than one new car in four'],
      ['one in every four riders left the car at home', 25, 'one in every four'],
      ['two in every five pounds owed', 40, 'two in every five'],
      ['one household in every five', 20, 'one household in every five'],
    ];
    for (const [text, value, mention] of cases) {
      const q = one(text);
      assert.equal(q.unitClass, 'percent', text);
      near(q.value, value, text);
      spans(text, q, mention);
    }
    assert.deepEqual(
      extractQuantities('He scored two goals in three games.').map((q) => q.unitClass),
      ['count', 'count'],
      'a plural noun after the denominator makes a rate, not a fraction',
    );
    for (const text of ['The team reaches a patient within two hours in 92% of cases.', 'The team reaches a patient within two hours in 92 per cent of cases.']) {
      assert.deepEqual(
        extractQuantities(text).map((q) => `${q.text}:${q.unitClass}`),
        ['two hours:duration', text.includes('%') ? '92%:percent' : '92 per cent:percent'],
        'a percentage after "in" is a share of its own, not a ratio\'s denominator',
      );
    }
    const threeFifths = one('three-fifths of it');
    assert.ok(threeFifths.low <= 59.5 && threeFifths.high >= 60.5, 'three-fifths overlaps "60 percent" [59.5, 60.5]');
  });

  it('reads a fraction of one point or percent as that many points, not as a share', () => {
    const cases: [string, number, string, string][] = [
      ['cut its rate by a quarter of a percentage point to 3.5%', 0.25, 'percentagePoints', 'a quarter of a percentage point'],
      ['up three-quarters of a percentage point', 0.75, 'percentagePoints', 'three-quarters of a percentage point'],
      ['growth of half a percentage point', 0.5, 'percentagePoints', 'half a percentage point'],
      ['prices rose half a per cent', 0.5, 'percent', 'half a per cent'],
    ];
    for (const [text, value, unitClass, mention] of cases) {
      const q = extractQuantities(text)[0];
      assert.ok(q, text);
      assert.equal(q.unitClass, unitClass, text);
      near(q.value, value, text);
      spans(text, q, mention);
    }
    assert.equal(one('a quarter of the budget').unitClass, 'percent', 'a quarter of something else stays a share');
  });

  it('does not read period halves and quarters as fractions', () => {
    const qs = extractQuantities('In the first half of 2025 and the third quarter, output rose.');
    assert.deepEqual(
      qs.map((q) => q.unitClass),
      ['year'],
    );
  });
});

describe('extractQuantities: ranks', () => {
  const cases: [string, number, string, string][] = [
    ['the third-largest port', 3, 'largest', 'third-largest'],
    ['the second longest bridge', 2, 'longest', 'second longest'],
    ['the 5th most populous city', 5, 'most populous', '5th most populous'],
    ['its second plant', 2, 'plant', 'second'],
    ['the 7th High-level Forum', 7, 'forum', '7th'],
    ['The 8th forum opened', 8, 'forum', '8th'],
    ['Qingtao Power\'s first all-solid-state battery', 1, 'battery', 'first'],
    ['Harbourside finished fifth in the league', 5, '', 'fifth'],
    ['The club ranks third, behind Leeds', 3, '', 'third'],
    ['It was the highest total on record', 1, 'highest', 'highest'],
    ["the country's largest port", 1, 'largest', 'largest'],
    ['a 58th-minute try', 58, 'minute', '58th-minute'],
  ];
  for (const [text, value, unit, mention] of cases) {
    it(`reads ${mention}`, () => {
      const q = one(text);
      assert.equal(q.unitClass, 'rank');
      assert.equal(q.value, value);
      assert.equal(q.unit, unit);
      spans(text, q, mention);
    });
  }

  it('ignores bare "first" and discourse ordinals', () => {
    assert.deepEqual(extractQuantities('For the first time, it worked. Second, it was cheap. And, third, it was quick.'), []);
    assert.equal(one('the first largest').unit, 'largest');
  });

  it('gives an ordinal whose noun is left out the noun of the sentence\'s other rank, and drops it when there is none', () => {
    const ranks = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unit}`);
    assert.deepEqual(ranks('Ure was sent off in the 61st minute, and Rowell scored in the 76th.'), ['61st:minute', '76th:minute']);
    assert.deepEqual(ranks('Rowell scored in the 67th minute after Briggs in the 52nd.'), ['67th:minute', '52nd:minute']);
    assert.deepEqual(ranks('The rent was paid on the 5th.'), []);
  });

  it('does not read "one of the largest" as first', () => {
    assert.deepEqual(extractQuantities('It is one of the largest ports and among the busiest.'), []);
  });
});

describe('extractQuantities: hedges as intervals', () => {
  it('nearly: [v − 10 %, v]', () => {
    const q = one('nearly 800 automotive companies');
    assert.equal(q.hedge, 'nearly');
    assert.equal(q.low, 720);
    assert.equal(q.high, 800);
    assert.equal(q.unit, 'company');
    spans('nearly 800 automotive companies', q, 'nearly 800');
  });

  it('more than / over: [v, ∞)', () => {
    for (const t of ['more than 6,000 firms', 'over 6,000 firms', 'exceeding 6,000 firms']) {
      const q = one(t);
      assert.equal(q.hedge, 'moreThan', t);
      assert.equal(q.low, 6000);
      assert.equal(q.high, Infinity);
    }
    assert.equal(one('at least 12 new lines').hedge, 'atLeast');
  });

  it('not more than / not less than: the bound on the other side', () => {
    assert.equal(one('costs will be not more than twelve Euros').hedge, 'atMost');
    assert.equal(one('not less than 5 staff').hedge, 'atLeast');
  });

  it('a negation a word or two before a bound turns it round', () => {
    assert.equal(one('the cost won’t be more than twelve Euros').hedge, 'atMost');
    assert.equal(one('it isn’t much less than 40 km').hedge, 'atLeast');
    assert.equal(one('prices did not rise above 90 pence').hedge, 'atMost');
  });

  it('reads a hedge across the article of the noun it qualifies, but not a preposition\'s', () => {
    assert.equal(one('clients saw up to a 30% increase in revenue').hedge, 'atMost');
    assert.equal(one('nearly a 40% rise').hedge, 'nearly');
    assert.equal(one('paid over a 37.5-hour week').hedge, 'exact');
  });

  it('a negation in another clause leaves the bound alone', () => {
    assert.equal(one('They did not stay because more than 50 people came').hedge, 'moreThan');
    assert.equal(one('Not everyone agreed, but over 60 staff signed').hedge, 'moreThan');
  });

  it('about: ± max(precision, 5 %)', () => {
    const q = one('about 30 km');
    assert.equal(q.hedge, 'approx');
    assert.equal(q.unitClass, 'length');
    near(q.low, 28.5);
    near(q.high, 31.5);
    const b = one('about 142 billion yuan');
    near(b.low, 142e9 - 7.1e9);
  });

  it('under / up to: [0, v]', () => {
    const q = one('under 50 people');
    assert.equal(q.hedge, 'lessThan');
    assert.deepEqual([q.low, q.high], [0, 50]);
    const m = one('up to 30 MW');
    assert.equal(m.hedge, 'atMost');
    assert.equal(m.role, 'level');
  });

  it('reads "past" after a verb of movement as a bound ("has gone past 200"), not "the past 12 months"', () => {
    assert.equal(one('The Press has gone past 200 titles.').hedge, 'moreThan');
    assert.equal(one('Over the past 12 months it grew.').hedge, 'exact');
  });

  it('reads "up to" after a verb of movement as a rise\'s end, not a bound ("went up to 24.3%")', () => {
    const rose = one('The gross margin went up to 24.3%.');
    assert.equal(rose.hedge, 'exact');
    assert.equal(rose.text, '24.3%');
    assert.equal(one('Fees may rise by up to 5%.').hedge, 'atMost');
  });

  it('ranges: between X and Y, X to Y, X-Y', () => {
    const cases: [string, number, number, string][] = [
      ['between 40 and 45 percent', 39.5, 45.5, 'between 40 and 45 percent'],
      ['40-45%', 39.5, 45.5, '40-45%'],
      ['40 to 45 percent', 39.5, 45.5, '40 to 45 percent'],
      ['$3-4 billion', 2.5e9, 4.5e9, '$3-4 billion'],
    ];
    for (const [text, low, high, mention] of cases) {
      const q = one(text);
      assert.equal(q.hedge, 'range', text);
      near(q.low, low);
      near(q.high, high);
      near(q.value, (low + high) / 2);
      spans(text, q, mention);
    }
  });

  it('"from X to Y" is two levels, not a range', () => {
    assert.equal(extractQuantities('rose from 40 to 45 percent').length, 2);
  });
});

describe('extractQuantities: units', () => {
  it('reads one unit of time in the singular as a duration ("for one week", "1 day"), but not "One day," opening a story', () => {
    const read = (text: string): string => {
      const q = one(text);
      return `${q.text}:${q.unitClass} ${q.value}`;
    };
    assert.equal(read('The offer runs for one week only.'), 'one week:duration 7');
    assert.equal(read('Trains stopped for 1 day.'), '1 day:duration 1');
    assert.equal(read('The report came one month later.'), 'one month:duration 30.4375');
    assert.equal(read('One day, the river rose.'), 'One:count 1');
    assert.equal(read('a 12 month contract'), '12:count 12', 'after other numbers the singular stays glue-only ("12-month")');
  });

  it('reads a fraction of one unit as that much of the unit ("a quarter of an hour", "half a day"), and a fraction of anything else as a share', () => {
    const read = (text: string): string => {
      const q = one(text);
      return `${q.text}:${q.unitClass} ${Math.round(q.value * 1e4) / 1e4}`;
    };
    assert.equal(read('handed over within a quarter of an hour'), 'a quarter of an hour:duration 0.0104');
    assert.equal(read('a wait of half an hour'), 'half an hour:duration 0.0208');
    assert.equal(read('lost half a day'), 'half a day:duration 0.5');
    assert.equal(read('a walk of half a mile'), 'half a mile:length 0.8047');
    assert.equal(read('a quarter of the budget'), 'a quarter:percent 25');
    assert.equal(read('an eighth of the land'), 'an eighth:percent 12.5');
  });

  it('reads a part of a span of time as the duration it is ("104 of those days"), and a count of skier days as a count', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unitClass} ${q.value}`);
    assert.deepEqual(read('Skiing was possible on 104 of those days.'), ['104:duration 104']);
    assert.deepEqual(read('We sold 148,000 skier days.'), ['148,000:count 148000']);
    assert.deepEqual(read('It ran down AMK 60 billion of the past 12 months.').slice(0, 1), ['60 billion:count 60000000000'], 'a period after "the past" is no whole');
  });

  it('reads a duration written in two units or more as one ("8 minutes 42 seconds", "1 hour and 20 minutes")', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${Math.round(q.value * 86400)}s`);
    assert.deepEqual(read('The mean was 8 minutes 42 seconds.'), ['8 minutes 42 seconds:522s']);
    assert.deepEqual(read('It took 1 hour and 20 minutes.'), ['1 hour and 20 minutes:4800s']);
    assert.deepEqual(read('It lasted 2 days 3 hours 10 minutes.'), ['2 days 3 hours 10 minutes:184200s']);
    assert.deepEqual(read('took 7 minutes 90 seconds'), ['7 minutes:420s', '90 seconds:90s'], 'a smaller part of a whole larger unit or more is another figure');
    assert.deepEqual(read('waits of 5 hours, 20 minutes'), ['5 hours:18000s', '20 minutes:1200s'], 'a comma parts two figures');
  });

  it('lets the last part of such a duration be cut short ("2 hours 14 minutes" for 2:14:30)', () => {
    const q = one('Calls averaged 2 hours 14 minutes.');
    const at = (h: number, m: number, s2: number): number => (h * 3600 + m * 60 + s2) / 86400;
    assert.ok(q.low <= at(2, 14, 30) && q.high >= at(2, 14, 30) && q.high < at(2, 15, 30), `${q.low} ${q.high}`);
  });

  const cases: [string, string, string, number, string][] = [
    ['30 km', 'length', 'km', 30, '30 km'],
    ['30 kilometers', 'length', 'km', 30, '30 kilometers'],
    ['30 kilometres', 'length', 'km', 30, '30 kilometres'],
    ['500 metres', 'length', 'km', 0.5, '500 metres'],
    ['the nearly 3,000-acre testing area', 'area', 'm2', 3000 * 4046.8564224, 'nearly 3,000-acre'],
    ['1,240 hectares', 'area', 'm2', 1240e4, '1,240 hectares'],
    ['12 square kilometers', 'area', 'm2', 12e6, '12 square kilometers'],
    ['800 square meters', 'area', 'm2', 800, '800 square meters'],
    ['2.3 million tonnes', 'mass', 'tonne', 2.3e6, '2.3 million tonnes'],
    ['43.5 million TEU', 'count', 'TEU', 43.5e6, '43.5 million TEU'],
    ['600 MW', 'power', 'MW', 600, '600 MW'],
    ['1.2 GW', 'power', 'MW', 1200, '1.2 GW'],
    ['a 30-kilometre line', 'length', 'km', 30, '30-kilometre'],
  ];
  for (const [text, unitClass, unit, value, mention] of cases) {
    it(`reads ${text}`, () => {
      const q = one(text);
      assert.equal(q.unitClass, unitClass);
      assert.equal(q.unit, unit);
      near(q.value, value);
      spans(text, q, mention);
    });
  }
});

describe('extractQuantities: years and periods', () => {
  it('reads years as quantities with their period phrase', () => {
    const t = 'In the first half of 2025, output reached 141.79 billion yuan.';
    const [year, money] = extractQuantities(t);
    assert.equal(year?.unitClass, 'year');
    assert.equal(year?.value, 2025);
    assert.deepEqual(money?.period, { half: 1, year: 2025, label: 'the first half of 2025' });
  });

  it('does not date a change\'s earlier end by the period of its later end before it ("214 titles in 2025-26, up from 198")', () => {
    const periodOf = (text: string, mention: string): string | undefined => extractQuantities(text).find((q) => q.text === mention)?.period?.label;
    assert.equal(periodOf('The Press published 214 new titles in 2025-26, up from 198.', '198'), undefined);
    assert.equal(periodOf('The Press published 214 new titles in 2025-26, up from 198.', '214'), 'in 2025');
    assert.equal(periodOf('The show ran in 2025 from 14 June to 20 July.', '14 June'), '2025', 'a day after "from" starts a span of the year');
  });

  it('does not date the numbers after an aside by a period phrase inside it ("The line, reopened in 1979, ran on 142 days")', () => {
    const periodOf = (text: string, mention: string): string | undefined => extractQuantities(text).find((q) => q.text === mention)?.period?.label;
    assert.equal(periodOf('The line, reopened by volunteers in 1979, ran on 142 days between 4 April and 1 November.', '142 days'), undefined);
    assert.equal(periodOf('Sales, which fell in 2024, rose 5% to £3m.', '5%'), undefined);
    assert.equal(periodOf('It carried 118,460 people, the most since volunteers reopened the line in 1991, says a report of 24 November.', '24 November'), undefined, 'a clause of time inside the aside');
    assert.equal(periodOf('In 2024, sales rose 5% to £3m.', '5%'), 'In 2024', 'a period that opens the sentence dates it');
    assert.equal(periodOf('Sales rose, in 2024, by 5% to £3m.', '5%'), 'in 2024', 'an aside of the period phrase alone dates what follows');
  });

  it('reads a financial year or season ("2024–25", "2024-25") as one year, named by its first, with no count of its second', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unitClass}:${q.value}`);
    assert.deepEqual(read('The failure rate was 17.7%, up from 12.4% in 2024-25.'), ['17.7%:percent:17.7', '12.4%:percent:12.4', '2024-25:year:2024']);
    assert.deepEqual(read('Attendance reached 118,450 in 2025–26.'), ['118,450:count:118450', '2025–26:year:2025']);
    assert.deepEqual(read('It ended 2024-26 on the day.'), ['2024:year:2024', '26:count:26'], 'a second part that is not the next year is no season');
  });

  it('gives a day no year from a season or financial year of its sentence, which spans two ("for 2025-26, … on 14 October")', () => {
    const day = (text: string): Quantity | undefined => extractQuantities(text).find((q) => q.unitClass === 'date');
    assert.equal(day("The council's report for 2025-26 went to the committee on 14 October.")?.period, undefined);
    assert.equal(day('In 2025 the report went to the committee on 14 October.')?.period?.year, 2025, 'a plain year dates it');
  });

  it('gives the earlier end of a comparison no period named before the later end ("38,500 days for 2026-27, up 9.4% from 35,200")', () => {
    const [days, , change, earlier] = extractQuantities('The region has 38,500 sitting days for 2026-27, up 9.4% from 35,200.');
    assert.equal(days?.period?.year, 2026);
    assert.equal(change?.period?.year, 2026);
    assert.equal(earlier?.text, '35,200');
    assert.equal(earlier?.period, undefined);
    assert.equal(extractQuantities('In 2025 it rose from 30 to 40.')[1]?.period?.year, 2025, 'a period before both ends dates both');
    assert.equal(extractQuantities('The rent rises 4.7% from 6 April 2027.')[1]?.period?.year, 2027, 'a date keeps its own year');
  });

  it('reads quarters, "by" targets and month-year', () => {
    const qs = extractQuantities('In Q1 2026 revenue was 5 billion yuan; by 2030 the line will carry 1.2 million passengers.');
    const money = qs.find((q) => q.unitClass === 'currency');
    const riders = qs.find((q) => q.unitClass === 'count');
    assert.equal(money?.period?.quarter, 1);
    assert.equal(money?.period?.year, 2026);
    assert.equal(riders?.period?.year, 2030);
    assert.equal(riders?.period?.label, 'by 2030');
    assert.equal(riders?.unit, 'passenger');
    const m = extractQuantities('In June 2025, sales hit 3,000 cars.').find((q) => q.unitClass === 'count');
    assert.deepEqual(m?.period, { month: 6, year: 2025, label: 'June 2025' });
  });

  it('reads a run of months that makes a quarter or half as that period, days and hyphens included', () => {
    const periodOf = (t: string): unknown => extractQuantities(t).find((q) => q.unitClass !== 'year' && q.unitClass !== 'date')?.period;
    assert.deepEqual(periodOf('From January to March 2026 it lost 16.8 GWh.'), { quarter: 1, year: 2026, label: 'January to March 2026' });
    assert.deepEqual(periodOf('| Oct–Dec 2025 | 13.2 |'), { quarter: 4, year: 2025, label: 'Oct–Dec 2025' });
    assert.deepEqual(periodOf('The cap for 1 January to 31 March 2027 is £1,642.'), { quarter: 1, year: 2027, label: '1 January to 31 March 2027' });
    assert.deepEqual(periodOf('The October-to-December quarter lost 13.2 GWh.'), { quarter: 4, label: 'October-to-December' });
    assert.deepEqual(periodOf('From July to December 2026 sales were £5m.'), { half: 2, year: 2026, label: 'July to December 2026' });
    // Not a whole quarter: from the 3rd, or two months.
    assert.equal((periodOf('From 3 January to 28 March 2026 sales were £5m.') as { quarter?: number }).quarter, undefined);
    assert.equal((periodOf('From May to June 2026 sales were £5m.') as { quarter?: number }).quarter, undefined);
  });

  it('gives a period after "and" to the item it opens, not the number before it', () => {
    const [oct, jan] = extractQuantities('October to December lost 13.2 GWh and January to March 18.6 GWh.');
    assert.equal(oct?.period?.quarter, 4);
    assert.equal(jan?.period?.quarter, 1);
    assert.equal(jan?.value, 18600);
  });

  it('reads no day of the month in a decimal after a month ("January to March 18.6 GWh")', () => {
    assert.deepEqual(
      extractQuantities('January to March 18.6 GWh, and then March 18, 2026.').map((q) => `${q.text}=${q.unitClass}`),
      ['18.6 GWh=power', 'March 18=date', '2026=year'],
    );
  });

  it('gives a bare number the unit of the measure it follows in a list ("21,480 tonnes collected, 10,360 recycled")', () => {
    const [, recycled] = extractQuantities('21,480 tonnes collected, 10,360 recycled (48.2%)');
    assert.equal(recycled?.unitClass, 'mass');
    assert.equal(recycled?.value, 10360);
    const [, spring] = extractQuantities('Winter lost 13.2 GWh and spring 16.8.');
    assert.equal(spring?.unit, 'MWh');
    assert.equal(spring?.value, 16800);
    const [, nephrops, plaice] = extractQuantities("North Farrow's quotas: cod 1,460 tonnes, nephrops 8,940, plaice 4,690.");
    assert.deepEqual([nephrops?.unit, plaice?.unit, plaice?.value], ['tonne', 'tonne', 4690], 'each item after the first passes the unit on');
    const [, summer, autumn] = extractQuantities('Winter lost 13.2 GWh, summer 16.8 and autumn 9.1.');
    assert.deepEqual([summer?.value, autumn?.value], [16800, 9100], 'in the written unit, not the canonical one');
    // Not across a clause, nor money or time.
    assert.equal(extractQuantities('It weighs 5 tonnes. 3 people lifted it.')[1]?.unitClass, 'count');
    assert.equal(extractQuantities('It cost £5m, 40 of them staff')[1]?.unitClass, 'count');
  });

  it('gives the far end of a change the unit of its near end ("from an average of 20 hours a week to 15")', () => {
    const [, near, far] = extractQuantities('The eight libraries go from an average of 20 hours a week to 15.');
    assert.equal(near?.unitClass, 'duration');
    assert.equal(far?.unitClass, 'duration');
    assert.equal(far?.value, (near?.value ?? 0) * 0.75);
    assert.equal(extractQuantities('It fell from 20C to 15 by noon.')[1]?.unit, 'C');
    // Without "from" the "to" may be anything: "takes 20 minutes to 3 stations".
    assert.equal(extractQuantities('It takes 20 minutes to 3 stations.')[1]?.unitClass, 'count');
  });

  it('keeps periods within their sentence', () => {
    const qs = extractQuantities('Sales rose 5 percent in 2024. Profit fell 3 percent.');
    assert.equal(qs[0]?.period?.year, 2024);
    assert.equal(qs[2]?.period, undefined);
  });

  it('reads dates and times as dates and times (never as counts) and skips identifiers', () => {
    const qs = extractQuantities('By Wang Yi 10:33, June 09, 2025. COVID-19 hit 5G phones and the G20.');
    assert.deepEqual(
      qs.map((q) => `${q.text}=${q.unitClass}`),
      ['10:33=time', 'June 09=date', '2025=year'],
    );
  });

  it('skips a phone number that opens on a dialling code, all its digit groups, but not a decimal or a time', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => q.text);
    assert.deepEqual(read('Ring me on 01632 960418 or 0800 123 4567 about the 12 lights.'), ['12']);
    assert.deepEqual(read('Call 020-7946-0958 before 5pm.'), ['5pm']);
    assert.deepEqual(read('Uptake was 0.5% at 05:30 among 2,000 people.'), ['0.5%', '05:30', '2,000']);
  });
});

describe('extractQuantities: a number before an acronym with a number of its own', () => {
  it('counts the noun after it ("96,340 COVID-19 vaccinations"), while the acronym\'s number is no count', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unit}`);
    assert.deepEqual(read('We had given 96,340 COVID-19 vaccinations, down from 104,710.'), ['96,340:vaccination', '104,710:vaccination']);
    assert.deepEqual(read('There were 12 COVID-19 deaths.'), ['12:death']);
    assert.deepEqual(read('The 737 MAX 9 was grounded.'), [], 'a bare number beside capitals is still part of a name');
  });
});

describe('extractQuantities: a bare number after a count or a measure', () => {
  it('counts what its part counts after "out of", whatever its size ("37 empty units out of 412")', () => {
    const units = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unit}`);
    assert.deepEqual(units('We have 37 empty units out of 412, a vacancy rate of 9.0%.'), ['37:unit', '412:unit', '9.0%:%']);
    assert.deepEqual(units('We have 37 empty units and 412 members.'), ['37:unit', '412:member']);
  });

  it('takes the measure\'s unit as the other side\'s figure ("612 metres to Dunmore\'s 478")', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unitClass}`);
    assert.deepEqual(read("They carried for 612 metres to Dunmore's 478."), ['612 metres:length', '478:length']);
    assert.deepEqual(read('They carried for 612 metres to 478 people.'), ['612 metres:length', '478:count']);
  });
});

describe('extractQuantities: role and direction', () => {
  const cases: [string, string, 'level' | 'change', 'up' | 'down' | undefined][] = [
    ['up 7 percent year on year', '7 percent', 'change', 'up'],
    ['a year-on-year increase of 7 percent', '7 percent', 'change', 'up'],
    ['7 percent year on year', '7 percent', 'change', undefined],
    ['rose from £96 to £104 a year on 1 April 2025', '£104', 'level', undefined],
    ['a decline of 2.1 percentage points', '2.1 percentage points', 'change', 'down'],
    ['a 3 percent drop in sales', '3 percent', 'change', 'down'],
    ['sales fell 3 percent', '3 percent', 'change', 'down'],
    ['making up 32.5 percent of the total', '32.5 percent', 'level', undefined],
    ['the front has pulled back 8.1 kilometres', '8.1 kilometres', 'change', 'down'],
    ['the ice front receded 2 kilometres', '2 kilometres', 'change', 'down'],
    ['it paid back £5m', '£5m', 'level', undefined],
    ['the projection for next fall is 14,860 students', '14,860', 'level', undefined],
    ['enrollment in the fall semester is 14,860 students', '14,860', 'level', undefined],
    ['sales saw a fall of 5 percent', '5 percent', 'change', 'down'],
    ['output of 65 billion yuan', '65 billion yuan', 'level', undefined],
    ['grew 7 percent to 65 billion yuan', '65 billion yuan', 'level', undefined],
    ['a 4% rise on the 310 tonnes it shipped', '310 tonnes', 'level', undefined],
    ['the decline from 52 shops', '52', 'level', undefined],
    ['hiring dropped for a fourth month, by 6 percent', '6 percent', 'change', 'down'],
    ['it rose, arguing that costs had lagged prices by 9 percent', '9 percent', 'level', undefined],
    ['the fall was steep at 8 percent', '8 percent', 'change', 'down'],
    ["Acme's growth was 4 percent and Bolt's 6.5 percent", '6.5 percent', 'change', 'up'],
    ["Acme's revenue was 4 million and Bolt's 6.5 million", '6.5 million', 'level', undefined],
    ["Annual growth in employees' average regular earnings (excluding bonuses) was 5.1%", '5.1%', 'change', 'up'],
    ['In 2025, the fall in claims in the 12 months to June was 12%', '12%', 'change', 'down'],
    ['The share of homes in the survey was 12%', '12%', 'level', undefined],
    ['After a rise in costs, the margin was 12%', '12%', 'level', undefined],
    ['The rise in prices meant that inflation was 5%', '5%', 'level', undefined],
    ['total pay grew only 4.6%', '4.6%', 'change', 'up'],
    ['Growth in pay was 5.1%, down from 5.5% in the previous period', '5.5%', 'change', undefined],
    ['Pay rose 3% to reach 41% of income, up from 39%', '39%', 'level', undefined],
    ['Service charges will rise by an average of 3.1%', '3.1%', 'change', 'up'],
    ['Service charges will rise by an average of 3.1%, against 6.5% last year', '6.5%', 'change', undefined],
    ['Fares fell by a further 2%', '2%', 'change', 'down'],
  ];
  for (const [text, mention, role, direction] of cases) {
    it(`${text} → ${role}${direction ? ` ${direction}` : ''}`, () => {
      const q = extractQuantities(text).find((x) => x.text === mention);
      assert.ok(q, `no ${mention} in ${text}`);
      assert.equal(q.role, role);
      assert.equal(q.direction, direction);
    });
  }
});

describe('extractQuantities: gaps and verbs of excess', () => {
  it('reads a number before "more than", "less than", "over its budget" or "under target" as a gap', () => {
    const read = (text: string): string[] => extractQuantities(text).filter((q) => q.unitClass !== 'year').map((q) => `${q.text} ${q.role}/${q.direction ?? ''}`);
    assert.deepEqual(read('It attended 164 wildfires, 67 more than in 2025.'), ['164 level/', '67 change/up']);
    assert.deepEqual(read('It cost £2m less than planned.'), ['£2m change/down']);
    assert.deepEqual(read('Line 6 cost $3.1 billion, some $400 million over its 2019 budget.'), ['$3.1 billion level/', 'some $400 million change/up']);
    assert.deepEqual(read('It came in £2m under target.'), ['£2m change/down']);
    assert.deepEqual(read('It spent $5m over the year.'), ['$5m level/'], '"over the year" is a time, not a base');
  });

  it('reads a number before a comparative that ends its phrase ("£4.9m more, taking it to …") or before "fewer" as a gap, and one before "more" and an adjective as a level', () => {
    const read = (text: string): string[] => extractQuantities(text).filter((q) => q.unitClass !== 'year').map((q) => `${q.text} ${q.role}/${q.direction ?? ''}`);
    assert.deepEqual(read('Adult social care gets £4.9m more, taking it to £148.9m.'), ['£4.9m change/up', '£148.9m level/']);
    assert.deepEqual(read('They had 4.8 fewer monthly migraine days.'), ['4.8 change/down']);
    assert.deepEqual(read('It pays £2m less in 2026.'), ['£2m change/down']);
    assert.deepEqual(read('It sold 12 more expensive models.'), ['12 level/']);
    assert.deepEqual(read('You do not find 8,000 more borrowers by locking the doors.'), ['8,000 change/up'], 'a plural noun after "more" is what there is more of');
    assert.deepEqual(read('It will fund four extra awards a year.'), ['four level/'], '"extra" things are as often new ones');
  });

  it('reads an amount "of" a substance after a verb of change as what the verb delivered, a level ("the storm dropped 164 mm of rain"), but not a part of a whole', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.role}/${q.direction ?? ''}`);
    assert.deepEqual(read('The storm dropped 164 millimetres of rain on the gauge.'), ['164 millimetres level/']);
    assert.deepEqual(read('The firm cut 300 of the jobs.'), ['300 change/down']);
    assert.deepEqual(read('Prices dropped 5% of their value.'), ['5% change/down']);
  });

  it('leaves a period that ends one item of a list to that item: the next item takes the period after it', () => {
    const periods = extractQuantities('It raised £22m: a £7m seed round in 2021, an £11m Series A in September 2024, and a £4m extension.')
      .filter((q) => q.unitClass === 'currency')
      .map((q) => `${q.text} ${q.period?.label ?? '-'}`);
    assert.deepEqual(periods.slice(0, 3), ['£22m -', '£7m in 2021', '£11m September 2024']);
  });

  it('reads a number before a comparative of length, time, age, speed, weight or size and "than" as a gap', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.role}/${q.direction ?? ''}`);
    assert.deepEqual(read('Cases took 412 days, which is 41 days longer than a year ago.'), ['412 days level/', '41 days change/up']);
    assert.deepEqual(read('The ferry left 20 minutes earlier than planned.'), ['20 minutes change/down']);
    assert.deepEqual(read('The new turbines stand 40 metres taller.'), ['40 metres level/']);
  });

  it('reads the next item of a list that shares a change\'s verb, named and nothing more, as a change the same way', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.role}/${q.direction ?? ''}`);
    assert.deepEqual(read('Southmoor grew 28% and Riverside 22%.'), ['28% change/up', '22% change/up']);
    assert.deepEqual(read('Kunshan fell 1.5 percent, Jiading 7 percent.'), ['1.5 percent change/down', '7 percent change/down']);
    assert.deepEqual(read('Southmoor grew 28% and now has a share of 22%.'), ['28% change/up', '22% level/']);
  });

  it('reads amounts coordinated with a change and nothing else, to the end of the list, as changes the same way', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.role}/${q.direction ?? ''}`);
    assert.deepEqual(read('Revenues and earnings increased by 19% and 38% respectively.'), ['19% change/up', '38% change/up']);
    assert.deepEqual(read('Sales fell by 5%, 6% and 7%.'), ['5% change/down', '6% change/down', '7% change/down']);
    assert.deepEqual(read('Sales rose 5%, and 12% of customers left.'), ['5% change/up', '12% level/']);
    assert.deepEqual(read('Sales rose 5% and 40% of staff left.'), ['5% change/up', '40% level/']);
  });

  it('reads "fell" after a modal or "to" as the verb to cut down, not a fall ("would fell 64 trees")', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.role}/${q.direction ?? ''}`);
    assert.deepEqual(read('The developer would fell 64 trees.'), ['64 level/']);
    assert.deepEqual(read('Sales fell 5%.'), ['5% change/down']);
  });

  it('reads a distance between standings ("15 behind", "four points clear of") as a gap that goes neither way', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.role} ${q.direction ?? '-'}`);
    assert.deepEqual(read('They finished on 69 points, 15 behind the champions and four points clear of Stainsby.'), ['69 level -', '15 change -', 'four change -']);
  });

  it('reads "tops", "topped", "exceeded" before a number as "more than", and "just short of" as "nearly"', () => {
    assert.equal(one('The budget tops £400m.').hedge, 'moreThan');
    assert.equal(one('Sales topped $1bn.').hedge, 'moreThan');
    assert.equal(one('Demand exceeded 900,000 units.').hedge, 'moreThan');
    assert.equal(one('The crowd was just short of 19,500.').hedge, 'nearly');
  });

  it('reads "well over" and "well under" as bounds, before a duration too ("wait well over four years")', () => {
    assert.equal(one('A family can expect to wait well over four years.').hedge, 'moreThan');
    assert.equal(one('Turnout was well under 40%.').hedge, 'lessThan');
  });

  it('reads "passed 400" as "more than 400", but not "passed" a number of things ("passed 12 resolutions")', () => {
    assert.equal(one('For the first time, membership has passed 400.').hedge, 'moreThan');
    assert.equal(one('Sales passed £1bn in May.').hedge, 'moreThan');
    assert.equal(one('Membership passed the 400 mark.').hedge, 'exact', 'an article between is read as no hedge');
    assert.deepEqual(extractQuantities('The council passed 12 resolutions.').map((q) => `${q.text} ${q.hedge}`), ['12 exact']);
    assert.deepEqual(extractQuantities('Runners passed 28 music points.').map((q) => `${q.text} ${q.hedge}`), ['28 exact']);
    // A round figure of a hundred or more is a milestone, whatever it counts.
    assert.equal(one('Fallowmere vets pass 48,000 patients').hedge, 'moreThan');
  });

  it('reads a bound written after the figure ("four or more bedrooms", "10% or less", "£1m or so"), and still finds what it counts', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.hedge} ${q.unit}`);
    assert.deepEqual(read('Only five homes had four or more bedrooms.'), ['five exact home', 'four or more atLeast bedroom']);
    assert.deepEqual(read('Residents aged 65 or over pay 10% or less.'), ['65 or over atLeast age', '10% or less atMost %'], 'an age bound counts years of age');
    assert.deepEqual(read('The repairs cost £1m or so.'), ['£1m or so approx GBP']);
    assert.deepEqual(read('It took 40 or fewer days.'), ['40 or fewer days atMost day']);
  });

  it('reads "about 150th" as an approximate place, and a place after a bound as no hedge', () => {
    const place = one('The club ranked about 150th in the country.');
    assert.deepEqual([place.text, place.hedge, place.low, place.high], ['about 150th', 'approx', 142.5, 157.5]);
    const exact = one('The club finished 3rd.');
    assert.deepEqual([exact.hedge, exact.low, exact.high], ['exact', 2.5, 3.5]);
  });

  it('does not let a number glued to its noun ("two-bedroom") lend that noun to the counts of its list', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.unit}`);
    assert.deepEqual(read('By size: 148 one-bedroom, 96 two-bedroom and 5 homes with four or more bedrooms.'), [
      '148 ',
      'one bedroom',
      '96 ',
      'two bedroom',
      '5 home',
      'four or more bedroom',
    ]);
  });
});

describe('extractQuantities: ranges with the unit on both ends', () => {
  it('reads "between 5% and 8%" and "10 km – 12 km" as one range, and leaves "from 5% to 8%", "rose 6% to 38%" and "5% to $8" as two numbers', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.hedge}`);
    assert.deepEqual(read('Prices will rise by between 5% and 8%.'), ['between 5% and 8% range']);
    assert.deepEqual(read('a stretch of 10 km – 12 km'), ['10 km – 12 km range']);
    assert.deepEqual(read('Its share rose 6 percent to 38 percent.'), ['6 percent exact', '38 percent exact']);
    assert.deepEqual(read('It went from 5% to 8%.'), ['5% exact', '8% exact']);
    assert.deepEqual(read('It rose 5% to $8.'), ['5% exact', '$8 exact']);
  });
});

describe('extractQuantities: periods after a number', () => {
  it('dates a number by a period phrase close after it, not by one the sentence reaches much later', () => {
    assert.equal(extractQuantities('Kunshan reported 65 billion yuan in the first half of 2025.')[0]?.period?.label, 'the first half of 2025');
    const centre = extractQuantities('A £12.4m diagnostic centre at Ridley, finished in May, is due to open in December 2026.')[0];
    assert.equal(centre?.text, '£12.4m');
    assert.equal(centre?.period, undefined);
  });
});

describe('extractQuantities: temperatures', () => {
  it('reads degrees, Celsius glued or spelled out, and Fahrenheit as its own unit', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.value} ${q.unitClass} ${q.unit}`);
    assert.deepEqual(read('Held to 1.5C, or 2 degrees Celsius at most.'), ['1.5C 1.5 temperature C', '2 degrees Celsius 2 temperature C']);
    assert.deepEqual(read('It was 35°C in the shade, or 95°F.'), ['35°C 35 temperature C', '95°F 95 temperature F']);
    assert.deepEqual(read('Vitamin C sales rose 5 percent.'), ['5 percent 5 percent %'], 'a letter C that follows no number is no unit');
  });
});

describe('extractQuantities: small physical units and speeds', () => {
  it('reads milligrams, grams, millimetres, centimetres, feet, millilitres, seconds and speeds in their class', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.unitClass} ${q.unit}`);
    assert.deepEqual(read('A dose of 140mg, or 0.14 grams.'), ['140mg mass tonne', '0.14 grams mass tonne']);
    assert.deepEqual(read('Rain of 46mm fell on a 6 ft wall and 30 cm of snow.'), ['46mm length km', '6 ft length km', '30 cm length km']);
    assert.deepEqual(read('Gusts of 38mph, or 61 km/h, for 10 seconds in a 250ml cup.'), ['38mph speed km/h', '61 km/h speed km/h', '10 seconds duration day', '250ml volume m3']);
    assert.equal(extractQuantities('38mph')[0]?.value.toFixed(1), '61.2', 'miles per hour in km/h');
    assert.ok(
      extractQuantities('The 5G network weighs 5 g.').every((q) => q.unitClass !== 'mass'),
      'a lone "g" is no unit, and "5G" is a name',
    );
  });
});

describe('extractQuantities: counts', () => {
  it('finds the counted noun behind modifiers', () => {
    assert.equal(one('26 national-level advanced manufacturing clusters').unit, 'cluster');
    assert.equal(one('over 6,000 relevant companies are serving').unit, 'company');
    assert.equal(one('nearly 70 typical road types').unit, 'type');
    assert.equal(one('over 80 AutoNation USA certified pre-owned stores').unit, 'store', 'six words of modifiers and names');
  });

  it('lends a count\'s noun to no larger figure after the colon it labels: "Pendrey, 4 shops: 2,290 (2,205)"', () => {
    assert.deepEqual(
      extractQuantities('Officers made 164 test purchases: 72 for vapes, 58 for alcohol.').map((q) => q.unit),
      ['purchase', 'purchase', 'purchase'],
    );
    assert.deepEqual(
      extractQuantities('- Pendrey, 4 shops: 2,290 (2,205)').map((q) => [q.value, q.unit]),
      [
        [4, 'shop'],
        [2290, ''],
        [2205, ''],
      ],
    );
  });

  it('lets an elided count inherit the previous counted noun in its sentence', () => {
    const qs = extractQuantities('Jiangsu has 13 clusters, Zhejiang has seven, Shanghai has five.');
    assert.deepEqual(
      qs.map((q) => [q.value, q.unit]),
      [
        [13, 'cluster'],
        [7, 'cluster'],
        [5, 'cluster'],
      ],
    );
  });

  it('leaves a number written in words inside a title or a name, but not one that opens a sentence', () => {
    assert.deepEqual(extractQuantities('| 27 | Ronald Meyrick, *Three Figures, Blue* (1963) | £4.86m |').map((q) => q.text), ['27', '1963', '£4.86m']);
    assert.deepEqual(extractQuantities('We stayed at the Four Seasons hotel for two nights.').map((q) => q.text), ['two']);
    assert.deepEqual(extractQuantities('Three Figures sold well. He said: Two Thousand people came.').map((q) => q.text), ['Three', 'Two Thousand']);
  });

  it('gives a bare number compared with a measure that measure, unless the number has a scale word the measure lacks', () => {
    const units = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unitClass}/${q.unit}`);
    assert.deepEqual(units('The series averaged 5.93 million over 11 weeks, up from 5.41 million.'), ['5.93 million:count/', 'over 11 weeks:duration/day', '5.41 million:count/']);
    assert.deepEqual(units('Sales were $2.9 million, up from 2.6 million.'), ['$2.9 million:currency/USD', '2.6 million:currency/USD']);
    assert.deepEqual(units('It fell to 12 days from 19.'), ['12 days:duration/day', '19:duration/day']);
    assert.deepEqual(units('Complaints fell to 388 in the last six months against 655.'), ['388:count/', 'six months:duration/day', '655:count/'], 'a span of time that dates the figures measures none of them');
  });

  it('gives the earlier value after a level\'s change in percent the level\'s measure ("41,000 m³, down 29.9% from 58,500")', () => {
    const units = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unitClass}/${q.unit}`);
    assert.deepEqual(units('Irrigation used 41,000 cubic metres of water, down 29.9% from 58,500.'), ['41,000 cubic metres:volume/m3', '29.9%:percent/%', '58,500:volume/m3']);
    assert.deepEqual(units('Fees were £41,000, up by 8% from 38,000.'), ['£41,000:currency/GBP', '8%:percent/%', '38,000:currency/GBP']);
    assert.deepEqual(units('Fees were £41,000 and staff fell 8% from 38,000.'), ['£41,000:currency/GBP', '8%:percent/%', '38,000:count/']);
  });

  it('reads a percentage after ", or" that follows a change as that change restated, in its direction', () => {
    const roles = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.role}${q.direction === undefined ? '' : `/${q.direction}`}`);
    assert.deepEqual(roles('Electric registrations rose by more than 8,200, or 28.7%.'), ['more than 8,200:change/up', '28.7%:change/up']);
    assert.deepEqual(roles('Revenue fell £5m, or 12%, to £40m.'), ['£5m:change/down', '12%:change/down', '£40m:level']);
    assert.deepEqual(roles('Sales rose 12% to £40m, or 3% of the market.'), ['12%:change/up', '£40m:level', '3%:level']);
  });

  it('does not let a count of another size inherit a list\'s counted noun ("212,400 from 96 calls, against 171,900")', () => {
    assert.deepEqual(extractQuantities('Cruise passengers reached 212,400 from 96 calls, against 171,900 from 81 calls a year earlier.').map((q) => q.unit), ['', 'call', '', 'call']);
  });

  it('does not let a count named by a noun and "of" inherit, unless the noun says how much ("a total of", "a target of")', () => {
    assert.deepEqual(
      extractQuantities('Holmbridge won with 84 points, and its average home crowd of about 8,900 was the best.').map((q) => q.unit),
      ['point', '', 'best'],
    );
    assert.deepEqual(extractQuantities('They scored 79 goals, a total of 84.').map((q) => q.unit), ['goal', 'goal']);
    assert.deepEqual(extractQuantities('It enrolled 6,940 new undergraduates, short of its target of 7,200.').map((q) => q.unit), ['undergraduate', 'undergraduate']);
  });
});

describe('extractQuantities: compounds, comparisons and names', () => {
  it('counts the word a hyphenated compound is glued to', () => {
    assert.equal(one('The 148-page report is online.').unit, 'page');
    assert.equal(one('a 12-storey tower').unit, 'storey');
  });

  it('gives a bare number compared with the level before it that level’s unit and scale', () => {
    const wait = extractQuantities('The average wait has fallen to 12 days from 19 in 2021.');
    assert.deepEqual(
      wait.filter((q) => q.unitClass !== 'year').map((q) => [q.unitClass, q.value]),
      [
        ['duration', 12],
        ['duration', 19],
      ],
    );
    const revenue = extractQuantities('Revenue was $2.9 million, up from 2.6.');
    assert.deepEqual(
      revenue.map((q) => [q.unit, q.value]),
      [
        ['USD', 2.9e6],
        ['USD', 2.6e6],
      ],
    );
    const season = (text: string): string[] => extractQuantities(text).filter((q) => q.unitClass !== 'year').map((q) => `${q.text}: ${q.unitClass}`);
    assert.deepEqual(season('The season lasted 141 days, against roughly 110 in the 1990s.'), ['141 days: duration', 'roughly 110: duration'], 'a hedge after the comparison');
    assert.deepEqual(season('It lasted 141 days, compared with 110.'), ['141 days: duration', '110: duration']);
    assert.deepEqual(season('It cost $5m with 4 staff.'), ['$5m: currency', '4: count'], '"with" alone compares nothing');
  });

  it('gives the near day of a span of days the year of the far day ("from 22 February to 2 May 2027")', () => {
    const years = (text: string): string[] => extractQuantities(text).filter((q) => q.unitClass === 'date').map((q) => `${q.text}:${q.period?.year ?? '-'}`);
    assert.deepEqual(years('The house closes from 22 February to 2 May 2027.'), ['22 February:2027', '2 May:2027']);
    assert.deepEqual(years('It opened on 22 February and closed on 2 May 2027.'), ['22 February:-', '2 May:2027'], 'two days that are no span keep their own');
  });

  it('reads "points" as percentage points in a sentence about a rate or share, and as a count elsewhere', () => {
    const units = (text: string): string[] => extractQuantities(text).map((q) => `${q.text}:${q.unitClass}`);
    assert.deepEqual(units('The rate is up 1.1 points on the year.'), ['1.1:percentagePoints']);
    assert.deepEqual(units('Its market share fell 2 points to 31%.'), ['2:percentagePoints', '31%:percent']);
    assert.deepEqual(units('The team scored 31 points.'), ['31:count']);
  });

  it('gives a bare number the measure of the level it repeats a rate word after ("every 10 minutes to every 12") or replaces ("instead of every 10")', () => {
    const season = (text: string): string[] => extractQuantities(text).filter((q) => q.unitClass !== 'year').map((q) => `${q.text}: ${q.unitClass}`);
    assert.deepEqual(season('The route goes from every 10 minutes to every 12.'), ['10 minutes: duration', '12: duration']);
    assert.deepEqual(season('It will run every 15 minutes in the daytime instead of every 10.'), ['15 minutes: duration', '10: duration']);
    assert.deepEqual(season('She spent 23 days in dry dock this autumn rather than the planned nine.'), ['23 days: duration', 'nine: duration']);
    assert.deepEqual(season('She spent 23 days in dry dock, and 4 crew left instead of the usual many.'), ['23 days: duration', '4: count'], 'a number of its own between');
    assert.deepEqual(season('It spent 23 days in dry dock, a long and costly refit for a ship of its age, instead of 9.'), ['23 days: duration', '9: count'], 'too far away');
  });

  it('does not carry a change’s unit to the level it reaches, nor a unit to a year', () => {
    const qs = extractQuantities('Visits rose 7 percent to about 210,000, up from 2019.');
    assert.deepEqual(
      qs.map((q) => q.unitClass),
      ['percent', 'count', 'year'],
    );
  });

  it('reads an amount after a possessive name or before a unit, but not a name with a number', () => {
    assert.equal(one("Bolt's 6 percent rise").value, 6);
    assert.equal(one('Bolt 6 percent rise').value, 6);
    assert.equal(extractQuantities('Line 6 opened in September.').length, 0);
  });

  it('reads TEU spelt out and ends a ranked noun at a preposition', () => {
    assert.equal(one('It handled 4.86 million twenty-foot equivalent units last year.').unit, 'TEU');
    assert.equal(one('It was the second increase since then.').unit, 'increase');
  });

  it('reads "over five years" after a verb as a span, and "for over five years" as more than five', () => {
    assert.equal(extractQuantities('a plan worth $4.5 billion over five years')[1]?.hedge, 'exact');
    assert.equal(one('She worked there for over five years.').hedge, 'moreThan');
  });
});

describe('extractQuantities: whose period a phrase is', () => {
  const periods = (text: string): [string, string | undefined][] => extractQuantities(text).filter((q) => q.unitClass !== 'year').map((q) => [q.text, q.period?.label]);

  it('a period phrase right after a number dates that number alone', () => {
    assert.deepEqual(periods('Coverage fell to 84.3 percent in 2024, from 89.1 percent in 2019, well below the 95 percent the WHO recommends.'), [
      ['84.3 percent', 'in 2024'],
      ['89.1 percent', 'in 2019'],
      ['95 percent', undefined],
    ]);
  });

  it('the period a comparison is made with dates no number before it, only one after it', () => {
    assert.deepEqual(periods('Picking started on Tuesday 1 September, a week earlier than in 2025, when it began on 8 September.'), [
      ['1 September', undefined],
      ['8 September', '2025'],
    ]);
    assert.deepEqual(periods('The contour is still smaller than in 2019, when it covered 44.2 sq km.'), [['44.2 sq km', 'in 2019']]);
  });

  it('a hedge before a date leads to no count: "between 1 March 2025 and …" is two dates and their years', () => {
    assert.deepEqual(periods('It was sold between 1 March 2025 and 30 September 2026 in shops.'), [
      ['1 March', '2025'],
      ['30 September', '2026'],
    ]);
  });

  it('the two ends of a span of time date no number with one of their months; a date keeps its own end\'s year', () => {
    assert.deepEqual(periods('It drew 268,000 people between June 2025 and January 2026, a record.'), [['268,000', undefined]]);
    assert.deepEqual(periods('The show, which ran from 14 June 2025 to 11 January 2026, drew 286,000 visitors.'), [
      ['14 June', '2025'],
      ['11 January', '2026'],
      ['286,000', undefined],
    ]);
    assert.deepEqual(periods('Sales were 5,000 in June 2025 and 6,000 in January 2026.'), [
      ['5,000', 'June 2025'],
      ['6,000', 'January 2026'],
    ]);
  });

  it('a sentence-opening period still dates every number after it', () => {
    assert.deepEqual(periods('In the first half of 2025, Jiading reported 141.79 billion yuan (US$19.9 billion), up 7 percent.').map(([, p]) => p), [
      'the first half of 2025',
      'the first half of 2025',
      'the first half of 2025',
    ]);
  });

  it('a number dated relative to the writer ("last year", "a year earlier") takes no other period', () => {
    assert.deepEqual(periods('In 2024 it had 31 percent, up from 27 percent a year earlier.'), [
      ['31 percent', 'In 2024'],
      ['27 percent', undefined],
    ]);
    assert.deepEqual(periods('Uptake slipped from 89.1% in 2019 to 83.4% last year.'), [
      ['89.1%', 'in 2019'],
      ['83.4%', undefined],
    ]);
  });
});

describe('extractQuantities: signed numbers', () => {
  it('reads a plus sign as a rise and a minus on a percentage as a fall, but not a minus on other units', () => {
    assert.deepEqual(
      extractQuantities('Passengers , 14.2 million , +19% ; margin -3% ; +12 stations ; -5 degrees').map((q) => [q.text, q.role, q.direction]),
      [
        ['14.2 million', 'level', undefined],
        ['19%', 'change', 'up'],
        ['3%', 'change', 'down'],
        ['12', 'change', 'up'],
        ['5 degrees', 'level', undefined],
      ],
    );
  });
});

describe('extractQuantities: numbers inside names', () => {
  it('reads a whole number after a noun that names one of a series as no count ("issue 31", "section 106")', () => {
    assert.deepEqual(extractQuantities('In issue 31, see section 106 on page 12: the council got 31 objections.').map((q) => q.text), ['31']);
    assert.equal(extractQuantities('The magazine has printed 31 issues.')[0]?.unit, 'issue');
  });

  it('reads a number beside a word in capitals as part of a name, not a count', () => {
    assert.deepEqual(
      extractQuantities('Boeing will accelerate 12 737 MAX 9 aircraft deliveries as COVID 19 cases fall by 5%.').map((q) => q.text),
      ['12', '5%'],
    );
  });

  it('reads a number before a word in capitals that qualifies a common noun as a count of that noun', () => {
    const read = (text: string): string[] => extractQuantities(text).map((q) => `${q.text} ${q.unit}`);
    assert.deepEqual(read('The tariff fell to 134 UCAS points, and 40 NHS trusts and 12 EU states agreed.'), ['134 point', '40 trust', '12 state']);
    assert.deepEqual(read('He named 3 CEOS.'), [], 'a word in capitals that ends the phrase is still a name');
  });

  it('still reads currency codes and units written in capitals', () => {
    assert.deepEqual(
      extractQuantities('It cost USD 5 million and moved 40 TEU.').map((q) => q.unitClass),
      ['currency', 'count'],
    );
  });
});
