/**
 * A real LSP client that no one here wrote: Debian's Neovim (0.7.2),
 * headless, attaches its built-in client to `sourced lsp --stdio` on a copy
 * of the demo workspace and runs `neovim/client.lua`, which writes what it
 * saw as JSON. This test asserts on that JSON.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLI_BUNDLE, demoWorkspace, REPO_ROOT } from './client';

/** What client.lua records. */
interface NeovimRun {
  errors: string[];
  server_name: string;
  completion_provider: boolean;
  hover_provider: boolean;
  code_action_provider: boolean;
  diagnostics: { message: string; lnum: number; col: number; end_col: number; severity: number; source: string }[];
  code_actions: string[];
  fixed_line: string;
  completion_labels: string[];
  completion_new_text: string;
  completed_lines: string[];
  hover: string;
}

describe('Neovim 0.7 (headless) as a client of sourced lsp --stdio', function () {
  this.timeout(120_000);
  const ws = demoWorkspace();
  let run: NeovimRun;

  before(async function () {
    const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
    assert.equal(nvim.status, 0, 'Neovim is missing: apt-get install -y neovim (test/harness/install.sh installs it)');
    const out = path.join(ws.dir, 'neovim-run.json');
    const script = path.join(REPO_ROOT, 'test', 'lsp', 'neovim', 'client.lua');
    const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
      cwd: ws.dir,
      env: { ...process.env, SOURCED_CLI: CLI_BUNDLE, SOURCED_OUT: out },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 0, `nvim exited with ${code}: ${stderr}`);
    run = JSON.parse(readFileSync(out, 'utf8')) as NeovimRun;
  });
  after(() => ws.dispose());

  it('initializes and meets no error', () => {
    assert.deepEqual(run.errors, []);
    assert.equal(run.server_name, 'sourced');
    assert.ok(run.completion_provider && run.hover_provider && run.code_action_provider);
  });

  it('shows the "56 billion yuan" diagnostic on the draft', () => {
    assert.deepEqual(run.diagnostics, [
      { message: '56 billion yuan contradicts seeds/jia-kun-tai-automotive.txt:5 (65 billion yuan)', lnum: 5, col: 76, end_col: 91, severity: 2, source: 'Sourced' },
    ]);
  });

  it('applies the preferred quick fix: the draft says 65 billion yuan', () => {
    assert.deepEqual(run.code_actions, ['Replace with 65 billion yuan', 'Replace with 65 billion yuan and cite', 'Ignore this number here']);
    assert.match(run.fixed_line, /reported an output of 65 billion yuan, a year-on-year increase of 1\.5 percent\.$/);
  });

  it('completes "kunshan autmotive" with the Kunshan fact and inserts it with its footnote', () => {
    assert.match(run.completion_labels[0] ?? '', /^Kunshan, dedicated to the development of automotive electronics/);
    assert.equal(
      run.completed_lines[0],
      'Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan, a year-on-year increase of 1.5 percent.[^jia-kun-tai-automotive-5]',
    );
    assert.match(run.completed_lines.at(-1) ?? '', /^\[\^jia-kun-tai-automotive-5\]: .*\(seeds\/jia-kun-tai-automotive\.txt#L5\)$/);
  });

  it('shows the cited passage on hover over a citation', () => {
    assert.match(run.hover, /\*\*Kunshan, dedicated to the development of automotive electronics, reported an automotive industry output of 65 billion yuan/);
    assert.match(run.hover, /`seeds\/jia-kun-tai-automotive\.txt:5`/);
  });
});
