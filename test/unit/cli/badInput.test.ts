import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readSourceFiles, resolveSourcePaths } from '../../../src/cli/loadSources';
import { REPO_ROOT } from '../seeds';
import { runCliIn, type CliRun } from './runInProcess';



/** Asserts the exit-2 contract: exactly one line on stderr, no stack trace, nothing on stdout. */
function assertUsageError(r: CliRun, pattern: RegExp, what: string): void {
  assert.equal(r.code, 2, `${what}: exit code`);
  assert.equal(r.err.trim().split('\n').length, 1, `${what}: ${r.err}`);
  assert.ok(r.err.startsWith('sourced: ') && !/\n\s+at /.test(r.err), `${what}: ${r.err}`);
  assert.match(r.err, pattern, what);
  assert.equal(r.out, '', `${what}: stdout`);
}

/**
 * Runs the built CLI (the single-file bundle, copied into `cwd`) as a separate
 * process under the unprivileged user "nobody" (uid 65534); only for root. The
 * copy lets it run wherever the checkout lives, even in a folder "nobody" may
 * not enter (a `mktemp -d` clone).
 */
function runAsNobody(cwd: string, ...argv: string[]): CliRun {
  chmodSync(cwd, 0o755); // mkdtemp folders are private to their owner
  const bundle = path.join(REPO_ROOT, 'dist/cli.js');
  if (!existsSync(bundle)) execFileSync(process.execPath, ['esbuild.js'], { cwd: REPO_ROOT });
  const cli = path.join(cwd, 'sourced-cli.js');
  copyFileSync(bundle, cli);
  chmodSync(cli, 0o644);
  const res = spawnSync(process.execPath, [cli, ...argv], { cwd, uid: 65534, gid: 65534, encoding: 'utf8' });
  return { code: res.status ?? -1, out: res.stdout, err: res.stderr };
}

const FACT = 'The Velmar dam produced 412 MW in 2024, officials said.';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

