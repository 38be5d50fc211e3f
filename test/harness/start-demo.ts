// The main job's editor half (npm start, after the build): shows the CLI demo, then
// opens the built extension in VS Code on a demo workspace with seeds/ and an example draft.
//   - With a `code` command on PATH: `code --extensionDevelopmentPath=<repo> <workspace>`.
//   - Otherwise: the offline harness (test/harness/install.sh, cached) serves VS Code with the
//     extension loaded; the script prints the URL to open in a browser and runs until Ctrl+C.
//
// Usage: node out/test/harness/start-demo.js [--harness] [--smoke]
//   --harness  use the offline harness even when `code` exists
//   --smoke    (or env SOURCED_DEMO_EXIT_AFTER_READY=1) harness only: exit 0 once the workbench has
//              loaded in Chromium with the Sourced status bar item visible, 1 if it does not
// Env SOURCED_DEMO_DIR: where the demo workspace lives (default ~/.cache/sourced-demo); its
// seeds/ and draft.md are refreshed from the repo on every start.
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { waitForWorkbench } from '../ui/workbench';
import { Server, openWorkbench, startServer } from './server';
import { REPO } from './workspace';

const DEMO_DIR = process.env.SOURCED_DEMO_DIR || path.join(os.homedir(), '.cache', 'sourced-demo');
const WORKSPACE = path.join(DEMO_DIR, 'workspace');
const SERVER_LOG = path.join(DEMO_DIR, 'server.log');
const DEMO_DRAFT = path.join(REPO, 'test', 'fixtures', 'demo', 'draft.md');
const CLI = path.join(REPO, 'dist', 'cli.js');
/** The CLI demo that README promises `npm start` prints: a fuzzy search and a check of the example draft. */
const CLI_DEMO: string[][] = [
  ['search', 'kunshan autmotive', '--limit', '3'],
  ['check', path.relative(REPO, DEMO_DRAFT), '--exit-zero'],
];
/** Workspace settings that keep first-run clutter (welcome page, chat side bar) out of the demo. */
const DEMO_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
};
/** How long --smoke waits for the workbench and the status bar item. */
const SMOKE_TIMEOUT_MS = 120_000;

interface DemoOptions {
  smoke: boolean;
  harness: boolean;
}

function readOptions(): DemoOptions {
  const { values } = parseArgs({
    options: {
      smoke: { type: 'boolean', default: process.env.SOURCED_DEMO_EXIT_AFTER_READY === '1' },
      harness: { type: 'boolean', default: false },
    },
  });
  return { smoke: values.smoke, harness: values.harness };
}

/** Runs the CLI demo with the built dist/cli.js, echoing each command. */
function runCliDemo(): void {
  for (const args of CLI_DEMO) {
    console.log(`\n$ sourced ${args.map((arg) => (/\s/.test(arg) ? JSON.stringify(arg) : arg)).join(' ')}`);
    execFileSync(process.execPath, [CLI, ...args], { cwd: REPO, stdio: 'inherit' });
  }
  console.log('');
}

/** Creates or refreshes the demo workspace: seeds/ and draft.md from the repo, plus settings; other files are kept. */
function refreshWorkspace(): void {
  fs.mkdirSync(path.join(WORKSPACE, '.vscode'), { recursive: true });
  fs.rmSync(path.join(WORKSPACE, 'seeds'), { recursive: true, force: true });
  fs.cpSync(path.join(REPO, 'seeds'), path.join(WORKSPACE, 'seeds'), { recursive: true });
  fs.copyFileSync(DEMO_DRAFT, path.join(WORKSPACE, 'draft.md'));
  fs.writeFileSync(path.join(WORKSPACE, '.vscode', 'settings.json'), `${JSON.stringify(DEMO_SETTINGS, null, 2)}\n`);
}

/** The full path of an executable on PATH, or undefined. */
function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) {
        return candidate;
      }
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Opens the demo in desktop VS Code and resolves with the launcher's exit code. */
function openInCode(code: string): Promise<number> {
  console.log(`[demo] opening ${WORKSPACE} in VS Code with the extension from ${REPO}`);
  const child = spawn(code, [`--extensionDevelopmentPath=${REPO}`, WORKSPACE], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (status) => resolve(status ?? 1));
  });
}

/** Loads the workbench in Chromium and waits for the Sourced status bar item to count the sources; returns its text. */
async function checkWorkbench(server: Server): Promise<string> {
  const { browser, page } = await openWorkbench(server);
  try {
    await waitForWorkbench(page, SMOKE_TIMEOUT_MS);
    const item = page.locator('.statusbar-item', { hasText: /Sourced: \d+ sources?/ }).first();
    await item.waitFor({ state: 'visible', timeout: SMOKE_TIMEOUT_MS });
    return (await item.innerText()).trim();
  } finally {
    await browser.close();
  }
}

/** The server being served, which Ctrl+C stops. */
let running: Server | undefined;

/**
 * Ctrl+C (or SIGTERM) stops the server gracefully and exits 0 once it is serving; earlier, it exits
 * 130 at once, and server.ts's exit hook kills the server's process group if one was started.
 */
function handleSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      const server = running;
      if (!server) {
        process.exit(130);
      }
      console.log('\n[demo] stopping');
      server.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

/** Serves the demo with the offline harness; returns the exit code. */
async function serveWithHarness(smoke: boolean): Promise<number> {
  execFileSync('bash', [path.join(REPO, 'test', 'harness', 'install.sh')], { stdio: 'inherit' });
  const log = fs.createWriteStream(SERVER_LOG, { flags: 'w' });
  const server = await startServer({ workspace: WORKSPACE, extensionDevelopmentPath: REPO, onOutput: (chunk) => log.write(chunk) });
  try {
    console.log(`[demo] VS Code (offline harness) is serving ${WORKSPACE} with the Sourced extension loaded.`);
    console.log(`[demo] Open this URL in a browser on this machine:\n\n    ${server.url}\n`);
    console.log(`[demo] server log: ${SERVER_LOG}`);
    if (!smoke) {
      running = server;
      console.log('[demo] Press Ctrl+C to stop.');
      return await new Promise<number>(() => undefined); // the signal handler exits
    }
    const text = await checkWorkbench(server);
    console.log(`[demo] ready: the workbench loaded with the status bar item "${text}"`);
    return 0;
  } finally {
    await server.stop();
    log.end();
  }
}

async function main(): Promise<number> {
  const options = readOptions();
  handleSignals();
  if (!fs.existsSync(path.join(REPO, 'dist', 'extension.js')) || !fs.existsSync(CLI)) {
    throw new Error('dist/ is missing: run npm run build first');
  }
  runCliDemo();
  refreshWorkspace();
  const code = options.smoke || options.harness ? undefined : findOnPath('code');
  return code ? openInCode(code) : serveWithHarness(options.smoke);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
