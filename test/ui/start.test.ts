// The main job works: the editor demo (test/harness/start-demo.ts, which npm start runs
// after the build) prints the CLI demo, serves VS Code with the extension through the offline
// harness, and its --smoke mode sees the workbench load with the Sourced status bar item.
import * as assert from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from '../harness/workspace';

const START_DEMO = path.join(REPO, 'out', 'test', 'harness', 'start-demo.js');

/** Runs the demo in its own process group; resolves with its exit code and output. */
function runDemo(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

describe('the main job (start-demo)', function () {
  this.timeout(240_000);
  let demoDir = '';
  let child: ChildProcess | undefined;

  before(() => {
    demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-demo-'));
  });

  after(() => {
    if (child?.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    fs.rmSync(demoDir, { recursive: true, force: true });
  });

  it('prints the CLI demo and the URL, and the workbench loads with the Sourced status bar item', async () => {
    child = spawn(process.execPath, [START_DEMO], {
      cwd: REPO,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SOURCED_DEMO_DIR: demoDir, SOURCED_DEMO_EXIT_AFTER_READY: '1' },
    });
    const { code, output } = await runDemo(child);
    assert.strictEqual(code, 0, `start-demo exited with ${code}:\n${output}`);
    assert.match(output, /\$ sourced search "kunshan autmotive"[\s\S]*1\. seeds\/\S+:\d+:\d+ \[fact\] Kunshan/, 'no search result in the CLI demo');
    assert.match(output, /draft\.md:\d+:\d+ warning .* contradicts seeds\//, 'no contradiction in the CLI demo');
    assert.match(output, /http:\/\/127\.0\.0\.1:\d+\/\?folder=/, 'no URL printed');
    assert.match(output, /ready: the workbench loaded with the status bar item "[^"]*Sourced: \d+ sources?/);
    const workspace = path.join(demoDir, 'workspace');
    assert.ok(fs.existsSync(path.join(workspace, 'draft.md')), 'the demo workspace has no draft.md');
    assert.ok(fs.readdirSync(path.join(workspace, 'seeds')).length > 0, 'the demo workspace has no seeds');
  });
});
