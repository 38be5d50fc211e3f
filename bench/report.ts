/** Prints a benchmark run as plain-text tables. */
import type { BenchReport, SizeFigures, SystemFigures } from './results';

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (x: number): string => (x >= 100 ? `${Math.round(x).toLocaleString('en-US')} ms` : x >= 1 ? `${x.toFixed(1)} ms` : `${x.toFixed(3)} ms`);
const times = (x: number): string => (Number.isFinite(x) ? (x >= 10 ? `${Math.round(x).toLocaleString('en-US')}×` : `${x.toFixed(2)}×`) : '—');

/** Lays out rows as columns padded to their widest cell; the first `leftColumns` are left-aligned, the rest right-aligned. */
export function table(rows: readonly (readonly string[])[], leftColumns = 1): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const pad = (cell: string, i: number): string => (i < leftColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0));
  return rows.map((row) => row.map(pad).join('  ').trimEnd()).join('\n');
}

function sampleNote(s: SystemFigures): string {
  return `${s.name}: sampled ${s.query.count} of ${s.queriesOffered} queries (per-system time budget); its hit@5 is compared with ours on the same queries`;
}

function sizeTable(size: SizeFigures): string {
  const systems = [size.ours, ...size.baselines];
  const ratio = (pick: (s: SystemFigures) => number) => size.baselines.map((b) => times(pick(b) / pick(size.ours)));
  const header = ['', ...systems.map((s) => s.name), ...size.baselines.map((b) => `${b.name.split(' ')[0]} ÷ ours`)];
  const row = (label: string, pick: (s: SystemFigures) => number, fmt: (x: number) => string, ratios = true): string[] => [
    label,
    ...systems.map((s) => fmt(pick(s))),
    ...(ratios ? ratio(pick) : size.baselines.map(() => '')),
  ];
  const rows = [
    header,
    row('index build', (s) => s.buildMs, ms),
    row('heap after build (gc)', (s) => s.heapBytes, mb),
    row('query median', (s) => s.query.median, ms),
    row('query p95', (s) => s.query.p95, ms),
    row('queries timed', (s) => s.query.count, (x) => String(x), false),
    row('hit@5', (s) => s.hitAt5, (x) => x.toFixed(3), false),
    ['ours hit@5 on same queries', '', ...size.baselines.map((b) => b.oursHitAt5SameQueries.toFixed(3)), ...size.baselines.map(() => '')],
    row('re-index one file (median)', (s) => s.update.median, ms),
  ];
  const d = size.draftCheck;
  const notes = [
    `corpus: ${size.files.toLocaleString('en-US')} files, ${size.generatedFacts.toLocaleString('en-US')} generated facts+quotes, raw text ${mb(size.rawTextBytes)}; ` +
      `indexed ${size.indexedFacts.toLocaleString('en-US')} facts + ${size.indexedQuotes.toLocaleString('en-US')} quotes`,
    `build-time floor (readSource + splitSentences): ${ms(size.floorMs)}; our build = ${times(size.ours.buildMs / size.floorMs)} the floor`,
    `buildAsync: ${ms(size.asyncBuildMs)}, max event-loop stall ${ms(size.asyncMaxStallMs)}`,
    `draft check (${size.draftWords.toLocaleString('en-US')} words): ${d ? `median ${ms(d.median)}, p95 ${ms(d.p95)} over ${d.count} runs` : 'checker not available'}`,
    ...systems.filter((s) => s.query.count < s.queriesOffered).map(sampleNote),
  ];
  return `== ${size.label} facts ==\n${table(rows)}\n${notes.map((n) => `  ${n}`).join('\n')}`;
}

/** The whole run as text: one table per size, the bundle size, then the targets. */
export function formatReport(report: BenchReport): string {
  const parts = report.sizes.map(sizeTable);
  parts.push(`bundle: ${report.bundleBytes === undefined ? 'src/extension.ts not present' : `${(report.bundleBytes / 1024).toFixed(1)} KB minified`}`);
  parts.push(`== targets (issue 5) ==\n${table(report.targets.map((t) => [t.status, t.target, t.figure]), 3)}`);
  return parts.join('\n\n');
}
