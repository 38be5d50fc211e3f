import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCliIn } from './runInProcess';
import { REPO_ROOT } from '../seeds';

/** Runs the CLI in-process from the repo root and captures its output. */
const run = (...argv: string[]) => runCliIn(REPO_ROOT, ...argv);

describe('sourced CLI', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sourced-cli-'));

  it('search --format json returns ranked results with 1-based locations', async () => {
    const { code, out } = await run('search', 'kunshan autmotive', '--format', 'json', '--limit', '3');
    assert.equal(code, 0);
    const { results } = JSON.parse(out) as { results: { kind: string; text: string; source: { file: string; line: number; column: number }; score: number }[] };
    assert.equal(results.length, 3);
    assert.ok(results[0]!.text.startsWith('Kunshan, dedicated'));
    assert.deepEqual(results[0]!.source, { file: 'seeds/jia-kun-tai-automotive.txt', line: 5, column: 1 });
    assert.ok(results.every((r, i) => i === 0 || r.score >= results[i - 1]!.score));
  });

  it('search reports speakers of quotes', async () => {
    const { out } = await run('search', 'chen huifen', '--format', 'json', '--limit', '1');
    const top = (JSON.parse(out) as { results: { kind: string; speaker?: string }[] }).results[0]!;
    assert.equal(top.kind, 'quote');
    assert.equal(top.speaker, 'Chen Huifen');
  });

  it('search --queries FILE answers one query per line', async () => {
    const file = path.join(tmp, 'queries.txt');
    writeFileSync(file, 'kunshan autmotive\n\n141.79\n');
    const { code, out } = await run('search', '--queries', file, '--format', 'json', '--limit', '2');
    assert.equal(code, 0);
    const { queries } = JSON.parse(out) as { queries: { query: string; results: unknown[] }[] };
    assert.deepEqual(queries.map((q) => q.query), ['kunshan autmotive', '141.79']);
    assert.ok(queries.every((q) => q.results.length > 0));
  });

  it('facts lists every fact and quote with file paths as passed', async () => {
    const { code, out } = await run('facts', '--sources', 'seeds/', '--format', 'json');
    assert.equal(code, 0);
    const { items, sources } = JSON.parse(out) as { items: { kind: string; source: { file: string } }[]; sources: { file: string; facts: number; quotes: number }[] };
    assert.equal(sources.length, 2);
    assert.ok(items.some((i) => i.kind === 'quote'));
    assert.ok(items.every((i) => i.source.file.startsWith('seeds/')));
  });

  it('accepts a glob for --sources and reports paths as matched', async () => {
    const { out } = await run('search', 'ICs three-fifths', '--sources', 'seeds/*.txt', '--format', 'json', '--limit', '1');
    assert.equal((JSON.parse(out) as { results: { source: { file: string } }[] }).results[0]!.source.file, 'seeds/yangtze-delta-manufacturing.txt');
  });

  it('check prints {"findings":[]} for a draft with nothing to report and exits 0', async () => {
    const file = path.join(tmp, 'clean.md');
    writeFileSync(file, '# Notes\n\nI started this notebook on a Tuesday.\n');
    const { code, out } = await run('check', file, '--format', 'json');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out), { findings: [] });
  });

  it('exits 2 with one line on stderr for usage errors and unreadable input', async () => {
    for (const argv of [['frobnicate'], ['search', '--bogus'], ['check'], ['check', 'no/such/draft.md'], ['search', 'x', '--sources', 'no-such-folder'], ['search', 'x', '--limit', 'lots']]) {
      const { code, err } = await run(...argv);
      assert.equal(code, 2, argv.join(' '));
      assert.equal(err.trim().split('\n').length, 1, err);
      assert.ok(err.startsWith('sourced: ') && !err.includes('    at '), err);
    }
  });

  it('skips binary sources with a message and keeps the rest usable', async () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'fake.txt'), Buffer.from('%PDF-1.7\n\u0000\u0001binary'));
    writeFileSync(path.join(dir, 'real.txt'), 'Title\nThe Velmar dam produced 412 MW in 2024.\n');
    const { code, out, err } = await run('search', 'velmar dam', '--sources', dir, '--format', 'json');
    assert.equal(code, 0);
    assert.match(err, /skipped .*fake\.txt: binary file \(PDF\)/);
    assert.equal((JSON.parse(out) as { results: unknown[] }).results.length, 1);
  });

  it('has --help for every command', async () => {
    for (const cmd of ['search', 'facts', 'check']) {
      const { code, out } = await run(cmd, '--help');
      assert.equal(code, 0);
      assert.ok(out.includes(`sourced ${cmd}`), out);
    }
  });

  it('the built binary runs as a program (dist/cli.js)', function () {
    const cli = path.join(REPO_ROOT, 'dist/cli.js');
    if (spawnSync('test', ['-f', cli]).status !== 0) execFileSync('node', ['esbuild.js'], { cwd: REPO_ROOT });
    const res = spawnSync('node', [cli, 'search', '141.79', '--format', 'json', '--limit', '1'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(res.status, 0, res.stderr);
    assert.match((JSON.parse(res.stdout) as { results: { text: string }[] }).results[0]!.text, /141\.79 billion yuan/);
  });

  it('stops quietly when the reader closes the pipe early ("sourced facts | head -1")', () => {
    const main = path.join(__dirname, '../../../src/cli/main.js');
    // `head -1` exits after one line while the CLI is still writing the facts of every seed.
    const res = spawnSync('sh', ['-c', `"${process.execPath}" "${main}" facts | head -1`], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(res.status, 0);
    assert.equal(res.stdout.split('\n').filter(Boolean).length, 1, res.stdout);
    assert.doesNotMatch(res.stderr, /EPIPE|Error/u, res.stderr);
  });
});
