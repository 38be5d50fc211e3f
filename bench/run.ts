/**
 * `npm run bench`: builds generated corpora of 1k–500k facts and measures our
 * index against plain fuse.js and MiniSearch in the same run, then checks the
 * targets of issue 5.
 *
 * Options: `--sizes 1k,10k` (default all four), `--queries N` (default 200),
 * `--budget S` (seconds of queries per baseline per size, default 60; slow
 * baselines run a sample), `--json`.
 */
import * as path from 'node:path';
import { checkDraft } from '../src/core/check/checkDraft';
import { SourceIndex } from '../src/core/index/sourceIndex';
import type { SourceInput } from '../src/core/model';
import { readSource } from '../src/core/source/readSource';
import { splitSentences } from '../src/core/text/sentences';
import { buildFuseBaseline, buildMiniSearchBaseline } from './baselines';
import { extensionBundleBytes } from './bundle';
import { articleFacts, generateCorpus, renderArticle, reviseArticle, type Corpus } from './corpus';
import { generateDraft, wordCount } from './draft';
import { hitRate, runQueries, timeFileUpdate } from './evaluate';
import { distribution, heapAfterGc, maxStallDuring, timed } from './measure';
import { ourSystem } from './ours';
import { generateQueries, type BenchQuery } from './queries';
import { formatReport } from './report';
import type { SizeFigures, SystemFigures } from './results';
import type { FileRevision, SearchSystem } from './system';
import { withTargets } from './targets';

const SIZES: Readonly<Record<string, number>> = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '500k': 500_000 };
const UPDATE_REPS = 5;
const DRAFT_RUNS = 5;
const DRAFT_WORDS = 5_000;

interface Options {
  readonly sizes: readonly string[];
  readonly queries: number;
  readonly budgetMs: number;
  readonly json: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? Object.keys(SIZES).join(',')).split(',').map((s) => s.trim());
  const unknown = sizes.filter((s) => SIZES[s] === undefined);
  if (unknown.length > 0) throw new Error(`Unknown size(s) ${unknown.join(', ')}; choose from ${Object.keys(SIZES).join(', ')}`);
  return {
    sizes,
    queries: Number(value('--queries') ?? 200),
    budgetMs: Number(value('--budget') ?? 60) * 1000,
    json: argv.includes('--json'),
  };
}

function log(options: Options, message: string): void {
  if (!options.json) process.stderr.write(`${message}\n`);
}

/** Reading and sentence-splitting every file: the least any index build must do. */
function buildFloor(inputs: readonly SourceInput[]): number {
  return timed(() => {
    let sentences = 0;
    for (const input of inputs) {
      const doc = readSource(input);
      for (const block of doc.blocks) sentences += splitSentences(doc.text, block.span).length;
    }
    return sentences;
  }).ms;
}

/**
 * Builds our index with the heap it holds afterwards: measured from before the
 * corpus text exists to after the bench has dropped its own copy, so it counts
 * the index and whatever text the index keeps.
 */
function buildOurs(facts: number): { index: SourceIndex; buildMs: number; heapBytes: number; floorMs: number; rawTextBytes: number } {
  const before = heapAfterGc();
  let inputs: readonly SourceInput[] = generateCorpus({ facts }).inputs;
  const rawTextBytes = inputs.reduce((sum, i) => sum + Buffer.byteLength(i.text, 'utf8'), 0);
  const floorMs = buildFloor(inputs);
  const { value: index, ms: buildMs } = timed(() => SourceIndex.build(inputs));
  inputs = [];
  return { index, buildMs, heapBytes: heapAfterGc() - before, floorMs, rawTextBytes };
}

/** The revision used for incremental re-indexing: an article from the middle of the corpus, changed and back. */
function revisions(corpus: Corpus): { revised: FileRevision; original: FileRevision } {
  const article = corpus.articles[Math.floor(corpus.articles.length / 2)];
  if (article === undefined) throw new Error('empty corpus');
  const changed = reviseArticle(article, 99);
  return {
    revised: { input: renderArticle(changed), sentences: articleFacts(changed) },
    original: { input: renderArticle(article), sentences: articleFacts(article) },
  };
}

