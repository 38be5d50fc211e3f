import * as assert from 'node:assert/strict';
import { agree, bareSuperlative, bucketsMeet, distinctive, periodRelation, roundsOff, significantDigits } from '../../../src/core/check/agreement';
import type { Quantity } from '../../../src/core/model';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { one } from '../quantity/helpers';
import { assessDraft } from '../../../src/core/check/checkDraft';
import { indexOf } from './helpers';

/** True when the draft's mention agrees with the source's (each text holds one quantity). */
function agrees(draft: string, source: string): boolean {
  return agree(one(draft), one(source));
}

describe('agree: when a draft figure says the same as a source figure', () => {
  it('accepts the same figure said at another precision or with a hedge', () => {
    assert.ok(agrees('about 142 billion yuan', '141.79 billion yuan'));
    assert.ok(agrees('65bn yuan', '65 billion yuan'));
    assert.ok(agrees('nearly 800 staff', '790 staff'));
  });

  it('gives a fraction in words a loose precision, but no more than a tenth of itself', () => {
    assert.ok(agrees('three-fifths', '60 percent'));
    assert.ok(agrees('one in five', '21%'));
    assert.ok(!agrees('one in 14', 'one in 40'));
    assert.ok(agrees('one in 40', '2.6%'));
  });

  it('reads a round figure in thousands or coarser, of two significant digits or more, as the precise one rounded', () => {
    assert.ok(agrees('118,000 journeys', '118,460 journeys'));
    assert.ok(agrees('1,200,000 visits', '1,248,100 visits'));
    assert.ok(!agrees('119,000 journeys', '118,460 journeys'), 'not the precise figure rounded');
    assert.ok(!agrees('40 schools', '38 schools'), 'a small round figure is as likely a wrong count');
    assert.ok(!agrees('9,000 visits', '9,412 visits'), 'one significant digit');
  });

  it('reads a figure more precise than the source\'s as a rounding of it only when it rounds half up to it', () => {
    assert.ok(agrees('$1.4 billion', '$1 billion'));
    assert.ok(agrees('$0.5 billion', '$1 billion'), 'a half rounds up');
    assert.ok(!agrees('$1.5 billion', '$1 billion'), '1.5 rounds to 2, though the two figures touch');
    assert.ok(!agrees('2.5%', '2%'));
    assert.ok(agrees('2%', '2.5%'), 'a figure less precise than the source\'s keeps its own interval');
  });

  it('rejects another figure', () => {
    assert.ok(!agrees('56 billion yuan', '65 billion yuan'));
    assert.ok(!agrees('57 staff', '56 staff'), 'intervals that only touch are different numbers');
  });

  it('two ranges agree end by end, not by overlapping; a single figure agrees with a range that holds it', () => {
    assert.ok(agrees('between 40% and 60%', '40 to 60%'));
    assert.ok(!agrees('between 40% and 90%', 'between 40% and 60%'));
    assert.ok(!agrees('four to six weeks', 'six to eight weeks'));
    assert.ok(agrees('50%', 'between 40% and 60%'));
  });

  it('two bounds on the same side agree only when they give the same figure', () => {
    assert.ok(!agrees('over 80 stores', 'over 100 stores'));
    assert.ok(!agrees('over 500 businesses', 'more than 1,000 businesses'));
    assert.ok(!agrees('up to 10%', 'up to 30%'));
    assert.ok(!agrees('under 15 euros', 'under 12 euros'));
    assert.ok(agrees('more than 6,000 runners', 'over 6,200 runners'), 'the draft rounds the source\'s bound');
    assert.ok(agrees('at least 40 trains', 'more than 40 trains'));
  });

  it('two approximate figures agree only when the draft\'s, rounded as written, holds the source\'s', () => {
    assert.ok(!agrees('approximately $7.60 per share', 'approximately $7.50 per share'));
    assert.ok(agrees('about 40%', 'about 38%'), 'a rounder figure may round the source\'s');
    assert.ok(agrees('about 142 billion yuan', 'roughly 141.79 billion yuan'));
    assert.ok(agrees('about 7.6 million', '7.56 million'), 'an exact source figure keeps the draft\'s hedge');
  });

  it('a bound and a figure it holds of still agree', () => {
    assert.ok(agrees('over 500 businesses', '620 businesses'));
    assert.ok(agrees('up to 30%', '25%'));
    assert.ok(!agrees('over 6,000 runners', 'over 60,000 runners'), 'a scale error');
  });
});

describe('roundsOff: a round figure that states a precise one less precisely', () => {
  it('holds for a figure with trailing zeros that the precise one rounds to', () => {
    assert.ok(roundsOff(one('148,300 skier days'), one('148,000 skier days')));
    assert.ok(roundsOff(one('£2,460'), one('£2,500')));
  });

  it('does not hold for a figure the precise one does not round to, one without trailing zeros, or a hedged one', () => {
    assert.ok(!roundsOff(one('148,600 skier days'), one('148,000 skier days')));
    assert.ok(!roundsOff(one('148,300 skier days'), one('148,301 skier days')));
    assert.ok(!roundsOff(one('148,300 skier days'), one('about 148,000 skier days')), 'a hedged figure is checked by its hedge');
    assert.ok(!roundsOff(one('148,000 skier days'), one('148,300 skier days')));
  });
});

