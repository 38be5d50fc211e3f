import assert from 'node:assert/strict';
import { amountKinds } from '../../../src/core/check/amountKind';
import { combinedWithDraft, derivable, gapOfRestatedComparison, ratioInDraft, restOfRestatedWhole, totalOfRestatedBreakdown, workedOutInDraft } from '../../../src/core/check/derived';
import type { Quantity } from '../../../src/core/model';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { assessDraft } from '../../../src/core/check/checkDraft';
import { indexOf } from './helpers';

/** The quantities of `text`, in order. */
const all = (text: string): Quantity[] => extractQuantities(text);
/** The first quantity of `text`. */
const one = (text: string): Quantity => all(text)[0] as Quantity;

/** Whether `draft`'s first number is worked out from the source sentence's `rival`-th number (0-based) and the others. */
function worked(draft: string, source: string, rival: number): boolean {
  const numbers = all(source);
  const r = numbers[rival] as Quantity;
  return derivable(one(draft), r, numbers.filter((q) => q !== r));
}

describe('derived figures: what a writer works out from a source sentence', () => {
  const deficit = 'The trust recorded a deficit of £14.2 million, against a planned deficit of £9.5 million.';
  const waits = 'The waiting list stood at 71,380, down from 78,950 a year earlier.';

  it('a change in percent or in points between two levels of one unit', () => {
    assert.equal(worked('a fall of almost 10%', waits, 0), true);
    assert.equal(worked('down 9.6%', waits, 0), true);
    assert.equal(worked('a rise of 21.2 percentage points', 'Their share rose from 14.2% to 35.4%.', 0), true);
    const fires = all('The service attended 164 wildfires, compared with 97 in the same period of 2025.');
    const gap = all('It has attended 164 wildfires this year, 67 more than in 2025.')[1] as Quantity;
    assert.equal(derivable(gap, fires[0] as Quantity, fires.slice(1)), true, 'a gap in the levels\' own unit');
  });

  it('for a figure marked as rounded, its gap from the rival, or a percentage\'s rest of the whole', () => {
    assert.equal(worked('about £5m', deficit, 1), true);
    assert.equal(worked('around 60%', 'There was maybe 40% of the normal amount of snow.', 0), true);
  });

  it('not an unrounded gap, a gap between two numbers beside the rival, a sum, or the rival\'s value in another direction', () => {
    assert.equal(worked('£5m', deficit, 1), false, 'a gap the writer did not mark as rounded');
    assert.equal(worked('about £13,000', 'He was awarded £31,200 for lost earnings, £27,500 for injury to feelings and £14,000 for his pension.', 0), false);
    assert.equal(worked('about £23.7m', deficit, 1), false, 'a sum');
    assert.equal(worked('fell 17%', 'Earnings per share were $0.34, up 17% from $0.29.', 1), false);
    assert.equal(worked('up 12%', waits, 0), false, 'a change the levels do not give');
  });
});

describe('the total of a breakdown the draft restates', () => {
  const rounds = 'A seed round of £7m in 2021, an £11m Series A in September 2024, and a £4m extension this year.';
  /** Whether the draft sentence's first number is the total of the source sentence's amounts, which the draft lists beside it. */
  const total = (draft: string): boolean => {
    const [mention, ...siblings] = all(draft);
    const [rival, ...beside] = all(rounds).filter((q) => q.unitClass !== 'year');
    return totalOfRestatedBreakdown(mention as Quantity, siblings, rival as Quantity, beside);
  };

  it('is worked out when the draft lists every item and they add up to it', () => {
    assert.ok(total('Loomwell has raised £22m: a £7m seed round, an £11m Series A and a £4m extension.'));
  });

  it('is not when they do not add up, or when the draft leaves an item out', () => {
    assert.ok(!total('Loomwell has raised £25m: a £7m seed round, an £11m Series A and a £4m extension.'));
    assert.ok(!total('Loomwell has raised £18m: a £7m seed round and an £11m Series A.'));
  });

  it('is never a bound, nor made of bounds: they hold of too many sums', () => {
    const [mention, ...siblings] = all('It raised its outlook from at least $7 per share to approximately $7.50 per share.');
    const [rival, ...beside] = all('It raised its outlook from at least $6 per share to approximately $7.50 per share.');
    assert.ok(!totalOfRestatedBreakdown(mention as Quantity, siblings, rival as Quantity, beside));
  });
});

