/**
 * `npm run fit`: fits the checker's parameters (src/core/check/params.ts) on the development data, by
 * coordinate descent over a grid of values for the thresholds that decide a verdict, and prints the
 * figures before and after on the sets it fitted on and on the sets it did not.
 *
 * - Fitted on: the main labelled set (test/eval/: hand-written drafts and the generated contradictions of
 *   the default seed) and the "fit" half of the SummEdits development share.
 * - Measured only: the "check" half of SummEdits, and the main set's generated contradictions of two other
 *   seeds. The held-out set (test/eval/holdout/) is never read here.
 *
 * Objective (precision first): the mean recall of the two fitted sets, minus 4 × every point of precision
 * below 0.999 on the main set (a single false alarm there costs more than it can gain) and below 0.97 on
 * SummEdits, minus 1 per must-not-flag violation.
 *
 * Flags: `--write` writes the fitted values to src/core/check/fittedParams.json; `--passes N` (default 2).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CheckerParams } from '../../src/core/check/params';
import { DEFAULT_PARAMS } from '../../src/core/check/params';
import { SourceIndex } from '../../src/core/index/sourceIndex';
import { checkSamples, documentIndexes, type ExternalSample, loadSummEdits, shareHalves, tally } from './external/summedits';
import { DEFAULT_SEED } from './generate';
import { evalDir, repoRoot } from './labels';
import { checkLabelledSet, type LabelledSet, loadLabelledSet, readFolder } from './labelledSet';
import { summarize } from './score';

/** The parameters fitted, with the values tried. The others keep their values. */
const GRID: readonly { readonly key: keyof CheckerParams; readonly values: readonly number[] }[] = [
  { key: 'statesValueMetric', values: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8] },
  { key: 'statesValueNamedMetric', values: [0.1, 0.2, 0.3, 0.4, 0.5, 0.7] },
  { key: 'statesValueEntityGap', values: [0.1, 0.2, 0.3, 0.5] },
  { key: 'contradictScore', values: [0.35, 0.4, 0.45, 0.5, 0.55, 0.6] },
  { key: 'contradictMetric', values: [0.15, 0.2, 0.25, 0.3, 0.35, 0.45] },
  { key: 'contradictMetricNamed', values: [0.05, 0.1, 0.15, 0.2, 0.3] },
  { key: 'unnamedYearMetric', values: [0.3, 0.4, 0.5, 0.6, 0.8, 1.1] },
  { key: 'margin', values: [0.05, 0.1, 0.15, 0.2] },
  { key: 'minEntity', values: [0.2, 0.3, 0.4, 0.5] },
  { key: 'ambiguousMetric', values: [0.3, 0.4, 0.5, 0.6, 0.7] },
  { key: 'decisive', values: [0.15, 0.2, 0.25, 0.3] },
  { key: 'minPoints', values: [1, 2, 3, 4] },
  { key: 'supportMetric', values: [0.05, 0.1, 0.2, 0.3] },
  { key: 'weightImplausible', values: [0.1, 0.2, 0.3] },
  { key: 'namedEntity', values: [0.6, 0.7, 0.8, 0.9] },
  { key: 'ambiguousGap', values: [0.1, 0.2, 0.3] },
  { key: 'sideBySideEntityGap', values: [0.2, 0.4, 0.6] },
];

/** Recall, precision and must-not-flag violations of one set. */
interface Figures {
  readonly recall: number;
  readonly precision: number;
  readonly mustNotFlag: number;
  readonly falseAlarmRate?: number;
}

/** A labelled set with its index built once. */
interface PreparedSet {
  readonly set: LabelledSet;
  readonly index: SourceIndex;
}

function prepare(seed: number): PreparedSet {
  const set = loadLabelledSet(evalDir(), { seed, extraSources: readFolder(path.join(repoRoot(), 'seeds')) });
  return { set, index: SourceIndex.build(set.sources) };
}