describe('CLI: a generated folder of bad sources', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sourced-bad-'));
  const dir = path.join(root, 'sources');

  before(() => {
    mkdirSync(dir);
    const w = (name: string, data: string | Uint8Array): void => writeFileSync(path.join(dir, name), data);
    w('good.txt', `Velmar report\n\n${FACT}\n`);
    w('fake-pdf.txt', Buffer.from('%PDF-1.7\n1 0 obj << >>\n'));
    w('fake-zip.md', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    w('nul.html', Buffer.from('<p>text\u0000</p>'));
    w('latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' report\n\nThe Ostrava caf'), Buffer.from([0xe9]), Buffer.from(' sold 3,200 cups in 2023.\n')]));
    w('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Port report\r\n\r\nThe Saltmere port moved 1.8 million TEU in 2024.\r\n', 'utf16le')]));
    w('crlf.md', '# Tram\r\n\r\nIntro line here.\r\n\r\nThe Riverton tram carried 41 million riders in 2024.\r\n');
    w('empty.txt', '');
    w('blank.md', '  \r\n\t\n');
    w('scripts.html', '<html><head><style>p { width: 999px }</style></head><body><h1>Show</h1><p>Tom &amp; Jerry&#8217;s show&nbsp;drew 7,400 viewers in 2022.</p><script>var total = 31337;</script><p>Unclosed <b>bold');
    mkdirSync(path.join(dir, 'folder.txt'));
    w('folder.txt/inside.md', 'Inside\n\nThe Kestrel mine shipped 90 tonnes in 2021.\n');
    symlinkSync('.', path.join(dir, 'loop'));
    symlinkSync('self-link', path.join(dir, 'self-link'));
    w('huge.txt', '');
    truncateSync(path.join(dir, 'huge.txt'), 3 * 2 ** 30); // a sparse 3 GB file: reading it would take seconds and gigabytes
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('facts --format json: stdout is valid JSON, skipped files are in it and on stderr, the rest is indexed', async () => {
    const r = await runCliIn(root, 'facts', '--sources', 'sources', '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out) as { sources: { file: string; facts: number }[]; items: { text: string; source: { file: string; line: number; column: number } }[]; skipped: { file: string; reason: string }[] };
    const skipped = Object.fromEntries(json.skipped.map((s) => [path.basename(s.file), s.reason]));
    assert.deepEqual(Object.keys(skipped).sort(), ['fake-pdf.txt', 'fake-zip.md', 'huge.txt', 'nul.html']);
    assert.match(skipped['fake-pdf.txt'] ?? '', /binary file \(PDF\)/);
    assert.match(skipped['fake-zip.md'] ?? '', /binary file \(ZIP\)/);
    assert.match(skipped['nul.html'] ?? '', /NUL/);
    assert.equal(skipped['huge.txt'], '3072 MB is over the 10 MB limit (--max-file-size-mb)');
    for (const s of json.skipped) assert.ok(r.err.includes(`sourced: skipped ${s.file}: ${s.reason}\n`), r.err);

    const texts = json.items.map((i) => i.text);
    for (const needle of ['412 MW', '1.8 million TEU', '41 million riders', '90 tonnes', '3,200 cups']) assert.ok(texts.some((t) => t.includes(needle)), `${needle} in ${texts.join(' | ')}`);
    assert.ok(texts.includes('Tom & Jerry’s show\u00a0drew 7,400 viewers in 2022.'), texts.join(' | '));
    assert.ok(!texts.some((t) => /31337|999px/.test(t)), 'script and style bodies are never facts');
    const tram = json.items.find((i) => i.text.includes('41 million riders'));
    assert.deepEqual(tram?.source, { file: 'sources/crlf.md', line: 5, column: 1 });
    const counts = Object.fromEntries(json.sources.map((s) => [path.basename(s.file), s.facts]));
    assert.equal(counts['empty.txt'], 0);
    assert.equal(counts['blank.md'], 0);
    assert.match(r.err, /sourced: warning: sources\/latin1\.txt: 2 invalid UTF-8 bytes replaced/);
    assert.match(r.err, /sourced: warning: sources\/empty\.txt: empty file: nothing to index/);
    assert.match(r.err, /sourced: warning: sources\/blank\.md: only whitespace: nothing to index/);
  });

  it('search and check keep valid JSON on stdout when sources are skipped', async () => {
    const search = await runCliIn(root, 'search', 'velmar dam', '--sources', 'sources', '--format', 'json');
    assert.equal(search.code, 0);
    assert.ok((JSON.parse(search.out) as { results: unknown[] }).results.length > 0);
    assert.match(search.err, /skipped sources\/fake-pdf\.txt/);
    writeFileSync(path.join(root, 'draft.md'), '# Draft\n\nThe Velmar dam produced 412 MW in 2024.\n');
    const check = await runCliIn(root, 'check', 'draft.md', '--sources', 'sources', '--format', 'json');
    assert.ok(check.code === 0 || check.code === 1, check.err);
    assert.ok(Array.isArray((JSON.parse(check.out) as { findings: unknown[] }).findings));
  });

  it('--max-file-size-mb lowers the limit; files over it are skipped with one line each', async () => {
    const r = await runCliIn(root, 'facts', '--sources', 'sources', '--max-file-size-mb', '0.0001');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /^sourced: skipped sources\/utf16\.txt: \d+ bytes is over the 104 bytes limit \(--max-file-size-mb\)$/m);
    assert.match(r.err, /^sourced: skipped sources\/huge\.txt: 3072 MB is over the 104 bytes limit/m);
    assert.ok(r.out.includes('sources/crlf.md'), 'small files are still read');
  });

  it('never follows symbolic links, so a link loop cannot trap the walk', async () => {
    const { files } = await resolveSourcePaths([dir]);
    assert.ok(!files.some((f) => f.includes('loop') || f.includes('self-link')), files.join(', '));
    assert.ok(files.includes(path.join(dir, 'folder.txt', 'inside.md')));
    assert.ok(!files.includes(path.join(dir, 'folder.txt')));
  });

  it('a glob never matches a folder named like a file', async () => {
    const r = await runCliIn(root, 'facts', '--sources', 'sources/*.txt', '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const files = (JSON.parse(r.out) as { sources: { file: string }[] }).sources.map((s) => s.file);
    assert.ok(files.includes('sources/good.txt') && !files.some((f) => f.startsWith('sources/folder.txt')), files.join(', '));
  });

  it('a source given as a symbolic link loop is skipped with a reason', async () => {
    const r = await runCliIn(root, 'facts', '--sources', 'sources/self-link', '--sources', 'sources/good.txt');
    assert.equal(r.code, 0);
    assert.match(r.err, /skipped sources\/self-link: symbolic link loop/);
  });

  it('a file deleted between listing and reading is skipped with a message; the rest is read', async () => {
    const folder = path.join(root, 'vanishing');
    mkdirSync(folder);
    for (const n of ['a', 'b', 'c']) writeFileSync(path.join(folder, `${n}.txt`), `Title ${n}\n\n${FACT}\n`);
    const { files } = await resolveSourcePaths([folder]);
    unlinkSync(path.join(folder, 'b.txt'));
    const loaded = await readSourceFiles(files, { maxFileBytes: 2 ** 20 });
    assert.deepEqual(loaded.inputs.map((i) => path.basename(i.path)), ['a.txt', 'c.txt']);
    assert.deepEqual(loaded.skipped, [{ path: path.join(folder, 'b.txt'), reason: 'no longer exists (deleted or renamed while indexing)' }]);
  });

  it('an unreadable file (chmod 000) is skipped with "permission denied"; the rest is read', async () => {
    const folder = path.join(root, 'locked');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'secret.txt'), `Title\n\n${FACT}\n`);
    writeFileSync(path.join(folder, 'open.txt'), `Title\n\n${FACT}\n`);
    chmodSync(path.join(folder, 'secret.txt'), 0o000);
    // Root reads any file whatever its mode (CI runs as root), so there the CLI runs as the unprivileged user "nobody".
    const r = isRoot ? runAsNobody(root, 'facts', '--sources', 'locked') : await runCliIn(root, 'facts', '--sources', 'locked');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, 'sourced: skipped locked/secret.txt: permission denied\n');
    assert.match(r.out, /locked\/open\.txt:3:1 \[fact\] The Velmar dam/);
  });
});

