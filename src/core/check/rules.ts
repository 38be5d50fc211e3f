/**
 * The verdict rules, in the order they are asked. Each looks at the evidence
 * about one draft mention (evidence.ts) and either decides or passes to the
 * next. Support comes first: a mention the sources back is never wrong. A
 * contradiction is the last rule, reached only when every rule before it
 * found nothing that excuses the mention. A rule that excuses a mention
 * gives the fallback verdict: supported when an agreeing candidate has
 * some evidence, else unsourced, unless a source states the mention's very
 * value for another period only: then the period is wrong ("wrong-period").
 */
import { bareSuperlative, looseFigure } from './agreement';
import type { CandidateEvidence } from './scoring';
import type { MentionEvidence } from './evidence';
import type { CheckerParams } from './params';

/** The verdict on one draft mention. */
export type Verdict = 'supported' | 'contradicted' | 'unsourced';

/** What a rule decided. */
export interface RuleDecision {
  readonly verdict: Verdict;
  /** The source quantity that backs or contradicts the mention. */
  readonly match?: CandidateEvidence;
  /** The id to report when it is not the deciding rule's own (an excuse that finds the period wrong). */
  readonly rule?: string;
}

/** One named rule of the decision. */
export interface VerdictRule {
  /** Stable id, shown to the writer and in the CLI's JSON. */
  readonly id: string;
  /** What the rule says, in a sentence. */
  readonly description: string;
  /** A decision, or undefined to pass to the next rule. */
  decide(evidence: MentionEvidence, params: CheckerParams): RuleDecision | undefined;
}

/**
 * What a rule that excuses a mention gives: a contradiction of its period when a source states the very value
 * about the same thing for another period only (rule "wrong-period"); else supported by the best supporting
 * candidate if there is one; else unsourced.
 */
function excused(e: MentionEvidence): RuleDecision {
  if (e.otherPeriod !== undefined) return { verdict: 'contradicted', match: e.otherPeriod, rule: 'wrong-period' };
  return e.supporting !== undefined ? { verdict: 'supported', match: e.supporting } : { verdict: 'unsourced' };
}

/** A rule that excuses the mention when `applies` holds. */
function excuse(id: string, description: string, applies: (e: MentionEvidence, p: CheckerParams) => boolean): VerdictRule {
  return { id, description, decide: (e, p) => (applies(e, p) ? excused(e) : undefined) };
}

/** A rule for a mention that claims nothing the sources could contradict: supported when a source backs it, else unsourced. */
function noClaim(id: string, description: string, applies: (e: MentionEvidence) => boolean): VerdictRule {
  return { id, description, decide: (e) => (!applies(e) ? undefined : e.supporting !== undefined ? { verdict: 'supported', match: e.supporting } : { verdict: 'unsourced' }) };
}

