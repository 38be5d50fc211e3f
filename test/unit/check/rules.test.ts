import assert from 'node:assert/strict';
import { type MentionEvidence, tiesASlip } from '../../../src/core/check/evidence';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { DEFAULT_PARAMS } from '../../../src/core/check/params';
import type { IndexedQuantity } from '../../../src/core/check/quantityIndex';
import { decide, VERDICT_RULES } from '../../../src/core/check/rules';
import type { CandidateEvidence } from '../../../src/core/check/scoring';
import type { Quantity } from '../../../src/core/model';

/** A candidate's evidence built by hand: a strong, plausible, disagreeing rival unless told otherwise. */
function candidate(fields: Partial<CandidateEvidence> = {}): CandidateEvidence {
  return {
    candidate: { quantity: { hedge: 'exact' } } as unknown as IndexedQuantity,
    entity: 1,
    metric: 0.6,
    shared: 3,
    period: 0,
    plausible: 1,
    score: 0.9,
    agrees: false,
    anchored: false,
    anchors: 0,
    taken: false,
    otherUnit: false,
    bound: false,
    otherRole: false,
    adjacent: false,
    sameMeasure: false,
    ...fields,
  };
}

/** Evidence for one mention with a strong rival and nothing that excuses it, changed by `fields`. */
function evidence(fields: Partial<MentionEvidence> = {}): MentionEvidence {
  const rival = candidate();
  return {
    quantity: { hedge: 'exact' } as unknown as Quantity,
    candidates: [rival],
    top: rival,
    rival,
    margin: 0.9,
    plausiblyRight: false,
    points: 4,
    minMetric: DEFAULT_PARAMS.contradictMetric,
    datingOnly: false,
    comparedYear: false,
    unnamedYear: false,
    writerOwn: false,
    question: false,
    derived: false,
    unnamedItem: false,
    otherDocument: false,
    foreignScope: false,
    otherCriterion: false,
    otherKind: false,
    otherEntitysFigure: false,
    statedOfOtherNoun: false,
    ...fields,
  };
}

const verdictOf = (e: MentionEvidence): [string, string] => {
  const d = decide(e, DEFAULT_PARAMS);
  return [d.verdict, d.rule];
};