describe('the rest of a whole the draft restates', () => {
  /** Whether the draft's number `mention` is the rest of a whole in `source` once the source's number `part` is taken away. */
  const rest = (draft: string, mention: string, source: string, part: string): boolean => {
    const numbers = all(draft);
    const sourceNumbers = all(source);
    const rival = sourceNumbers.find((q) => q.text === part) as Quantity;
    return restOfRestatedWhole(numbers.find((q) => q.text === mention) as Quantity, numbers, rival, sourceNumbers.filter((q) => q !== rival));
  };
  const repairs = 'Repairs cost £1.34 million, of which insurance covered £900,000.';

  it('is worked out when the draft states the whole and the rest matches to its last digit', () => {
    assert.ok(rest('£1.34m to repair, of which £440,000 was not covered by insurance', '£440,000', repairs, '£900,000'));
  });

  it('is worked out from a whole and a part of a short source row, whichever of its numbers is the rival', () => {
    const row = 'Larchway has 96 plots, 88 let and 74 people waiting.';
    assert.ok(rest('At Larchway, where 8 of the 96 plots are empty, the wait is long.', '8', row, '74'));
    assert.ok(!rest('At Larchway, where 9 of the 96 plots are empty, the wait is long.', '9', row, '74'));
  });

  it('is not when the rest is wrong, the draft names no whole, or the whole is split in more than two', () => {
    assert.ok(!rest('£1.34m to repair, of which £404,000 was not covered by insurance', '£404,000', repairs, '£900,000'));
    assert.ok(!rest('£440,000 was not covered by insurance', '£440,000', repairs, '£900,000'));
    const purchases = '164 test purchases were made: 72 for vapes, 58 for alcohol, 21 for knives and 13 for fireworks.';
    assert.ok(!rest('Of 164 test purchases, 92 resulted in a sale.', '92', purchases, '72'));
  });
});

describe('a figure the draft works out from its own numbers', () => {
  /**
   * Whether the number `mention` of `draft` (in its last sentence) is worked out from the draft's other numbers, where the
   * sentence names the working (`namesWorking`) or not.
   */
  const workedOut = (draft: string, mention: string, namesWorking = false): boolean => {
    const lastSentence = draft.lastIndexOf('. ', draft.indexOf(mention)) + 1;
    const numbers = all(draft);
    const earlier = numbers.filter((q) => q.span.start < lastSentence);
    return workedOutInDraft(numbers.find((q) => q.text === mention) as Quantity, earlier, numbers.filter((q) => !earlier.includes(q)), namesWorking);
  };

  it('is the exact difference or sum of two numbers the draft states', () => {
    assert.ok(workedOut('The number of people complaining rose to 1,106. Just 10 people made most complaints, and the other 1,096 complainants made the rest.', '1,096'));
    assert.ok(workedOut('They lodged 3,980 of the 7,412 complaints; the other 3,432 came from everyone else.', '3,432'));
  });

  it('is not a near miss at the mention\'s last digit, nor a figure less a number too small to matter', () => {
    assert.ok(!workedOut('It made £4.68m, another fetched £3.21m, more than twice her previous best of £1.5m.', '£3.21m'));
    assert.ok(!workedOut('Loans outstanding reached £13.9 million. It lent £13.9 million, about £2,200 each.', '£13.9 million'));
    assert.ok(!workedOut('About 60 people came; 12 left and 48 stayed.', '48'), 'two significant digits match by chance');
  });

  it('is the sum of a run of three or more numbers the draft lists', () => {
    assert.ok(workedOut("Volunteers: the railway's 438, the trail's 163 rangers and the shop's 47 make 648 people giving their time.", '648'));
    assert.ok(!workedOut("Volunteers: the railway's 438, the trail's 163 rangers and the shop's 47 make 684 people giving their time.", '684'));
  });

  it('is, in a sentence that names the working, any sum or difference of two of its exact numbers, rounded too', () => {
    assert.ok(workedOut("Sixty: the vineyard's 14 permanent staff plus the rink's 46 staff.", 'Sixty', true));
    assert.ok(!workedOut("Sixty: the vineyard's 14 permanent staff plus the rink's 46 staff.", 'Sixty'), 'one significant digit matches by chance');
    assert.ok(!workedOut("Sixty-two: the vineyard's 14 permanent staff plus the rink's 46 staff.", 'Sixty-two', true));
    assert.ok(workedOut("Nearly £3.1 million: the co-op's £612,000 income and the rink's £2.46 million, added together.", 'Nearly £3.1 million', true));
    assert.ok(!workedOut("Nearly £3.5 million: the co-op's £612,000 income and the rink's £2.46 million, added together.", 'Nearly £3.5 million', true));
  });

  it('is a two-digit gap between two exact three-digit numbers of its own sentence, not of an earlier one', () => {
    assert.ok(workedOut('Lanterns have cost £286 each against £312 in the budget, a saving of £26 a lantern.', '£26'));
    assert.ok(!workedOut('Lanterns have cost £286 each against £312 in the budget. Each saved £26 in power.', '£26'));
  });
});