function labelledFigures(p: PreparedSet, params: CheckerParams, generatedOnly = false): Figures {
  const entries = [...checkLabelledSet(p.set, params, p.index).entries()].filter(([d]) => !generatedOnly || d.generated);
  // A generated draft labels only its changed mention: flags elsewhere in it are not counted (as npm run eval does).
  const summary = summarize(
    entries.flatMap(([, o]) => o.mentions),
    entries.reduce((n, [d, o]) => n + (d.generated ? 0 : o.strays.length), 0),
  );
  return { recall: summary.recall ?? 0, precision: summary.precision ?? 1, mustNotFlag: summary.mustNotFlagViolations };
}

function externalFigures(indexes: ReadonlyMap<string, SourceIndex>, samples: readonly ExternalSample[], params: CheckerParams): Figures {
  const t = tally(checkSamples(indexes, samples, params));
  return { recall: t.recall, precision: t.flaggedEdits + t.flaggedAgreeing === 0 ? 1 : t.precision, mustNotFlag: 0, falseAlarmRate: t.falseAlarmRate };
}

/** The objective (see the module header). */
function objective(own: Figures, external: Figures): number {
  return (own.recall + external.recall) / 2 - 4 * Math.max(0, 0.999 - own.precision) - 4 * Math.max(0, 0.97 - external.precision) - own.mustNotFlag;
}

function show(label: string, f: Figures): string {
  const alarms = f.falseAlarmRate === undefined ? '' : `, false alarms ${(100 * f.falseAlarmRate).toFixed(1)} %`;
  return `${label.padEnd(44)} recall ${f.recall.toFixed(3)}  precision ${f.precision.toFixed(3)}${f.mustNotFlag > 0 ? `  must-not-flag ${f.mustNotFlag}` : ''}${alarms}`;
}

function main(): void {
  const argv = process.argv.slice(2);
  const passesAt = argv.indexOf('--passes');
  const passes = passesAt >= 0 ? Number(argv[passesAt + 1]) : 2;
  const own = prepare(DEFAULT_SEED);
  const others = [prepare(DEFAULT_SEED + 1), prepare(DEFAULT_SEED + 2)];
  const { docs, samples } = loadSummEdits();
  const half = shareHalves(docs.values());
  const indexes = documentIndexes(docs);
  const fitSamples = samples.filter((s) => half.get(s.docId) === 'fit');
  const checkHalf = samples.filter((s) => half.get(s.docId) === 'check');

  const evaluate = (params: CheckerParams): number => objective(labelledFigures(own, params), externalFigures(indexes, fitSamples, params));
  const report = (title: string, params: CheckerParams): void => {
    console.log(title);
    console.log(show('  fitted on: main set (seed default)', labelledFigures(own, params)));
    console.log(show('  fitted on: SummEdits fit half', externalFigures(indexes, fitSamples, params)));
    others.forEach((o, i) => console.log(show(`  not fitted: main set, generated seed +${i + 1}`, labelledFigures(o, params, true))));
    console.log(show('  not fitted: SummEdits check half', externalFigures(indexes, checkHalf, params)));
  };

  report('before', DEFAULT_PARAMS);
  let current: CheckerParams = { ...DEFAULT_PARAMS };
  let best = evaluate(current);
  for (let pass = 0; pass < passes; pass++) {
    let changed = false;
    for (const { key, values } of GRID) {
      for (const value of values) {
        if (value === current[key]) continue;
        const tried = { ...current, [key]: value };
        const score = evaluate(tried);
        if (score > best + 1e-9) {
          best = score;
          current = tried;
          changed = true;
        }
      }
      console.log(`pass ${pass + 1}: ${key} = ${current[key]} (objective ${best.toFixed(4)})`);
    }
    if (!changed) break;
  }
  report('after', current);
  if (argv.includes('--write')) {
    const file = path.join(repoRoot(), 'src', 'core', 'check', 'fittedParams.json');
    fs.writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
    console.log(`wrote ${path.relative(repoRoot(), file)}`);
  }
}

main();