describe('distinctive: a figure unlikely to recur by chance', () => {
  it('counts significant digits of the more precise end of a range, not of both ends together', () => {
    assert.equal(significantDigits(one('60 to 70%')), 1);
    assert.equal(significantDigits(one('$1.08bn')), 3);
    assert.equal(significantDigits(one('between 4.25% and 4.5%')), 3);
    assert.ok(!distinctive(one('60 to 70%')));
  });

  it('counts the significant digits of a number written in words, as read aloud, but not of a share read from words', () => {
    assert.equal(significantDigits(one('six point three seven million pounds')), 3);
    assert.equal(significantDigits(one('one thousand seven hundred and thirty stones')), 3);
    assert.equal(significantDigits(one('sixty people')), 1);
    assert.equal(significantDigits(one('six million pounds')), 1);
    assert.equal(significantDigits(one('seven in ten')), 0);
    assert.ok(distinctive(one('six point three seven million pounds')));
  });

  it('lets a figure written in words find the source figure it reads aloud ("six point three seven million pounds" for £6.37 million)', () => {
    const appeal = indexOf({
      'sources/appeal.txt': 'The appeal was launched in 2023 with a target of £9.6 million. By 31 October 2026 we had raised £6.37 million, 66% of the target.',
    });
    const verdict = assessDraft('The appeal has now raised six point three seven million pounds, sixty-six per cent of its nine point six million pound target.', appeal).find((a) => a.claimed === 'six point three seven million pounds');
    assert.equal(verdict?.verdict, 'supported');
  });

  it('holds for a day of the year and for three significant digits', () => {
    assert.ok(distinctive(one('on 21 November')));
    assert.ok(distinctive(one('5.84 metres')));
    assert.ok(!distinctive(one('31 centimetres')));
  });
});

describe('bucketsMeet: which counts can be compared', () => {
  const meet = (draft: string, source: string): boolean => bucketsMeet(one(draft), one(source));

  it('lets counts of two nouns meet only when both are distinctive and agree: the writer named the thing in other words', () => {
    assert.ok(meet('148,630 parking tickets', '148,630 penalty charge notices'));
    assert.ok(meet('about 149,000 tickets', '148,630 notices'));
    assert.ok(!meet('148,360 tickets', '148,630 notices'), 'a count of another noun never contradicts');
    assert.ok(!meet('120 tickets', '120 notices'), 'too few significant digits to meet by chance');
  });

  it('lets a rounded count of a noun meet a distinctive bare count it agrees with, and only then', () => {
    assert.ok(meet('about 190 callouts', 'called out 187 times'));
    assert.ok(!meet('about 160 callouts', 'called out 187 times'), 'a bare count does not contradict a count of a noun it may not count');
    assert.ok(!meet('about 20 callouts', 'called out 19 times'), 'too few significant digits to meet by chance');
  });

  it('lets an age ("aged 71", "turns 125") meet another count only to agree with it', () => {
    const age = (text: string) => extractQuantities(text).find((q) => q.unit === 'age') as Quantity;
    assert.equal(age('Margaret Fennimore, aged 71, fires locomotives.').value, 71);
    assert.equal(age('In 2028 the Press turns 125.').value, 125);
    assert.ok(!bucketsMeet(age('In 2028 the Press turns 125.'), one('New titles published: 214')), 'an age is no count of titles');
    assert.ok(bucketsMeet(age('In 2028 the Press turns 125.'), age('It turns 125 next year.')));
    assert.ok(bucketsMeet(age('Margaret Fennimore, aged 71, fires locomotives.'), one('Fennimore was 71 last spring.')), 'an agreeing count may back it');
  });
});

describe('periodRelation: whether two figures speak of the same period', () => {
  it('matches the same quarter when one side leaves its year to the context', () => {
    assert.equal(periodRelation({ quarter: 1, label: 'January to March' }, { quarter: 1, year: 2026, label: 'Jan–Mar 2026' }), 1);
    assert.equal(periodRelation({ quarter: 1, year: 2026, label: 'Q1 2026' }, { quarter: 1, year: 2026, label: 'Jan–Mar 2026' }), 1);
  });

  it('sets a quarter against another quarter and against its whole year', () => {
    assert.equal(periodRelation({ year: 2026, label: '2026' }, { quarter: 1, year: 2026, label: 'Q1 2026' }), -1);
    assert.equal(periodRelation({ quarter: 4, label: 'October to December' }, { quarter: 1, year: 2026, label: 'Jan–Mar 2026' }), -1);
  });
});

describe('bareSuperlative: a superlative that ranks first by its own word alone', () => {
  const rank = (sentence: string): Quantity => {
    const [q] = extractQuantities(sentence).filter((x) => x.unitClass === 'rank');
    assert.ok(q, `no rank in ${sentence}`);
    return q;
  };

  it('holds for a superlative with no ordinal, of one word or two', () => {
    assert.ok(bareSuperlative(rank('It was the windiest November on record.')));
    assert.ok(bareSuperlative(rank('Cardiac arrests are the most serious calls.')));
    assert.ok(bareSuperlative(rank('Brantholme was the best council.')));
  });

  it('does not hold for an ordinal, with a superlative or without, or a digit', () => {
    assert.ok(!bareSuperlative(rank('It is the second-largest port.')));
    assert.ok(!bareSuperlative(rank('It was the first club to win it.')));
    assert.ok(!bareSuperlative(rank('The club finished 3rd in the league.')));
  });
});