describe('CLI: exit 2 with one clear line', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sourced-exit-'));
  before(() => {
    mkdirSync(path.join(root, 'empty-folder'));
    mkdirSync(path.join(root, 'only-binary'));
    writeFileSync(path.join(root, 'only-binary', 'a.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    mkdirSync(path.join(root, 'seeds'));
    writeFileSync(path.join(root, 'seeds', 'good.txt'), `Title\n\n${FACT}\n`);
    writeFileSync(path.join(root, 'binary-draft.md'), Buffer.from('%PDF-1.4\n'));
    mkdirSync(path.join(root, 'draft-folder.md'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const cases: [string, string[], RegExp][] = [
    ['missing sources folder', ['search', 'x', '--sources', 'nowhere'], /no sources: nowhere: not found/],
    ['default seeds/ missing', ['facts', '--sources', 'seeds/missing'], /not found/],
    ['glob that matches nothing', ['facts', '--sources', 'seeds/*.pdf'], /no sources: seeds\/\*\.pdf: the glob matches no files/],
    ['folder without source files', ['facts', '--sources', 'empty-folder'], /no sources: empty-folder: the folder has no \.txt/],
    ['folder of binary files only', ['facts', '--sources', 'only-binary'], /no sources: only-binary\/a\.txt: binary file \(PNG\)/],
    ['several specs, none usable', ['facts', '--sources', 'nowhere', '--sources', 'empty-folder'], /no readable sources in nowhere, empty-folder \(2 skipped; first: nowhere: not found\)/],
    ['unknown flag', ['facts', '--frobnicate'], /Unknown option '--frobnicate'/],
    ['bad --format', ['facts', '--format', 'xml'], /--format must be text or json/],
    ['bad --limit', ['search', 'x', '--limit', '0'], /--limit must be a positive whole number/],
    ['bad --max-file-size-mb', ['facts', '--max-file-size-mb', 'ten'], /--max-file-size-mb must be a positive number, not 'ten'/],
    ['negative --max-file-size-mb', ['facts', '--max-file-size-mb', '-1'], /'--max-file-size-mb' argument is ambiguous/],
    ['zero --max-file-size-mb', ['facts', '--max-file-size-mb=0'], /--max-file-size-mb must be a positive number, not '0'/],
    ['missing draft', ['check', 'nope.md', '--format', 'json'], /cannot read nope\.md: no such file/],
    ['draft that is a folder', ['check', 'draft-folder.md', '--format', 'json'], /cannot read draft-folder\.md: is a folder/],
    ['binary draft', ['check', 'binary-draft.md', '--format', 'json'], /cannot check binary-draft\.md: binary file \(PDF\)/],
    ['missing queries file', ['search', '--queries', 'nope.txt', '--format', 'json'], /cannot read queries file: nope\.txt/],
  ];
  for (const [what, argv, pattern] of cases) {
    it(what, async () => assertUsageError(await runCliIn(root, ...argv), pattern, what));
  }
});

describe('CLI: thousands of small files', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'sourced-many-'));
  const COUNT = 2000;
  before(function () {
    this.timeout(20_000);
    for (let d = 0; d < 20; d++) {
      const sub = path.join(root, 'sources', `desk-${d}`);
      mkdirSync(sub, { recursive: true });
      for (let f = 0; f < COUNT / 20; f++) {
        const n = d * 100 + f;
        writeFileSync(path.join(sub, `note-${f}.${['txt', 'md', 'html'][n % 3]}`), `Note ${n}\n\nThe Station ${n} counted ${n + 17} riders on Monday, officials said.\n`);
      }
    }
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it(`indexes ${COUNT} files in nested folders and finds any one of them`, async function () {
    this.timeout(120_000); // a hang catcher only: indexing speed is reported by npm run bench
    const r = await runCliIn(root, 'search', 'station 1234 counted 1251 riders', '--sources', 'sources', '--format', 'json', '--limit', '3');
    assert.equal(r.code, 0, r.err);
    const results = (JSON.parse(r.out) as { results: { text: string; source: { file: string } }[] }).results;
    assert.match(results[0]?.text ?? '', /Station 1234 counted 1251 riders/);
    const facts = await runCliIn(root, 'facts', '--sources', 'sources', '--format', 'json');
    assert.equal((JSON.parse(facts.out) as { sources: unknown[] }).sources.length, COUNT);
  });
});