/**
 * Whether the number `mention` of the last sentence of `draft` is a ratio the draft works out from the numbers of that
 * sentence and of the sentences before it (one paragraph).
 */
function ratio(draft: string, mention: string): boolean {
  const sentences = draft.split(/(?<=\.) /u);
  const last = sentences.pop() as string;
  const sentence = all(last);
  const at = sentence.findIndex((q) => q.text === mention);
  assert.ok(at >= 0, `no ${mention} in ${last}`);
  const per = amountKinds(last, sentence)[at]?.per ?? '';
  return ratioInDraft(sentence[at] as Quantity, per, sentence, sentences.flatMap(all));
}

describe('a ratio the draft works out from the numbers around it', () => {
  it('is a rounded amount shared out over a count of other things ("nearly 2,000 tests a centre")', () => {
    assert.ok(ratio("The region's 11 test centres conducted 21,460 tests. That works out at nearly 2,000 tests a centre.", 'nearly 2,000'));
    assert.ok(ratio('The scheme cost £9.8m for 640 homes, about £15,300 a home.', 'about £15,300'));
  });

  it('is a rounded rate times a count ("1,290 candidates … at £62 a test, about £80,000")', () => {
    assert.ok(ratio('1,290 candidates failed to attend. At £62 a test, that is about £80,000 of tests wasted.', 'about £80,000'));
    assert.ok(ratio('It needs eight vehicles at about £95,000 each, roughly £760,000 in all.', 'roughly £760,000'));
  });

  it('is a rate per the very thing a number counts, even a few of them ("£60,000 over three years, or £20,000 a year")', () => {
    assert.ok(ratio('The parish council is giving £60,000 over three years, or £20,000 a year.', '£20,000'));
    assert.ok(ratio('That is 766 more households in twelve months, or more than 60 a month.', 'more than 60'));
    assert.ok(ratio('The mart sold 148,620 head of livestock over 112 sale days, an average of about 1,330 head a sale day.', 'about 1,330'));
    assert.ok(!ratio('The parish council is giving £60,000 over three years, or £30,000 a year.', '£30,000'));
    assert.ok(!ratio('That is 766 more households in twelve months, or more than 80 a month.', 'more than 80'));
  });

  it('is a part of an amount its sentence gives as a percentage of it, or what a change in percent makes of it', () => {
    assert.ok(ratio('The aim is 7,000 standards, and a quarter of them, 1,750 trees, will go to the moor.', '1,750'));
    assert.ok(ratio('The hall spent £9,640 on energy. The heat pump should cut it by about 60%, which would bring it down to roughly £3,860 a year.', 'roughly £3,860'));
    assert.ok(ratio('The rent was £1,040 and will be £1,102 from April, a rise of nearly 6%.', '£1,102'));
    assert.ok(!ratio('The aim is 7,000 standards, and a quarter of them, 1,570 trees, will go to the moor.', '1,570'));
    assert.ok(!ratio('The hall spent £9,640 on energy. The heat pump should cut it by about 60%, which would bring it down to roughly £5,780 a year.', 'roughly £5,780'));
  });

  it('is not a part of two significant digits, a range, nor a bound far from what the numbers give: those match by chance', () => {
    assert.ok(!ratio('Of the 121 stallholders, about 70% came back, and 85 sold out by noon.', '85'));
    assert.ok(!ratio('Sales will be $1.56bn to $5.19bn, after $1.29bn last year, up 32%.', '$1.56bn to $5.19bn'));
    assert.ok(!ratio('Only 23.4% of seats were sold, so more than 50% are empty.', 'more than 50%'));
  });

  it('is not a figure the writer gives as exact, nor a wrong one', () => {
    assert.ok(!ratio("The region's 11 test centres conducted 21,460 tests, or 1,951 tests a centre.", '1,951'));
    assert.ok(!ratio('1,290 candidates failed to attend. At £62 a test, that is about £60,000 of tests wasted.', 'about £60,000'));
  });

  it('is not an amount shared over a few items of a list, nor a small count: those match by chance', () => {
    assert.ok(!ratio('Its six recommendations include a £350,000 programme, and eight vehicles at about £59,000 each.', 'about £59,000'));
    assert.ok(!ratio('The 12 centres ran 36 sessions, about three a centre.', 'about three'));
  });

  it('is an exact bill: a count of its sentence at a price the draft states ("two adults will pay £48" at £24)', () => {
    assert.ok(ratio('Next year the council wants £24 on the gate and £20 in advance, so two adults will pay £48, or £40 if we are organised.', '£48'));
    assert.ok(ratio('Next year the council wants £24 on the gate and £20 in advance, so two adults will pay £48, or £40 if we are organised.', '£40'));
    assert.ok(ratio("Brennard's Garage have signed on for two more seasons at £1,500 a season, £3,000 in all.", '£3,000'));
    assert.ok(ratio('Adult tickets are £24 on the gate. Two adults will pay £48.', '£48'));
    assert.ok(!ratio('Next year the council wants £24 on the gate and £20 in advance, so two adults will pay £46, or £40 if we are organised.', '£46'));
    assert.ok(!ratio("Brennard's Garage have signed on for two more seasons at £1,500 a season, £4,000 in all.", '£4,000'));
  });

  it('is an exact bill of two prices and two counts, to three significant digits or more ("two adults and three children pays £85.75")', () => {
    assert.ok(ratio('Tickets are £21.50 for adults and £14.25 for children. A family of two adults and three children pays £85.75.', '£85.75'));
    assert.ok(!ratio('Tickets are £21.50 for adults and £14.25 for children. A family of two adults and three children pays £87.55.', '£87.55'));
    assert.ok(!ratio('Tickets are £20 for adults and £5 for children. A family of two adults and three children pays £55.', '£55'));
  });

  it('is no bill from an earlier sentence\'s price when the figure has a single significant digit: "£3" is a product of too much', () => {
    assert.ok(!ratio('Tickets are £1.50 each. Two of us paid £3 in all.', '£3'));
    assert.ok(ratio('Tickets are £1.50 each, so two of us paid £3 in all.', '£3'));
  });

  it('is one amount as a percentage of another ("187 of them, or 60%", "22,300 of the 31,640 lights, about seven in ten")', () => {
    assert.ok(ratio('The council felled 312 of its own trees, 187 of them, or 60%, because of ash dieback.', '60%'));
    assert.ok(ratio('Parish registers: 212 of 263 collections done, about four in five.', 'about four in five'));
    assert.ok(ratio('By October 31,640 lights had been converted. 22,300 of the converted lights, about seven in ten, are dimmed at night.', 'about seven in ten'));
    assert.ok(ratio('Fundraising of £176,420 covers about two-fifths of the £438,000 it costs to run the station.', 'about two-fifths'));
  });

  it('is the rest of a share of its sentence, when marked as rounded ("23.4% full: more than three seats in four empty")', () => {
    assert.ok(ratio('Average occupancy rose to 23.4%, which still means more than three seats in four are empty.', 'more than three seats in four'));
    assert.ok(!ratio('Average occupancy rose to 23.4%, which still means 76% of seats are empty.', '76%'));
  });

  it('is not a percentage the amounts do not give, nor a share whose part follows it', () => {
    assert.ok(!ratio('The council felled 312 of its own trees, 187 of them, or 70%, because of ash dieback.', '70%'));
    assert.ok(!ratio('Some 60% of the 312 trees were felled.', 'Some 60%'));
    assert.ok(!ratio('Stannard Park planted 690 trees. Fennick Hill: 760 (460), 91% survived.', '91%'));
  });
});