/** Query and update figures of a built system. */
function exercise(
  system: SearchSystem,
  queries: readonly BenchQuery[],
  budgetMs: number,
  corpus: Corpus,
  ours: readonly boolean[],
): Pick<SystemFigures, 'query' | 'queriesOffered' | 'hitAt5' | 'oursHitAt5SameQueries' | 'update'> {
  const run = runQueries(system, queries, budgetMs);
  const { revised, original } = revisions(corpus);
  return {
    query: run.latency,
    queriesOffered: run.offered,
    hitAt5: run.hitAt5,
    oursHitAt5SameQueries: hitRate(ours, run.hits.length),
    update: timeFileUpdate(system, revised, original, UPDATE_REPS),
  };
}

/** Builds a baseline over the corpus sentences and measures it; its heap counts the sentence text it needs once. */
function measureBaseline(build: (c: Corpus) => SearchSystem, corpus: Corpus, queries: readonly BenchQuery[], budgetMs: number, ours: readonly boolean[]): SystemFigures {
  const before = heapAfterGc();
  const { value: system, ms: buildMs } = timed(() => build(corpus));
  const heapBytes = heapAfterGc() - before + corpus.facts.reduce((sum, f) => sum + f.text.length, 0);
  return { name: system.name, buildMs, heapBytes, ...exercise(system, queries, budgetMs, corpus, ours) };
}

async function measureSize(label: string, options: Options): Promise<SizeFigures> {
  const facts = SIZES[label] ?? 0;
  log(options, `[${label}] building our index…`);
  const built = buildOurs(facts);
  const corpus = generateCorpus({ facts });
  const queries = generateQueries(corpus.facts, options.queries);
  const draft = generateDraft(corpus.facts, DRAFT_WORDS);
  const system = ourSystem(built.index);
  log(options, `[${label}] ${queries.length} queries on our index…`);
  const ourRun = runQueries(system, queries);
  const draftTimes = Array.from({ length: DRAFT_RUNS }, () => timed(() => checkDraft(draft, built.index.quantities)).ms);
  const { revised, original } = revisions(corpus);
  const ours: SystemFigures = {
    name: system.name,
    buildMs: built.buildMs,
    heapBytes: built.heapBytes,
    query: ourRun.latency,
    queriesOffered: ourRun.offered,
    hitAt5: ourRun.hitAt5,
    oursHitAt5SameQueries: ourRun.hitAt5,
    update: timeFileUpdate(system, revised, original, UPDATE_REPS),
  };
  const indexedFacts = built.index.facts.length;
  const indexedQuotes = built.index.quotes.length;
  log(options, `[${label}] buildAsync with an event-loop probe…`);
  const asyncRun = await maxStallDuring(() => SourceIndex.buildAsync(corpus.inputs));
  const baselines: SystemFigures[] = [];
  for (const build of [buildFuseBaseline, buildMiniSearchBaseline]) {
    log(options, `[${label}] baseline ${build.name.replace(/^build|Baseline$/g, '')}…`);
    baselines.push(measureBaseline((c) => build(c.facts), corpus, queries, options.budgetMs, ourRun.hits));
  }
  return {
    label,
    targetFacts: facts,
    generatedFacts: corpus.facts.length,
    files: corpus.inputs.length,
    rawTextBytes: built.rawTextBytes,
    indexedFacts,
    indexedQuotes,
    floorMs: built.floorMs,
    asyncBuildMs: asyncRun.ms,
    asyncMaxStallMs: asyncRun.stallMs,
    draftCheck: distribution(draftTimes),
    draftWords: wordCount(draft),
    ours,
    baselines,
  };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const sizes: SizeFigures[] = [];
  for (const label of options.sizes) {
    const figures = await measureSize(label, options);
    sizes.push(figures);
    log(options, `[${label}] done`);
  }
  const bundleBytes = await extensionBundleBytes(path.resolve(__dirname, '..', '..'));
  const report = withTargets(sizes, bundleBytes);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