describe('verdict rules (on hand-built evidence)', () => {
  it('are asked in a fixed order with unique ids, supported first and the contradiction last', () => {
    const ids = VERDICT_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.indexOf('states-the-value') < ids.indexOf('no-rival'));
    assert.equal(ids.at(-1), 'contradicted');
    for (const rule of VERDICT_RULES) assert.ok(rule.description.length > 20, `${rule.id} says what it does`);
  });

  it('contradicted: a strong rival that nothing excuses', () => {
    assert.deepEqual(verdictOf(evidence()), ['contradicted', 'contradicted']);
  });

  it('no-candidate: nothing comparable is unsourced', () => {
    assert.deepEqual(verdictOf(evidence({ top: undefined, rival: undefined, candidates: [] })), ['unsourced', 'no-candidate']);
  });

  it('states-the-value: a source stating the very value supports the mention, whatever rival leads', () => {
    const same = candidate({ agrees: true, score: 0.3 });
    assert.deepEqual(verdictOf(evidence({ statesValue: same })), ['supported', 'states-the-value']);
  });

  it('stated-of-other-noun: a count a tied source sentence states of another noun is no contradiction, and is not called supported', () => {
    assert.deepEqual(verdictOf(evidence({ statedOfOtherNoun: true })), ['unsourced', 'stated-of-other-noun']);
  });

  it('support-leads: an agreeing candidate within the margin of the best supports', () => {
    const supporting = candidate({ agrees: true, score: 0.9 - DEFAULT_PARAMS.margin / 2 });
    assert.deepEqual(verdictOf(evidence({ supporting })), ['supported', 'support-leads']);
    const behind = candidate({ agrees: true, score: 0.9 - 2 * DEFAULT_PARAMS.margin });
    assert.deepEqual(verdictOf(evidence({ supporting: behind, margin: 0.9 - behind.score })), ['contradicted', 'contradicted']);
  });

  it('other-entitys-figure: the other entity\'s figure from one sentence is contradicted, whatever the margin or plausibility, unless the kinds differ or the writer speaks', () => {
    const swap = { otherEntitysFigure: true, margin: 0.01, points: 0 };
    assert.deepEqual(verdictOf(evidence(swap)), ['contradicted', 'other-entitys-figure']);
    assert.deepEqual(verdictOf(evidence({ ...swap, supporting: candidate({ agrees: true, score: 0.9 }) })), ['contradicted', 'other-entitys-figure'], 'before an agreeing candidate about the other entity can support it');
    assert.notEqual(verdictOf(evidence({ ...swap, writerOwn: true }))[1], 'other-entitys-figure');
    assert.notEqual(verdictOf(evidence({ ...swap, otherKind: true }))[1], 'other-entitys-figure');
  });

  it('other-items-figure: another item of a source list is the figure, before a candidate from the list that states the value can support the mention', () => {
    const item = candidate();
    const supporting = candidate({ agrees: true, score: 0.9 });
    assert.deepEqual(verdictOf(evidence({ otherItem: item, supporting, statesValue: supporting, margin: 0.01 })), ['contradicted', 'other-items-figure']);
    assert.equal(decide(evidence({ otherItem: item }), DEFAULT_PARAMS).match, item);
  });

  it('other-levels-change: a source change of the level the draft\'s change measures is the figure, before a change of another level that states the value can support it', () => {
    const sameLevel = candidate({ sameMeasure: true });
    const supporting = candidate({ agrees: true, score: 0.9 });
    assert.deepEqual(verdictOf(evidence({ otherLevelsChange: sameLevel, supporting, statesValue: supporting, margin: 0.01 })), ['contradicted', 'other-levels-change']);
    assert.equal(decide(evidence({ otherLevelsChange: sameLevel }), DEFAULT_PARAMS).match, sameLevel);
  });

  it('year-of-the-day: the year of a day a source gives with another year is contradicted, before anything can support it', () => {
    const year = candidate();
    assert.deepEqual(verdictOf(evidence({ otherDateYear: year, statesValue: candidate({ agrees: true }) })), ['contradicted', 'year-of-the-day']);
    assert.equal(decide(evidence({ otherDateYear: year }), DEFAULT_PARAMS).match, year);
  });

  it('earlier-value: a comparison\'s earlier value given as the current one is contradicted by the later value, before anything can support it', () => {
    const later = candidate();
    assert.deepEqual(verdictOf(evidence({ laterValue: later, statesValue: candidate({ agrees: true }) })), ['contradicted', 'earlier-value']);
    assert.equal(decide(evidence({ laterValue: later }), DEFAULT_PARAMS).match, later);
  });

  it('swapped-comparison: a comparison whose two values the draft swaps is contradicted by the source\'s earlier value, before anything can support it', () => {
    const earlier = candidate();
    assert.deepEqual(verdictOf(evidence({ swappedEarlier: earlier, statesValue: candidate({ agrees: true }) })), ['contradicted', 'swapped-comparison']);
    assert.equal(decide(evidence({ swappedEarlier: earlier }), DEFAULT_PARAMS).match, earlier);
  });

  it('wrong-rate: the very value per another thing contradicts, before any agreeing candidate can support it', () => {
    const weekly = candidate({ agrees: true });
    assert.deepEqual(verdictOf(evidence({ otherRate: weekly, supporting: weekly, margin: 0 })), ['contradicted', 'wrong-rate']);
    assert.equal(decide(evidence({ otherRate: weekly }), DEFAULT_PARAMS).match, weekly);
    assert.deepEqual(verdictOf(evidence({ otherRate: weekly, statesValue: candidate({ agrees: true }) })), ['supported', 'states-the-value'], 'a source stating it per the same thing wins');
  });

  const excuses: [string, Partial<MentionEvidence>][] = [
    ['no-rival', { rival: undefined }],
    ['rival-agrees', { rival: candidate({ agrees: true }) }],
    ['plausibly-right', { plausiblyRight: true }],
    ['dates-only', { datingOnly: true }],
    ['compared-year', { comparedYear: true }],
    ['other-criterion', { otherCriterion: true }],
    ['other-kind', { otherKind: true }],
    ['little-evidence', { points: DEFAULT_PARAMS.minPoints - 1 }],
    ['implausible-slip', { rival: candidate({ plausible: 0 }) }],
    ['weak-match', { rival: candidate({ score: DEFAULT_PARAMS.contradictScore - 0.01 }) }],
    ['weak-match', { rival: candidate({ entity: DEFAULT_PARAMS.minEntity - 0.01 }) }],
    ['weak-match', { minMetric: 0.9 }],
    ['narrow-margin', { margin: DEFAULT_PARAMS.margin / 2 }],
    ['loose-figure', { quantity: { hedge: 'approx' } as unknown as Quantity }],
    ['loose-figure', { quantity: { hedge: 'moreThan' } as unknown as Quantity }],
  ];
  for (const [id, fields] of excuses) {
    it(`${id}: excuses the mention (${Object.keys(fields).join(', ')}), as unsourced or supported, never contradicted`, () => {
      assert.deepEqual(verdictOf(evidence(fields)), ['unsourced', id]);
      const supporting = candidate({ agrees: true, score: 0.1 });
      assert.deepEqual(verdictOf(evidence({ ...fields, supporting })), ['supported', id]);
    });
  }

  it('loose-figure does not excuse a rounded figure or a bound against one marked so too, nor against an anchored rival', () => {
    const about = { hedge: 'approx' } as unknown as Quantity;
    const roughRival = candidate({ candidate: { quantity: { hedge: 'approx' } } as unknown as IndexedQuantity });
    assert.deepEqual(verdictOf(evidence({ quantity: about, rival: roughRival })), ['contradicted', 'contradicted'], '"about 10%" for "about 6%"');
    assert.deepEqual(verdictOf(evidence({ quantity: about, rival: candidate({ anchored: true, anchors: 1 }) })), ['contradicted', 'contradicted']);
    assert.deepEqual(verdictOf(evidence({ quantity: { hedge: 'range' } as unknown as Quantity })), ['contradicted', 'contradicted'], 'a range is no loose figure');
  });

  it('implausible-slip does not excuse a far-off value stated in nearly the same words, nor one anchored in the same period', () => {
    assert.deepEqual(verdictOf(evidence({ rival: candidate({ plausible: 0, entity: 1, metric: 0.9, shared: 2 }) })), ['contradicted', 'contradicted']);
    // "Five talking points" against "21 unanswered points": the counted noun alone is not nearly the same words.
    assert.deepEqual(verdictOf(evidence({ rival: candidate({ plausible: 0, entity: 1, metric: 1, shared: 1 }) })), ['unsourced', 'implausible-slip']);
    assert.deepEqual(verdictOf(evidence({ rival: candidate({ plausible: 0, metric: 0.5, anchored: true, period: 1 }) })), ['contradicted', 'contradicted']);
    // A shared number and near-verbatim words with another entity are not enough: "reserves of £4.1m" beside the
    // restated "deficit" sentence is about another figure of it.
    assert.deepEqual(verdictOf(evidence({ rival: candidate({ plausible: 0, entity: 0.5, metric: 0.8, anchored: true }) })), ['unsourced', 'implausible-slip']);
  });

  it('unnamed-year: a year no source names is contradicted by a plausible source year about the same thing; one that dates a number needs a shared number too', () => {
    const year = candidate({ metric: DEFAULT_PARAMS.unnamedYearMetric });
    assert.deepEqual(verdictOf(evidence({ unnamedYear: true, rival: year, points: 0 })), ['contradicted', 'unnamed-year']);
    assert.deepEqual(verdictOf(evidence({ unnamedYear: true, datingOnly: true, rival: candidate({ metric: DEFAULT_PARAMS.unnamedYearMetric, anchored: true }), points: 0 })), ['contradicted', 'unnamed-year']);
    assert.deepEqual(verdictOf(evidence({ unnamedYear: true, datingOnly: true, rival: year })), ['unsourced', 'dates-only'], 'a year dating another spending than the rival\'s');
    assert.deepEqual(verdictOf(evidence({ unnamedYear: true, datingOnly: true, rival: candidate({ metric: DEFAULT_PARAMS.unnamedYearMetric - 0.01 }) })), ['unsourced', 'dates-only'], 'an anecdote year with a weak match');
    assert.deepEqual(verdictOf(evidence({ unnamedYear: false, datingOnly: true, rival: year })), ['unsourced', 'dates-only'], 'a year some source names');
    assert.deepEqual(verdictOf(evidence({ unnamedYear: true, datingOnly: true, rival: candidate({ metric: 1, plausible: 0 }) })), ['unsourced', 'dates-only'], 'an implausible slip');
  });

  it('bare-superlative: a superlative with no ordinal is checked only against a source sentence the draft restates', () => {
    const windiest = { text: 'windiest', unitClass: 'rank', value: 1, hedge: 'exact' } as unknown as Quantity;
    assert.deepEqual(verdictOf(evidence({ quantity: windiest })), ['unsourced', 'bare-superlative']);
    // A shared number alone is not a restatement: "the least urgent" against another category's row of one table.
    assert.deepEqual(verdictOf(evidence({ quantity: windiest, rival: candidate({ anchored: true, anchors: 1, metric: 0.2 }) })), ['unsourced', 'bare-superlative']);
    assert.deepEqual(verdictOf(evidence({ quantity: windiest, rival: candidate({ anchored: true, anchors: 1, metric: 0.9 }) })), ['contradicted', 'contradicted']);
    // An ordinal names its place: "second-largest" is checked as any rank.
    const secondLargest = { text: 'second-largest', unitClass: 'rank', value: 2, hedge: 'exact' } as unknown as Quantity;
    assert.deepEqual(verdictOf(evidence({ quantity: secondLargest })), ['contradicted', 'contradicted']);
  });

  it('foreign-scope: a rival for a sentence that opens on a place no source names is excused, but a slip of the pen is not', () => {
    assert.deepEqual(verdictOf(evidence({ foreignScope: true })), ['unsourced', 'foreign-scope']);
    assert.deepEqual(verdictOf(evidence({ foreignScope: true, penSlip: candidate() })), ['contradicted', 'slip-of-the-pen']);
  });

  it('other-document: a rival from a source that never names what the draft names is excused, but a slip of the pen is not', () => {
    assert.deepEqual(verdictOf(evidence({ otherDocument: true })), ['unsourced', 'other-document']);
    assert.deepEqual(verdictOf(evidence({ otherDocument: true, penSlip: candidate() })), ['contradicted', 'slip-of-the-pen']);
  });

  it('unnamed-item: a rival that is one item of a list the draft does not name is excused, but a slip of the pen is not', () => {
    assert.deepEqual(verdictOf(evidence({ unnamedItem: true })), ['unsourced', 'unnamed-item']);
    assert.deepEqual(verdictOf(evidence({ unnamedItem: true, penSlip: candidate() })), ['contradicted', 'slip-of-the-pen']);
    assert.deepEqual(verdictOf(evidence({ unnamedItem: true, supporting: candidate({ agrees: true, score: 0.1 }) }))[1], 'unnamed-item');
  });

  it('derived: a figure worked out from the rival\'s sentence is excused, and wins over a slip of the pen', () => {
    assert.deepEqual(verdictOf(evidence({ derived: true })), ['unsourced', 'derived']);
    assert.deepEqual(verdictOf(evidence({ derived: true, penSlip: candidate() })), ['unsourced', 'derived']);
  });

  it('slip-of-the-pen: a candidate whose digits the mention reorders or rescales contradicts it before any excuse about the rival', () => {
    const slip = candidate({ metric: 0.05 });
    assert.deepEqual(verdictOf(evidence({ penSlip: slip, points: 0, datingOnly: true, otherKind: true })), ['contradicted', 'slip-of-the-pen']);
    assert.equal(decide(evidence({ penSlip: slip, points: 0 }), DEFAULT_PARAMS).match, slip);
    assert.deepEqual(verdictOf(evidence({ penSlip: slip, plausiblyRight: true })), ['unsourced', 'plausibly-right'], 'an agreeing candidate that may be meant still excuses');
  });

  it('writer-own and question: the writer\'s own experience and a question are never contradicted, by any rule, and are still supported when a source backs them', () => {
    assert.deepEqual(verdictOf(evidence({ writerOwn: true })), ['unsourced', 'writer-own']);
    assert.deepEqual(verdictOf(evidence({ question: true })), ['unsourced', 'question']);
    // "In 2024 I waited 14 months": a source's earlier value or a slip of the pen does not reach the writer's own story.
    const other = candidate({ metric: 0.05 });
    assert.deepEqual(verdictOf(evidence({ writerOwn: true, laterValue: other, penSlip: other, otherPart: other })), ['unsourced', 'writer-own']);
    assert.deepEqual(verdictOf(evidence({ question: true, laterValue: other })), ['unsourced', 'question']);
    const backing = candidate({ agrees: true });
    assert.deepEqual(verdictOf(evidence({ writerOwn: true, supporting: backing, top: candidate({ score: 2 }) })), ['supported', 'writer-own']);
  });

  it('wrong-period: an excused mention whose very value a source states for another period only has the period wrong', () => {
    const elsewhen = candidate({ agrees: true, period: -1 });
    assert.deepEqual(verdictOf(evidence({ plausiblyRight: true, otherPeriod: elsewhen })), ['contradicted', 'wrong-period']);
    assert.equal(decide(evidence({ rival: undefined, otherPeriod: elsewhen }), DEFAULT_PARAMS).match, elsewhen);
  });
});