describe('a source number the draft combines with a number of its own sentence', () => {
  /** Whether the number `mention` of `draft` is a number of the one-sentence `source` combined with another of `draft`. */
  const combined = (draft: string, mention: string, source: string): boolean => {
    const numbers = all(draft);
    return combinedWithDraft(numbers.find((q) => q.text === mention) as Quantity, all(source), numbers);
  };
  const garden = 'The garden made a surplus of £130,000, after a deficit of £85,000 the year before.';

  it('is their exact sum or gap ("a surplus of £130,000, a turnaround of £215,000" on a deficit of £85,000)', () => {
    assert.ok(combined('The garden made a surplus of £130,000, a turnaround of £215,000 on the previous year.', '£215,000', garden));
    assert.ok(combined('We were two of the visitors on the busiest day, with 6,183 other people.', '6,183', 'The busiest day drew 6,185 visitors.'));
    assert.ok(!combined('The garden made a surplus of £130,000, a turnaround of £251,000 on the previous year.', '£251,000', garden));
  });

  it('is the source number times a count the draft gives ("two adult tickets cost £29.50")', () => {
    assert.ok(combined('Two adult tickets cost £29.50 this summer.', '£29.50', 'An adult ticket costs £14.75.'));
    assert.ok(!combined('Two adult tickets cost £28.50 this summer.', '£28.50', 'An adult ticket costs £14.75.'));
  });

  it('is not a sum rounded to the last digit, a sum of two-digit numbers, nor the source number doubled', () => {
    assert.ok(!combined('Adjusted earnings were $127.1 million on net sales of $1.67 billion.', '$1.67 billion', 'Net sales were $1.80 billion.'));
    assert.ok(!combined('Zhejiang has 7 clusters and Shanghai 12.', '12', 'Jiangsu has 13, Zhejiang 7 and Shanghai 5.'));
    assert.ok(!combined('The school entrance dropped just below the limit, to 83.2 from 41.6.', '83.2', 'Ferrier Lane school entrance: 38.2 (41.6).'));
  });
});

