/** The data one benchmark run produces; printed as tables or as JSON. */
import type { Distribution } from './measure';

/** Figures for one system at one corpus size. */
export interface SystemFigures {
  readonly name: string;
  readonly buildMs: number;
  /** Heap the system holds after building, including the text it needs (see run.ts for how each is measured). */
  readonly heapBytes: number;
  readonly query: Distribution;
  /** How many queries the size offered; `query.count` is how many ran within the budget. */
  readonly queriesOffered: number;
  readonly hitAt5: number;
  /** Our index's hit@5 on exactly the queries this system ran. */
  readonly oursHitAt5SameQueries: number;
  readonly update: Distribution;
}

/** Everything measured at one corpus size. */
export interface SizeFigures {
  readonly label: string;
  readonly targetFacts: number;
  readonly generatedFacts: number;
  readonly files: number;
  readonly rawTextBytes: number;
  readonly indexedFacts: number;
  readonly indexedQuotes: number;
  /** Reading (readSource) and sentence-splitting every file. */
  readonly floorMs: number;
  readonly asyncBuildMs: number;
  readonly asyncMaxStallMs: number;
  /** Checking a generated 5,000-word draft (median of several runs), or undefined when the checker is missing. */
  readonly draftCheck?: Distribution;
  readonly draftWords: number;
  readonly ours: SystemFigures;
  readonly baselines: readonly SystemFigures[];
}

/** One of issue 5's targets, judged. */
export interface TargetCheck {
  readonly target: string;
  readonly status: 'PASS' | 'FAIL' | 'n/a';
  readonly figure: string;
}

/** A whole run. */
export interface BenchReport {
  readonly sizes: readonly SizeFigures[];
  readonly bundleBytes?: number;
  readonly targets: readonly TargetCheck[];
}
