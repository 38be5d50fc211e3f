/**
 * `npm run eval`: checks every labelled draft (hand-written and generated)
 * against an index of `test/eval/sources/*` and `seeds/*`, and prints
 * precision, recall, false alarms, must-not-flag violations, a per-category
 * table and every false positive and false negative with its draft:line.
 *
 * Besides the hand-written drafts it checks generated ones (generate.ts): a
 * contradiction and a paraphrase (the same figure said differently, which
 * must not be flagged) of each supported mention they apply to.
 *
 * Flags: `--json` prints the same machine-readably; `--strict` exits 1 when
 * the issue's targets are missed; `--seed N` changes the generated set;
 * `--no-generated` checks the hand-written drafts only; `--set NAME` checks
 * the labelled set in test/eval/NAME/ (its own sources only) instead of the
 * main set: `holdout`, `holdout2`, … (one folder each), each written
 * before the checker first ran on it (measured once, then read for
 * development; see each set's README). No fit ever sees them.
 */
import * as path from 'path';
import { DEFAULT_SEED } from './generate';
import { evalDir, lineOf, repoRoot } from './labels';
import { checkLabelledSet, type EvalDraft, loadLabelledSet, readFolder } from './labelledSet';
import { categoryTable, type DraftOutcome, fmt, missedTargets, summarize, type CategoryRow, type MentionOutcome, type Summary } from './score';

interface Options {
  readonly json: boolean;
  readonly strict: boolean;
  readonly generated: boolean;
  readonly seed: number;
  /** `main` (test/eval/), or the name of a held-out set folder under test/eval/ (`holdout`, `holdout2`, …), kept out of every fit. */
  readonly set: string;
}

function parseArgs(argv: readonly string[]): Options {
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new Error('--seed needs an integer');
  const setAt = argv.indexOf('--set');
  const set = setAt >= 0 ? argv[setAt + 1] : 'main';
  if (set === undefined || !/^(?:main|holdout\d*)$/u.test(set)) throw new Error('--set is main or a held-out set folder under test/eval/ (holdout, holdout2, …)');
  return { json: argv.includes('--json'), strict: argv.includes('--strict'), generated: !argv.includes('--no-generated'), seed, set };
}

/** A printable false positive or false negative. */
interface Miss {
  readonly kind: 'false-positive' | 'false-negative' | 'stray';
  readonly where: string;
  readonly text: string;
  readonly category?: string;
  readonly detail?: string;
}

function misses(drafts: readonly EvalDraft[], outcomes: ReadonlyMap<EvalDraft, DraftOutcome>): Miss[] {
  const out: Miss[] = [];
  for (const draft of drafts) {
    const outcome = outcomes.get(draft);
    if (!outcome) continue;
    const where = (offset: number): string => `${draft.name}:${lineOf(draft.text, offset)}`;
    for (const { mention, flag } of outcome.mentions) {
      const note = mention.note ? ` (${mention.note})` : '';
      if (flag && mention.label !== 'contradicted') {
        out.push({ kind: 'false-positive', where: where(mention.span.start), text: mention.mention, category: mention.category, detail: `${mention.label}${mention.mustNotFlag ? ', MUST NOT FLAG' : ''}: ${flag.detail}` });
      } else if (!flag && mention.label === 'contradicted') {
        out.push({ kind: 'false-negative', where: where(mention.span.start), text: mention.mention, category: mention.category, detail: `not flagged${note}` });
      }
    }
    if (!draft.generated) {
      for (const stray of outcome.strays) {
        out.push({ kind: 'stray', where: where(stray.span.start), text: draft.text.slice(stray.span.start, stray.span.end), detail: `flag on an unlabelled span: ${stray.detail}` });
      }
    }
  }
  return out;
}

function pad(value: string | number, width: number): string {
  return String(value).padEnd(width);
}

function printText(summary: Summary, rows: readonly CategoryRow[], found: readonly Miss[], missed: readonly string[]): void {
  const lines = [
    `mentions ${summary.mentions}: ${summary.contradicted} contradicted (${summary.generatedContradictions} generated), ${summary.supported} supported, ${summary.unsourced} unsourced`,
    `precision ${fmt(summary.precision)} (hand-written ${fmt(summary.precisionHandWritten)})   recall ${fmt(summary.recall)} (hand-written ${fmt(summary.recallHandWritten)}, generated ${fmt(summary.recallGenerated)})`,
    `true positives ${summary.truePositives}, false negatives ${summary.falseNegatives}`,
    `false alarms: ${summary.falseAlarmsSupported}/${summary.supported} supported, ${summary.falseAlarmsUnsourced}/${summary.unsourced} unsourced, ${summary.strayFlags} on unlabelled spans`,
    `must-not-flag violations ${summary.mustNotFlagViolations}`,
    `paraphrased supported figures flagged ${summary.paraphraseFalseAlarms}/${summary.paraphrased}`,
    '',
    `${pad('category', 26)}${pad('n', 6)}${pad('flagged', 9)}${pad('expected', 10)}correct`,
    ...rows.map((r) => `${pad(r.category, 26)}${pad(r.n, 6)}${pad(r.flagged, 9)}${pad(r.expected, 10)}${r.correct}`),
    '',
    ...found.map((m) => `${m.where}  ${m.kind}  ${JSON.stringify(m.text)}${m.category ? ` [${m.category}]` : ''}  ${m.detail ?? ''}`),
    '',
    missed.length === 0 ? 'targets met' : `targets missed: ${missed.join('; ')}`,
  ];
  console.log(lines.join('\n'));
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  const dir = options.set === 'main' ? evalDir() : path.join(evalDir(), options.set);
  // The main set's drafts draw on the seeds too; the held-out set stands alone.
  const extraSources = options.set === 'main' ? readFolder(path.join(repoRoot(), 'seeds')) : [];
  const set = loadLabelledSet(dir, { extraSources, ...(options.generated ? { seed: options.seed } : {}) });
  const drafts = set.drafts;
  const hand = drafts.filter((d) => !d.generated);
  const generated = drafts.filter((d) => d.generated);

  const started = Date.now();
  const outcomes = checkLabelledSet(set);
  const elapsedMs = Date.now() - started;

  const all: MentionOutcome[] = [...outcomes.values()].flatMap((o) => o.mentions);
  const strays = hand.reduce((n, d) => n + (outcomes.get(d)?.strays.length ?? 0), 0);
  const summary = summarize(all, strays);
  const rows = categoryTable(all);
  const found = misses(drafts, outcomes);
  const missed = missedTargets(summary);
  if (options.json) {
    console.log(JSON.stringify({ seed: options.seed, drafts: { handWritten: hand.length, generated: generated.length }, elapsedMs, summary, categories: rows, misses: found, targetsMissed: missed }, null, 2));
  } else {
    printText(summary, rows, found, missed);
    console.log(`${hand.length} hand-written + ${generated.length} generated drafts checked in ${elapsedMs} ms (seed ${options.seed})`);
  }
  return options.strict && missed.length > 0 ? 1 : 0;
}

process.exitCode = main();