describe('what ties a slip of the pen to its source figure', () => {
  const q = (text: string): Quantity => extractQuantities(text)[0] as Quantity;
  /** A candidate stating `source`, with `metric` of the draft's words in common and nothing else. */
  const weakly = (source: string, metric: number): CandidateEvidence => candidate({ candidate: { quantity: q(source) } as unknown as IndexedQuantity, metric });
  const weak = DEFAULT_PARAMS.contradictMetric / 2;

  it('one weak word will do for an exact figure\'s digits reordered', () => {
    assert.ok(tiesASlip(q('834'), weakly('438', weak), DEFAULT_PARAMS));
  });

  it('a rounded figure\'s digits reordered, or a figure at another scale, needs as many words as a contradiction', () => {
    assert.ok(!tiesASlip(q('about 834'), weakly('438', weak), DEFAULT_PARAMS));
    assert.ok(!tiesASlip(q('624'), weakly('6,240', weak), DEFAULT_PARAMS));
    assert.ok(tiesASlip(q('624'), weakly('6,240', DEFAULT_PARAMS.contradictMetric), DEFAULT_PARAMS));
    assert.ok(tiesASlip(q('624'), candidate({ candidate: { quantity: q('6,240') } as unknown as IndexedQuantity, metric: 0, anchored: true }), DEFAULT_PARAMS), 'a shared figure ties them');
  });

  it('no word at all ties nothing, even for digits reordered', () => {
    assert.ok(!tiesASlip(q('834'), weakly('438', 0), DEFAULT_PARAMS));
  });
});

