/**
 * Scoring of the fact-check evaluation: match contradiction flags to labelled
 * mentions by span overlap, then count precision, recall, false alarms and
 * must-not-flag violations, overall and per category. Pure functions over
 * plain data; the runner does the reading and printing.
 */
import type { Span } from '../../src/core/model';
import type { LocatedMention } from './labels';

/** A contradiction the checker reported, reduced to what scoring and debugging need. */
export interface Flag {
  readonly span: Span;
  /** A one-line explanation for debugging output (claimed vs expected, source). */
  readonly detail: string;
}

/** A labelled mention and the flag assigned to it, if any. */
export interface MentionOutcome {
  readonly mention: LocatedMention;
  readonly flag?: Flag;
  /** True for mentions of generated (perturbed) drafts. */
  readonly generated: boolean;
}

/** Outcome of one draft: its mentions, and flags that overlap no labelled mention. */
export interface DraftOutcome {
  readonly mentions: MentionOutcome[];
  readonly strays: Flag[];
}

/** The targets. */
export const TARGETS = { precision: 0.97, recall: 0.9, mustNotFlagViolations: 0 } as const;

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Assigns each flag to the labelled mention it overlaps most; a flag that
 * overlaps none is a stray. A mention keeps the first flag assigned to it.
 */
export function matchFlags(mentions: readonly LocatedMention[], flags: readonly Flag[], generated = false): DraftOutcome {
  const assigned = new Map<LocatedMention, Flag>();
  const strays: Flag[] = [];
  for (const flag of flags) {
    let best: LocatedMention | undefined;
    let bestOverlap = 0;
    for (const m of mentions) {
      const o = overlap(m.span, flag.span);
      if (o > bestOverlap) [best, bestOverlap] = [m, o];
    }
    if (!best) strays.push(flag);
    else if (!assigned.has(best)) assigned.set(best, flag);
  }
  return {
    mentions: mentions.map((mention) => {
      const flag = assigned.get(mention);
      return flag ? { mention, flag, generated } : { mention, generated };
    }),
    strays,
  };
}

/** Headline numbers of one evaluation run. */
export interface Summary {
  readonly mentions: number;
  readonly contradicted: number;
  readonly supported: number;
  readonly unsourced: number;
  readonly generatedContradictions: number;
  readonly truePositives: number;
  readonly falseNegatives: number;
  readonly falseAlarmsSupported: number;
  readonly falseAlarmsUnsourced: number;
  /** Flags on hand-written drafts that overlap no labelled mention; they count against precision. */
  readonly strayFlags: number;
  /** TP / all flags; null when nothing was flagged. */
  readonly precision: number | null;
  /** Precision of the hand-written drafts alone: their true positives against their false alarms. */
  readonly precisionHandWritten: number | null;
  /** Generated paraphrases of supported figures (generate.ts), and how many of them were flagged: each a false alarm. */
  readonly paraphrased: number;
  readonly paraphraseFalseAlarms: number;
  /** TP / all contradicted mentions (hand-written and generated); null when there are none. */
  readonly recall: number | null;
  readonly recallHandWritten: number | null;
  readonly recallGenerated: number | null;
  readonly mustNotFlagViolations: number;
}

function ratio(num: number, den: number): number | null {
  return den === 0 ? null : num / den;
}

/** Counts the headline numbers over all outcomes. `strayFlags` is the number of stray flags on hand-written drafts. */
export function summarize(outcomes: readonly MentionOutcome[], strayFlags: number): Summary {
  const count = (pred: (o: MentionOutcome) => boolean): number => outcomes.filter(pred).length;
  const contradicted = (o: MentionOutcome): boolean => o.mention.label === 'contradicted';
  const tp = count((o) => contradicted(o) && o.flag !== undefined);
  const fpSupported = count((o) => o.mention.label === 'supported' && o.flag !== undefined);
  const fpUnsourced = count((o) => o.mention.label === 'unsourced' && o.flag !== undefined);
  const tpHand = count((o) => !o.generated && contradicted(o) && o.flag !== undefined);
  const falseAlarms = fpSupported + fpUnsourced + strayFlags;
  const falseAlarmsHand = count((o) => !o.generated && !contradicted(o) && o.flag !== undefined) + strayFlags;
  const paraphrase = (o: MentionOutcome): boolean => o.generated && o.mention.label === 'supported';
  const recallOf = (generated: boolean): number | null =>
    ratio(
      count((o) => o.generated === generated && contradicted(o) && o.flag !== undefined),
      count((o) => o.generated === generated && contradicted(o)),
    );
  return {
    mentions: outcomes.length,
    contradicted: count(contradicted),
    supported: count((o) => o.mention.label === 'supported'),
    unsourced: count((o) => o.mention.label === 'unsourced'),
    generatedContradictions: count((o) => o.generated && contradicted(o)),
    truePositives: tp,
    falseNegatives: count((o) => contradicted(o) && o.flag === undefined),
    falseAlarmsSupported: fpSupported,
    falseAlarmsUnsourced: fpUnsourced,
    strayFlags,
    precision: ratio(tp, tp + falseAlarms),
    precisionHandWritten: ratio(tpHand, tpHand + falseAlarmsHand),
    paraphrased: count(paraphrase),
    paraphraseFalseAlarms: count((o) => paraphrase(o) && o.flag !== undefined),
    recall: ratio(tp, count(contradicted)),
    recallHandWritten: recallOf(false),
    recallGenerated: recallOf(true),
    mustNotFlagViolations: count((o) => o.mention.mustNotFlag && o.flag !== undefined),
  };
}

/** One row of the per-category table. */
export interface CategoryRow {
  readonly category: string;
  /** Labelled mentions in the category. */
  readonly n: number;
  /** How many the checker flagged as contradictions. */
  readonly flagged: number;
  /** How many are labelled contradicted (should be flagged). */
  readonly expected: number;
  /** How many the checker got right: flagged when contradicted, silent otherwise. */
  readonly correct: number;
}

/** Per-category counts, sorted by category name. */
export function categoryTable(outcomes: readonly MentionOutcome[]): CategoryRow[] {
  const rows = new Map<string, { n: number; flagged: number; expected: number; correct: number }>();
  for (const o of outcomes) {
    const row = rows.get(o.mention.category) ?? { n: 0, flagged: 0, expected: 0, correct: 0 };
    const flagged = o.flag !== undefined;
    const expected = o.mention.label === 'contradicted';
    row.n++;
    if (flagged) row.flagged++;
    if (expected) row.expected++;
    if (flagged === expected) row.correct++;
    rows.set(o.mention.category, row);
  }
  return [...rows].sort(([a], [b]) => a.localeCompare(b)).map(([category, row]) => ({ category, ...row }));
}

/** The targets a summary misses, as readable sentences; empty when all are met. */
export function missedTargets(summary: Summary): string[] {
  const missed: string[] = [];
  if (summary.precision === null || summary.precision < TARGETS.precision) missed.push(`precision ${fmt(summary.precision)} < ${TARGETS.precision}`);
  if (summary.recall === null || summary.recall < TARGETS.recall) missed.push(`recall ${fmt(summary.recall)} < ${TARGETS.recall}`);
  if (summary.mustNotFlagViolations > TARGETS.mustNotFlagViolations) missed.push(`${summary.mustNotFlagViolations} must-not-flag violation(s)`);
  return missed;
}

/** Formats a ratio with three decimals, or `n/a`. */
export function fmt(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}