describe('the gap between the two ends of a source comparison', () => {
  const source = all('The cash toll for a car went up from £2.20 to £2.40 (9.1%).');
  const [earlier, later] = source as [Quantity, Quantity];
  /** Whether `mention` of `draft` is the rise from the source's earlier end, as its sentence restates the later one. */
  const gap = (draft: string, mention: string, rivalIsEarlier = true): boolean => {
    const numbers = all(draft);
    return gapOfRestatedComparison(numbers.find((q) => q.text === mention) as Quantity, numbers, earlier, rivalIsEarlier, source.filter((q) => q !== earlier));
  };

  it('is worked out to its last digit when the draft\'s sentence states the later end', () => {
    assert.ok(gap('Cash payers took a bigger hit: 20p, or 9.1%, to £2.40.', '20p'));
    assert.ok(!gap('Cash payers took a bigger hit: 30p, or 9.1%, to £2.40.', '30p'));
  });

  it('needs the later end in the draft\'s sentence, and the rival to be the comparison\'s earlier end', () => {
    assert.ok(!gap('Cash payers took a bigger hit: 20p, or 9.1%.', '20p'));
    assert.ok(!gap('Cash payers took a bigger hit: 20p, or 9.1%, to £2.40.', '20p', false));
    assert.equal(later.text, '£2.40');
  });
});

describe('a figure a draft works out from the paragraph before', () => {
  const VETS = indexOf({
    'seeds/vets.md': [
      '# Vets annual report',
      '',
      'The group had 48,620 registered patients at 30 September 2026 and employs 38 vets.',
      '',
      '| Practice | Vets | Patients |',
      '|---|---:|---:|',
      '| Quenby | 9 | 12,310 |',
      '| Dunsop Green | 7 | 8,210 |',
    ].join('\n'),
  });
  const perVet = (draft: string): string | undefined => assessDraft(draft, VETS).find((a) => a.claimed.includes('1,280'))?.verdict;

  it('is no contradiction when the paragraph before states what it is worked out from', () => {
    assert.notEqual(perVet('The group had 48,620 registered patients in September.\n\nWith 38 vets, that is about 1,280 patients per vet.'), 'contradicted');
    // However many other figures that paragraph gives after it.
    const busy = 'The group had 48,620 registered patients in September, and 29,840 client households. Its vets gave 71,460 consultations, almost 196 a day, and 9,315 operations. Turnover was £14.2m, up 8.4%.';
    assert.notEqual(perVet(`${busy}\n\nWith 38 vets, that is about 1,280 patients per vet.`), 'contradicted');
  });

  it('is checked as any figure when no paragraph before states its working', () => {
    assert.equal(perVet('The group has grown.\n\nWith 38 vets, that is about 1,280 patients per vet.'), 'contradicted');
  });
});
