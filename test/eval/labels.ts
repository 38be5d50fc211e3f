/**
 * The labelled fact-check set: where it lives on disk, what a label looks
 * like, and how a label's mention is found in its draft.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Span } from '../../src/core/model';

/** What a careful fact-checker says about one number mention in a draft. */
export type LabelKind = 'contradicted' | 'supported' | 'unsourced';

/** Every allowed {@link LabelKind}. */
export const LABEL_KINDS: readonly LabelKind[] = ['contradicted', 'supported', 'unsourced'];

/** One entry of `test/eval/labels.json`. */
export interface Label {
  /** Draft path relative to `test/eval/`, e.g. `drafts/01-x.md`. */
  readonly draft: string;
  /** Exact substring of the draft that covers the number, its unit and scale. */
  readonly mention: string;
  /** 1-based occurrence of `mention` in the draft, for repeated substrings. */
  readonly occurrence: number;
  readonly label: LabelKind;
  /** Why the mention is hard, e.g. `digit-swap`, `hedge`, `writer-own` (see README.md). */
  readonly category: string;
  /** True when a contradiction finding here is a hard failure (the must-not-flag list). */
  readonly mustNotFlag?: boolean;
  readonly note?: string;
}

/** A labelled mention resolved to offsets in its draft's text. */
export interface LocatedMention {
  readonly draft: string;
  readonly mention: string;
  readonly span: Span;
  readonly label: LabelKind;
  readonly category: string;
  readonly mustNotFlag: boolean;
  readonly note?: string;
}

/** The repository root, found from this file's compiled place in `out/test/eval/`. */
export function repoRoot(): string {
  return path.resolve(__dirname, '..', '..', '..');
}

/** The `test/eval/` folder that holds sources, drafts and labels. */
export function evalDir(): string {
  return path.join(repoRoot(), 'test', 'eval');
}

/** Reads and parses `test/eval/labels.json`. */
export function loadLabels(dir: string = evalDir()): Label[] {
  return JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Label[];
}

/** Offsets of the `occurrence`-th (1-based) appearance of `mention` in `text`, or undefined. */
export function locateMention(text: string, mention: string, occurrence: number): Span | undefined {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    start = text.indexOf(mention, start + 1);
    if (start < 0) return undefined;
  }
  return start < 0 ? undefined : { start, end: start + mention.length };
}

/**
 * Resolves every label of one draft to offsets. Throws when a mention cannot
 * be found, so a stale label never silently drops out of the evaluation.
 */
export function locateLabels(draft: string, text: string, labels: readonly Label[]): LocatedMention[] {
  return labels
    .filter((l) => l.draft === draft)
    .map((l) => {
      const span = locateMention(text, l.mention, l.occurrence);
      if (!span) throw new Error(`${draft}: mention ${JSON.stringify(l.mention)} #${l.occurrence} not found`);
      return {
        draft,
        mention: l.mention,
        span,
        label: l.label,
        category: l.category,
        mustNotFlag: l.mustNotFlag === true,
        ...(l.note !== undefined ? { note: l.note } : {}),
      };
    });
}

/** 1-based line number of `offset` in `text`. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
