// Runs the extension's mocha integration suite inside a real VS Code extension host, offline:
// VS Code's server from code-server, its workbench opened in Chromium, and the result read from
// window.codeAutomationExit. Exits with the suite's exit code.
//
// Prints the extension host's output (the mocha report); the whole server log goes to
// out/harness-server.log, and to the terminal too with --verbose.
//
// Usage (after `npx tsc -p .`):
//   node out/test/harness/run-integration.js [--trust] [--tests FILE] [--extension DIR] [--grep TEXT]
//                                            [--no-install] [--verbose]
//   --trust          keep workspace trust enabled (default: disabled)
//   --tests FILE     extensionTestsPath (env SOURCED_TESTS_ENTRY; default out/test/integration/index.js)
//   --extension DIR  extensionDevelopmentPath (env SOURCED_EXTENSION_PATH; default the repo root)
//   --grep TEXT      run only tests whose titles match (passed to the suite as SOURCED_TEST_GREP)
//   --no-install     skip test/harness/install.sh
//   --verbose        print the server's own log lines as well
// Env SOURCED_HARNESS_TIMEOUT_S limits the whole run (default 300).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { createLogSplitter } from './output';
import { Server, openWorkbench, startServer } from './server';
import { REPO, makeWorkspace } from './workspace';

const RUN_TIMEOUT_MS = Number(process.env.SOURCED_HARNESS_TIMEOUT_S || 300) * 1000;
const SERVER_LOG = path.join(REPO, 'out', 'harness-server.log');

interface RunOptions {
  trust: boolean;
  tests: string;
  extension: string;
  grep: string | undefined;
  install: boolean;
  verbose: boolean;
}

/** Reads the command line and environment into run options. */
function readOptions(): RunOptions {
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

/** A promise that rejects after `ms` milliseconds, naming what timed out, and a way to cancel it. */
function timeout(ms: number, what: string): { promise: Promise<never>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

async function main(): Promise<number> {
  const options = readOptions();
  if (options.install) {
    execFileSync('bash', [path.join(REPO, 'test', 'harness', 'install.sh')], { stdio: 'inherit' });
  }
  for (const required of [options.tests, path.join(options.extension, 'package.json')]) {
    if (!fs.existsSync(required)) {
      throw new Error(`${required} is missing (compile the tests and build the extension first)`);
    }
  }
  const started = Date.now();
  const workspace = makeWorkspace();
  const removeWorkspace = (): void => fs.rmSync(workspace, { recursive: true, force: true });
  process.once('exit', removeWorkspace); // also on SIGINT/SIGTERM
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
  const limit = timeout(RUN_TIMEOUT_MS, 'the integration run');
  let server: Server | undefined;
  let browser: { close(): Promise<void> } | undefined;
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
    return await Promise.race([workbench.exit, limit.promise]);
  } finally {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    limit.cancel();
    await browser?.close();
    await server?.stop();
    output.flush();
    fs.closeSync(serverLog);
    removeWorkspace();
    console.log(`[harness] server log: ${path.relative(process.cwd(), SERVER_LOG)}`);
    console.log(`[harness] run took ${seconds} s`);
  }
}

// Exiting runs the 'exit' hook in server.ts, which kills the server's process group.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`[harness] ${signal}: stopping`);
    process.exit(130);
  });
}

main().then(
  (code) => {
    console.log(`[harness] extension host tests exited with code ${code}`);
    process.exit(code);
  },
  (error: unknown) => {
    console.error(`[harness] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
