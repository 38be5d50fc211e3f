/** Judges a benchmark run against the targets of issue 5. */
import type { BenchReport, SizeFigures, TargetCheck } from './results';

const BUNDLE_LIMIT = 400 * 1024;
const STALL_LIMIT_MS = 50;

function judge(target: string, ok: boolean | undefined, figure: string): TargetCheck {
  return { target, status: ok === undefined ? 'n/a' : ok ? 'PASS' : 'FAIL', figure };
}

function baseline(size: SizeFigures, prefix: string) {
  return size.baselines.find((b) => b.name.startsWith(prefix));
}

const f1 = (x: number): string => x.toFixed(1);

/** Checks each target for which the run has the sizes it needs; the others are reported as n/a. */
export function checkTargets(sizes: readonly SizeFigures[], bundleBytes: number | undefined): TargetCheck[] {
  const at = (label: string) => sizes.find((s) => s.label === label);
  const k100 = at('100k');
  const k500 = at('500k');
  const k1 = at('1k');
  const out: TargetCheck[] = [];
  const missing = 'size not run';

  const fuse = k100 && baseline(k100, 'fuse');
  const mini = k100 && baseline(k100, 'MiniSearch');
  if (k100 && fuse) {
    const r = fuse.query.p95 / k100.ours.query.p95;
    out.push(judge('100k: p95 ≥ 1,000× lower than plain fuse.js', r >= 1000, `${f1(r)}× (fuse.js ${f1(fuse.query.p95)} ms over ${fuse.query.count} queries, ours ${k100.ours.query.p95.toFixed(2)} ms)`));
  } else out.push(judge('100k: p95 ≥ 1,000× lower than plain fuse.js', undefined, missing));
  if (k100 && mini) {
    const r = mini.query.p95 / k100.ours.query.p95;
    out.push(judge('100k: p95 ≥ 10× lower than MiniSearch', r >= 10, `${f1(r)}× (MiniSearch ${f1(mini.query.p95)} ms, ours ${k100.ours.query.p95.toFixed(2)} ms)`));
  } else out.push(judge('100k: p95 ≥ 10× lower than MiniSearch', undefined, missing));
  if (k100) {
    const notBelow = k100.baselines.every((b) => b.oursHitAt5SameQueries >= b.hitAt5);
    const detail = k100.baselines.map((b) => `${b.name.split(' ')[0]} ${b.hitAt5.toFixed(2)} vs ours ${b.oursHitAt5SameQueries.toFixed(2)} on its ${b.query.count}`).join('; ');
    out.push(judge('100k: hit@5 ≥ 0.95 and never below either baseline', k100.ours.hitAt5 >= 0.95 && notBelow, `ours ${k100.ours.hitAt5.toFixed(3)}; ${detail}`));
    const buildRatio = k100.ours.buildMs / k100.floorMs;
    out.push(judge('100k: build ≤ 3× read + sentence-split', buildRatio <= 3, `${buildRatio.toFixed(2)}× (${Math.round(k100.ours.buildMs)} ms vs ${Math.round(k100.floorMs)} ms)`));
    const updateShare = k100.ours.update.median / k100.ours.buildMs;
    out.push(judge('100k: re-index one file < 1% of build', updateShare < 0.01, `${(updateShare * 100).toFixed(3)}% (${k100.ours.update.median.toFixed(2)} ms)`));
    const heapRatio = k100.ours.heapBytes / k100.rawTextBytes;
    out.push(judge('100k: heap after build ≤ 4× raw text', heapRatio <= 4, `${heapRatio.toFixed(2)}× (${(k100.ours.heapBytes / 1e6).toFixed(1)} MB vs ${(k100.rawTextBytes / 1e6).toFixed(1)} MB)`));
  } else {
    for (const t of ['100k: hit@5 ≥ 0.95 and never below either baseline', '100k: build ≤ 3× read + sentence-split', '100k: re-index one file < 1% of build', '100k: heap after build ≤ 4× raw text']) {
      out.push(judge(t, undefined, missing));
    }
  }
  if (k100 && k500) {
    const r = k500.ours.query.p95 / k100.ours.query.p95;
    out.push(judge('500k: p95 ≤ 3× the 100k p95', r <= 3, `${r.toFixed(2)}× (${k500.ours.query.p95.toFixed(2)} ms vs ${k100.ours.query.p95.toFixed(2)} ms)`));
  } else out.push(judge('500k: p95 ≤ 3× the 100k p95', undefined, missing));
  const d1 = k1?.draftCheck;
  const d100 = k100?.draftCheck;
  if (d1 && d100) {
    const r = d100.median / d1.median;
    out.push(judge('draft check (5,000 words): 100k ≤ 3× 1k', r <= 3, `${r.toFixed(2)}× (${d100.median.toFixed(1)} ms vs ${d1.median.toFixed(1)} ms)`));
  } else out.push(judge('draft check (5,000 words): 100k ≤ 3× 1k', undefined, k1 && k100 ? 'checker not available' : missing));
  if (sizes.length > 0) {
    const worst = sizes.reduce((a, b) => (b.asyncMaxStallMs > a.asyncMaxStallMs ? b : a));
    out.push(judge(`buildAsync: event loop never stalls > ${STALL_LIMIT_MS} ms`, worst.asyncMaxStallMs <= STALL_LIMIT_MS, `max ${f1(worst.asyncMaxStallMs)} ms (at ${worst.label})`));
  }
  out.push(
    judge(
      'bundle dist/extension.js (minified) < 400 KB',
      bundleBytes === undefined ? undefined : bundleBytes < BUNDLE_LIMIT,
      bundleBytes === undefined ? 'src/extension.ts not present' : `${(bundleBytes / 1024).toFixed(1)} KB`,
    ),
  );
  return out;
}

/** Attaches the target checks to a run's figures. */
export function withTargets(sizes: readonly SizeFigures[], bundleBytes: number | undefined): BenchReport {
  return { sizes, ...(bundleBytes === undefined ? {} : { bundleBytes }), targets: checkTargets(sizes, bundleBytes) };
}