/** The rules, in order. */
export const VERDICT_RULES: readonly VerdictRule[] = [
  {
    id: 'no-candidate',
    description: 'No source quantity of the same kind speaks about anything like it: unsourced.',
    decide: (e) => (e.top === undefined ? { verdict: 'unsourced' } : undefined),
  },
  noClaim('writer-own', 'The writer tells their own experience (a first-person clause outside quotations): no source can contradict it.', (e) => e.writerOwn),
  noClaim('question', 'A question claims nothing ("Is this its first recall?"): no source can contradict it.', (e) => e.question),
  {
    id: 'unnamed-part',
    description:
      'A year given with a quarter or half no source names ("Q2 2020"), where a source about the same thing gives that year with another ("the third quarter of 2020"): the part of the year is wrong.',
    decide: (e) => (e.otherPart !== undefined ? { verdict: 'contradicted', match: e.otherPart } : undefined),
  },
  {
    id: 'year-of-the-day',
    description:
      'A year that dates a day ("24 February 2026"), where a source gives that day with another year ("24 February 2027") and none with the draft\'s: the year is wrong.',
    decide: (e) => (e.otherDateYear !== undefined ? { verdict: 'contradicted', match: e.otherDateYear } : undefined),
  },
  {
    id: 'earlier-value',
    description:
      'The sources state the value only as the earlier one of a comparison ("9.4 nights, down from 9.9 a year earlier"), and the draft gives it as the current one: the later value is the figure.',
    decide: (e) => (e.laterValue !== undefined ? { verdict: 'contradicted', match: e.laterValue } : undefined),
  },
  {
    id: 'swapped-comparison',
    description:
      'The draft gives as its comparison\'s earlier value what a source states as the later one, and as its later value the source\'s earlier one ("fell from 2.8% to 3.1%" against "fell to 2.8% from 3.1%"): the two are swapped.',
    decide: (e) => (e.swappedEarlier !== undefined ? { verdict: 'contradicted', match: e.swappedEarlier } : undefined),
  },
  {
    id: 'other-items-figure',
    description:
      'A source list gives the value for one item and another value for the item the draft\'s words name ("watercraft 22% and drones 9%" against "Drones accounted for 22%"), and no other source states it: the draft pairs them the wrong way. The list\'s own words outweigh words near both numbers.',
    decide: (e) => (e.otherItem !== undefined ? { verdict: 'contradicted', match: e.otherItem } : undefined),
  },
  {
    id: 'other-levels-change',
    description:
      'A source gives a change of the very level the draft\'s change measures with another value, and the sources state the draft\'s value only as the change of another level ("41.63 million tonnes, up 8.9%" where the tonnes rose 5.2% and the containers 8.9%): the draft gives another item\'s change.',
    decide: (e) => (e.otherLevelsChange !== undefined ? { verdict: 'contradicted', match: e.otherLevelsChange } : undefined),
  },
  {
    id: 'states-the-value',
    description: 'A source states the very value about the same thing (entity and metric words agree): supported, whatever else the sources say.',
    decide: (e) => (e.statesValue !== undefined ? { verdict: 'supported', match: e.statesValue } : undefined),
  },
  {
    id: 'wrong-rate',
    description:
      'A source states the very value about the same thing, but per another length of time ("£178 a week" for the draft\'s "£178 a month", a total over five years for "a year"), and none states it per the draft\'s: the rate is wrong.',
    decide: (e) => (e.otherRate !== undefined ? { verdict: 'contradicted', match: e.otherRate } : undefined),
  },
  {
    id: 'other-entitys-figure',
    description:
      'One source sentence or table row gives the value for another entity and another value for the one the draft names ("UK 41, Ireland 6" against "Ireland accounts for 41"): the draft gives the other entity\'s figure.',
    decide: (e) => (e.otherEntitysFigure && e.rival !== undefined && !e.otherKind && !e.writerOwn && !e.question ? { verdict: 'contradicted', match: e.rival } : undefined),
  },
  {
    id: 'support-leads',
    description: 'An agreeing source quantity with some evidence scores within the margin of the best candidate: supported.',
    decide: (e, p) => (e.supporting !== undefined && e.top !== undefined && e.supporting.score >= e.top.score - p.margin ? { verdict: 'supported', match: e.supporting } : undefined),
  },
  excuse(
    'no-rival',
    'No candidate could be contradicted: each is spoken for by another draft number, about something else, or of another period. A slip of the pen (below) needs no rival: the digits and the period tie it.',
    (e) => e.rival === undefined && e.penSlip === undefined,
  ),
  excuse('rival-agrees', 'The best rival agrees with the mention.', (e) => e.rival?.agrees === true),
  excuse(
    'stated-of-other-noun',
    'A source sentence tied to the draft\'s (the rival\'s own, or one sharing a number or two words with it) states the mention\'s very count, of another noun or none ("58 diffusion-tube sites" for "58 tubes"): the writer took it from there.',
    (e) => e.statedOfOtherNoun,
  ),
  excuse('plausibly-right', 'An agreeing candidate may be what the writer meant (same sentence, or as good a match): ambiguous, never wrong.', (e) => e.plausiblyRight),
  {
    id: 'unnamed-year',
    description:
      'A year no source names, where a source year about the same thing (metric words agree) could be what the writer mis-wrote: a contradiction; a year that dates another number needs the rival\'s sentence to share a number with the draft\'s too.',
    decide: (e, p) => {
      const r = e.rival;
      return e.unnamedYear && r !== undefined && (!e.datingOnly || r.anchored) && r.plausible > 0 && r.metric >= p.unnamedYearMetric && r.entity >= p.minEntity ? { verdict: 'contradicted', match: r } : undefined;
    },
  },
  excuse(
    'derived',
    'A figure worked out from the rival\'s sentence (a change in percent or points between two levels, the rise between a comparison\'s ends the draft restates; when marked as rounded, a gap or the rest of a whole), or from the draft\'s own numbers (a difference or sum, a share of two counts; when marked as rounded, an average or a total), is not a misquoted one.',
    (e) => e.derived,
  ),
  {
    id: 'slip-of-the-pen',
    description:
      'No source states the value, and one about the same thing gives its digits in another order ("41 years" for 14) or at another scale ("£2.7bn" for £2.7 million): a slip of the pen.',
    decide: (e) => (e.penSlip !== undefined ? { verdict: 'contradicted', match: e.penSlip } : undefined),
  },
  excuse('other-document', 'The draft names what it speaks of, and the rival\'s source names it nowhere while another source does: the rival is about something else.', (e) => e.otherDocument),
  excuse(
    'foreign-scope',
    'The draft\'s sentence opens on a place no source names ("Across England and Wales, …"), or on a wider world ("Nationally, …") than the rival\'s sentence names, and the rival shares no figure with it: the sources say nothing about that place.',
    (e) => e.foreignScope,
  ),
  excuse('unnamed-item', 'The rival is one item of a source breakdown ("6.2% in the public sector and 4.8% in the private sector"), and the draft names none of its items: it may speak of the whole.', (e) => e.unnamedItem),
  excuse('dates-only', 'A year that only dates another number is checked through that number.', (e) => e.datingOnly),
  excuse(
    'compared-year',
    'The rival is the year of its sentence\'s bracketed earlier value ("148,320 (136,910 in 2024-25)"), and the draft\'s year is later: it may be the period of the comparison\'s other end, which the source leaves unsaid.',
    (e) => e.comparedYear,
  ),
  excuse('other-criterion', 'A rank by a criterion the source sentence does not name may be another ranking.', (e) => e.otherCriterion),
  excuse(
    'bare-superlative',
    'A superlative with no ordinal ("the windiest", "the most serious") ranks first by a criterion of its own, which a source rank rarely shares: it is checked only against a source sentence the draft\'s restates (a shared number, and nearly the same words).',
    (e, p) => bareSuperlative(e.quantity) && !(e.rival !== undefined && e.rival.anchored && e.rival.metric >= p.verbatimMetric),
  ),
  excuse('other-kind', 'A forecast and a result, or an amount per share and a total, are different figures.', (e) => e.otherKind),
  excuse('little-evidence', 'Too few points of evidence tie the rival to the mention.', (e, p) => e.points < p.minPoints),
  excuse(
    'implausible-slip',
    'The values are too far apart to be one figure mis-written, and nothing else (a shared number and period, nearly the same words) ties them. One shared word, such as the counted noun alone, is not nearly the same words.',
    (e, p) => {
      const r = e.rival;
      const verbatim = r !== undefined && r.entity >= p.verbatimEntity && r.metric >= p.verbatimMetric && r.shared >= 2;
      return r !== undefined && !(r.plausible > 0 || (r.anchored && r.period > 0) || verbatim);
    },
  ),
  excuse('weak-match', 'The rival matches the mention too weakly on score, entity or metric words.', (e, p) => {
    const r = e.rival;
    return r === undefined || r.score < p.contradictScore || r.entity < p.minEntity || r.metric < e.minMetric;
  }),
  excuse('narrow-margin', 'The rival does not lead the best agreeing candidate by the margin.', (e, p) => e.margin < p.margin),
  excuse(
    'loose-figure',
    'A figure marked as rounded or as a bound ("about 2,400", "just over £2 million") claims little: it is contradicted only by a source figure marked so too ("about 10%" for "about 6%"), or by one whose sentence shares another figure with the draft\'s.',
    (e) => looseFigure(e.quantity) && e.rival !== undefined && !looseFigure(e.rival.candidate.quantity) && !e.rival.anchored,
  ),
  {
    id: 'contradicted',
    description: 'A source quantity about the same thing states another value, and nothing excuses the mention: a contradiction.',
    decide: (e) => (e.rival !== undefined ? { verdict: 'contradicted', match: e.rival } : { verdict: 'unsourced' }),
  },
];

/** A decision with the id of the rule that made it. */
export interface RuledDecision extends RuleDecision {
  readonly rule: string;
}

/** Asks the rules in order; the first that decides gives the verdict. */
export function decide(evidence: MentionEvidence, params: CheckerParams, rules: readonly VerdictRule[] = VERDICT_RULES): RuledDecision {
  for (const rule of rules) {
    const decision = rule.decide(evidence, params);
    if (decision !== undefined) return { ...decision, rule: decision.rule ?? rule.id };
  }
  return { verdict: 'unsourced', rule: 'none' };
}
