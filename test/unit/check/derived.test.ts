import assert from 'node:assert/strict';
import { averageOrTotalInDraft, derivable, gapOfRestatedComparison, restOfRestatedWhole, shareInDraft, totalOfRestatedBreakdown, workedOutInDraft } from '../../../src/core/check/derived';
import type { Quantity } from '../../../src/core/model';
import { extractQuantities } from '../../../src/core/quantity/extract';

/** The quantities of `text`, in order. */
const all = (text: string): Quantity[] => extractQuantities(text);
/** The quantity `mention` of `text`, and the quantities before it. */
function withNumbersBefore(text: string, mention: string): [Quantity, Quantity[]] {
  const numbers = all(text);
  const at = numbers.findIndex((q) => q.text === mention);
  assert.ok(at >= 0, `no ${mention} in ${text}`);
  return [numbers[at] as Quantity, numbers.slice(0, at)];
}
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

  it('is not when the rest is wrong, the draft names no whole, or the whole is split in more than two', () => {
    assert.ok(!rest('£1.34m to repair, of which £404,000 was not covered by insurance', '£404,000', repairs, '£900,000'));
    assert.ok(!rest('£440,000 was not covered by insurance', '£440,000', repairs, '£900,000'));
    const purchases = '164 test purchases were made: 72 for vapes, 58 for alcohol, 21 for knives and 13 for fireworks.';
    assert.ok(!rest('Of 164 test purchases, 92 resulted in a sale.', '92', purchases, '72'));
  });
});

describe('a figure the draft works out from its own numbers', () => {
  /** Whether the number `mention` of `draft` (in its last sentence) is worked out from the draft's other numbers. */
  const workedOut = (draft: string, mention: string): boolean => {
    const lastSentence = draft.lastIndexOf('. ', draft.indexOf(mention)) + 1;
    const numbers = all(draft);
    const earlier = numbers.filter((q) => q.span.start < lastSentence);
    return workedOutInDraft(numbers.find((q) => q.text === mention) as Quantity, earlier, numbers.filter((q) => !earlier.includes(q)));
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

  it('is a two-digit gap between two exact three-digit numbers of its own sentence, not of an earlier one', () => {
    assert.ok(workedOut('Lanterns have cost £286 each against £312 in the budget, a saving of £26 a lantern.', '£26'));
    assert.ok(!workedOut('Lanterns have cost £286 each against £312 in the budget. Each saved £26 in power.', '£26'));
  });
});

describe('a rounded average or total the draft works out from its own numbers', () => {
  /** Whether the number `mention` of `draft` is an average or total of two numbers before it. */
  const averaged = (draft: string, mention: string): boolean => averageOrTotalInDraft(...withNumbersBefore(draft, mention));

  it('is an amount shared out over a count of other things ("nearly 2,000 tests a centre")', () => {
    assert.ok(averaged("The region's 11 test centres conducted 21,460 tests. That works out at nearly 2,000 tests a centre.", 'nearly 2,000'));
    assert.ok(averaged('The scheme cost £9.8m for 640 homes, about £15,300 a home.', 'about £15,300'));
  });

  it('is a rate times a count ("1,290 candidates … at £62 a test, about £80,000")', () => {
    assert.ok(averaged("1,290 candidates failed to attend. At £62 a test, that is about £80,000 of tests wasted.", 'about £80,000'));
    assert.ok(averaged('It needs eight vehicles at about £95,000 each, roughly £760,000 in all.', 'roughly £760,000'));
  });

  it('is not a figure the writer gives as exact, nor a wrong one', () => {
    assert.ok(!averaged("The region's 11 test centres conducted 21,460 tests, or 1,951 tests a centre.", '1,951'));
    assert.ok(!averaged("1,290 candidates failed to attend. At £62 a test, that is about £60,000 of tests wasted.", 'about £60,000'));
  });

  it('is not an amount shared over a few items of a list, nor a small count: those match by chance', () => {
    assert.ok(!averaged('Its six recommendations include a £350,000 programme, and eight vehicles at about £59,000 each.', 'about £59,000'));
    assert.ok(!averaged('The 12 centres ran 36 sessions, about three a centre.', 'about three'));
  });
});

describe('a share the draft works out from two counts of its sentence', () => {
  /** Whether the percentage `mention` of the one-sentence `draft` is the share one count before it is of another. */
  const share = (draft: string, mention: string): boolean => shareInDraft(...withNumbersBefore(draft, mention));

  it('is one count as a percentage of another ("187 of them, or 60%", "212 of 263 collections, about four in five")', () => {
    assert.ok(share('The council felled 312 of its own trees, 187 of them, or 60%, because of ash dieback.', '60%'));
    assert.ok(share('Parish registers: 212 of 263 collections done, about four in five.', 'about four in five'));
  });

  it('is not a percentage the counts do not give, nor one with no count before it', () => {
    assert.ok(!share('The council felled 312 of its own trees, 187 of them, or 70%, because of ash dieback.', '70%'));
    assert.ok(!share('Some 60% of the 312 trees were felled.', 'Some 60%'));
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
