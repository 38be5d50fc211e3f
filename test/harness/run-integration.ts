#!/usr/bin/env node
// Runs the extension's mocha integration suite inside a real VS Code extension host, offline:
// VS Code's server from code-server, its workbench opened in Chromium, and the result read from
// window.codeAutomationExit. Exits with the suite's exit code.
//
// Prints the extension host's output (the mocha report); the whole server log goes to
// out/harness-server.log, and to the terminal too with --verbose.
//
// Usage: node test/harness/run-integration.js [--trust] [--tests FILE] [--extension DIR] [--grep TEXT]
//                                             [--no-install] [--verbose]
//   --trust          keep workspace trust enabled (default: disabled)
//   --tests FILE     extensionTestsPath (env SOURCED_TESTS_ENTRY; default out/test/integration/index.js)
//   --extension DIR  extensionDevelopmentPath (env SOURCED_EXTENSION_PATH; default the repo root)
//   --grep TEXT      run only tests whose titles match (passed to the suite as SOURCED_TEST_GREP)
//   --no-install     skip test/harness/install.sh
//   --verbose        print the server's own log lines as well
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseArgs } = require('util');
const { createLogSplitter } = require('./output');
const { startServer, openWorkbench } = require('./server');

const REPO = path.resolve(__dirname, '..', '..');
const RUN_TIMEOUT_MS = 5 * 60_000;
const SERVER_LOG = path.join(REPO, 'out', 'harness-server.log');

/** Reads the command line and environment into run options. */
function readOptions() {
  const { values } = parseArgs({
    options: {
      trust: { type: 'boolean', default: false },
      tests: { type: 'string', default: process.env.SOURCED_TESTS_ENTRY || 'out/test/integration/index.js' },
      extension: { type: 'string', default: process.env.SOURCED_EXTENSION_PATH || REPO },
      grep: { type: 'string' },
      'no-install': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  return {
    trust: values.trust,
    tests: path.resolve(REPO, values.tests),
    extension: path.resolve(REPO, values.extension),
    grep: values.grep,
    install: !values['no-install'],
    verbose: values.verbose,
  };
}

/** Makes a fresh workspace holding copies of seeds/ and of test/fixtures/workspace/ (when present). */
function makeWorkspace() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-ws-'));
  fs.cpSync(path.join(REPO, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });
  const fixtures = path.join(REPO, 'test', 'fixtures', 'workspace');
  if (fs.existsSync(fixtures)) {
    fs.cpSync(fixtures, workspace, { recursive: true });
  }
  return workspace;
}

/** Rejects after `ms` milliseconds with a message naming what timed out. */
function timeout(ms, what) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

async function main() {
  const options = readOptions();
  if (options.install) {
    execFileSync('bash', [path.join(__dirname, 'install.sh')], { stdio: 'inherit' });
  }
  for (const required of [options.tests, path.join(options.extension, 'package.json')]) {
    if (!fs.existsSync(required)) {
      throw new Error(`${required} is missing (compile the tests and build the extension first)`);
    }
  }
  const started = Date.now();
  const workspace = makeWorkspace();
  let server;
  let browser;
  const limit = timeout(RUN_TIMEOUT_MS, 'the integration run');
  fs.mkdirSync(path.dirname(SERVER_LOG), { recursive: true });
  const serverLog = fs.openSync(SERVER_LOG, 'w');
  const output = createLogSplitter({
    onExtensionHost: (text) => console.log(text),
    onServer: (line) => {
      fs.writeSync(serverLog, `${line}\n`);
      if (options.verbose) {
        console.log(`[server] ${line}`);
      }
    },
  });
  try {
    server = await startServer({
      workspace,
      extensionDevelopmentPath: options.extension,
      extensionTestsPath: options.tests,
      trust: options.trust,
      env: options.grep ? { SOURCED_TEST_GREP: options.grep } : {},
      onOutput: (chunk) => output.push(chunk),
    });
    const workbench = await openWorkbench(server);
    browser = workbench.browser;
    const code = await Promise.race([workbench.exit, limit.promise]);
    console.log(`[harness] extension host tests exited with code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } finally {
    limit.cancel();
    await browser?.close();
    await server?.stop();
    output.flush();
    fs.closeSync(serverLog);
    fs.rmSync(workspace, { recursive: true, force: true });
    console.log(`[harness] server log: ${path.relative(process.cwd(), SERVER_LOG)}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[harness] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
