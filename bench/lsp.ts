/**
 * `npm run bench:lsp`: the language server as an editor meets it, over
 * stdio, against the same work done in one event loop the way the VS Code
 * extension host did it before the server took the checks. Figures, not pass/fail:
 *   - completion latency (median, p95, max) while a ~1 MB draft is checked,
 *     in the server and in-process (the extension host's model before the server), with the
 *     same corpus, draft and queries in the same run;
 *   - completion latency with no check running, for scale;
 *   - the server process's resident memory with the corpus indexed.
 *
 * Options: `--facts N` (default 100000), `--draft-kb N` (default 1024).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { CompletionList } from 'vscode-languageserver';
import { runInChunks } from '../src/core/draft/chunkedRun';
import { completionItems } from '../src/core/draft/completionQuery';
import { DRAFT_CHUNKING } from '../src/core/draft/runCache';
import { reviewDraft } from '../src/core/check/reviewDraft';
import { SourceIndex } from '../src/core/index/sourceIndex';
import { TestClient } from '../test/lsp/client';
import { generateCorpus } from './corpus';
import { generateDraft } from './draft';
import { distribution, type Distribution } from './measure';
import { Rng } from './prng';

function option(argv: readonly string[], flag: string, fallback: number): number {
  const i = argv.indexOf(flag);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} must be a positive number`);
  return value;
}

/** Resident memory of a process in MB (Linux), or NaN elsewhere. */
function rssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
  } catch {
    return NaN;
  }
}

/** A few words of a fact, as a writer would type them to find it. */
function queries(facts: readonly { text: string }[], count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count && i < facts.length; i += Math.max(1, Math.floor(facts.length / count))) {
    const words = (facts[i]?.text ?? '').split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
    if (words.length >= 2) out.push(words.slice(0, 3).join(' ').toLowerCase());
  }
  return out;
}

function format(d: Distribution, max: number): string {
  return `median ${d.median.toFixed(0)} ms, p95 ${d.p95.toFixed(0)} ms, max ${max.toFixed(0)} ms (${d.count} requests)`;
}

/** Longest pause between one answer and the next request (a writer reading the list, typing on). */
const MAX_THINK_MS = 60;

/**
 * Completion latencies in one event loop while the draft is checked in chunks there, as in today's extension
 * host before the server took the checks. Each request is due a random pause after the last answer; one due during a chunk waits for the chunk,
 * so latency counts from when the request was due.
 */
async function inProcess(index: SourceIndex, draft: string, words: readonly string[]): Promise<{ samples: number[]; checkMs: number }> {
  const samples: number[] = [];
  let done = false;
  const started = performance.now();
  // The same check the server runs (numbers and quotations), in the same chunks.
  const check = runInChunks(draft, (text) => reviewDraft(text, index), { ...DRAFT_CHUNKING, isStale: () => false }).then(() => {
    done = true;
  });
  const rng = new Rng(7);
  for (let i = 0; !done; i++) {
    const due = performance.now() + rng.int(0, MAX_THINK_MS);
    while (performance.now() < due) await new Promise((resolve) => setTimeout(resolve, Math.max(1, due - performance.now())));
    completionItems(index, words[i % words.length] ?? 'output');
    samples.push(performance.now() - due);
  }
  await check;
  return { samples, checkMs: performance.now() - started };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const facts = option(argv, '--facts', 100_000);
  const draftKb = option(argv, '--draft-kb', 1024);
  const corpus = generateCorpus({ facts });
  let draft = generateDraft(corpus.facts, 2_000);
  while (draft.length < draftKb * 1024) draft += `\n\n${generateDraft(corpus.facts, 20_000, draft.length)}`;
  const words = queries(corpus.facts, 50);
  process.stderr.write(`corpus: ${corpus.facts.length} facts in ${corpus.inputs.length} files; draft ${(draft.length / 1024).toFixed(0)} KB\n`);

  const dir = mkdtempSync(path.join(tmpdir(), 'sourced-bench-lsp-'));
  try {
    for (const input of corpus.inputs) {
      mkdirSync(path.dirname(path.join(dir, input.path)), { recursive: true });
      writeFileSync(path.join(dir, input.path), input.text);
    }
    const client = await TestClient.start(dir, { initializationOptions: { checkDelayMs: 0 } });
    const indexStart = performance.now();
    await client.until(() => client.logs.find((l) => l.startsWith('indexed ')));
    const indexMs = performance.now() - indexStart;
    const rssIndexed = rssMb(client.pid);

    // One query per line of a notes draft; a completion at the end of line i searches query i.
    const notes = pathToFileURL(path.join(dir, 'notes.md')).href;
    await client.open(notes, words.join('\n'), 'markdown');
    const complete = async (i: number): Promise<number> => {
      const line = i % words.length;
      const asked = performance.now();
      await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: notes }, position: { line, character: words[line]?.length ?? 0 } });
      return performance.now() - asked;
    };
    const idle: number[] = [];
    for (let i = 0; i < words.length; i++) idle.push(await complete(i));

    const draftUri = pathToFileURL(path.join(dir, 'draft.md')).href;
    const checkStart = performance.now();
    await client.open(draftUri, draft);
    let published = false;
    const arrived = client.diagnosticsFor(draftUri, 1).then(() => {
      published = true;
    });
    // The same pattern: a random pause after each answer, then the next request.
    const rng = new Rng(7);
    const during: number[] = [];
    for (let i = 0; !published; i++) {
      await new Promise((resolve) => setTimeout(resolve, rng.int(0, MAX_THINK_MS)));
      during.push(await complete(i));
    }
    await arrived;
    const serverCheckMs = performance.now() - checkStart;
    const rssChecked = rssMb(client.pid);
    await client.stop();

    const index = SourceIndex.build(corpus.inputs);
    const host = await inProcess(index, draft, words);

    const lines = [
      `Sourced language server, ${corpus.facts.length} facts, ${(draft.length / 1024).toFixed(0)} KB draft`,
      `  index built in the server:            ${(indexMs / 1000).toFixed(1)} s`,
      `  server memory (RSS) indexed:          ${rssIndexed.toFixed(0)} MB; after checking the draft: ${rssChecked.toFixed(0)} MB`,
      `  completion, server idle:              ${format(distribution(idle), Math.max(...idle))}`,
      `  completion during the check (server): ${format(distribution(during), Math.max(...during))}; check took ${(serverCheckMs / 1000).toFixed(1)} s`,
      `  completion during the check (in one event loop, as the extension host did before the server): ${format(distribution(host.samples), Math.max(...host.samples))}; check took ${(host.checkMs / 1000).toFixed(1)} s`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
