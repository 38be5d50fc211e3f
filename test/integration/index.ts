// The extensionTestsPath entry for integration tests: VS Code's extension host loads this module
// and calls run(). Works for the offline harness (test/harness/run-integration.js) and for
// @vscode/test-electron (test/electron/run.ts) alike.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';

/** Per-test timeout: the extension host may be indexing the workspace on first use. */
const TEST_TIMEOUT_MS = 20_000;

/** Lists compiled `*.test.js` files under a folder, recursively, in a stable order. */
function findTestFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(root, name));
}

/**
 * Runs every compiled integration test (`out/test/integration/**\/*.test.js`) with mocha (BDD).
 * Set `SOURCED_TEST_GREP` to run only the tests whose titles match.
 * @returns a promise that resolves when all tests pass and rejects when any fails.
 */
export function run(): Promise<void> {
  return runSuite(__dirname);
}

/**
 * Runs every compiled `*.test.js` under `root` with mocha (BDD), as {@link run} does; other suites
 * (the workspace-trust suite) call it with their own folder.
 */
export async function runSuite(root: string): Promise<void> {
  // The extension host forwards console.log to the workbench only; its stdout also reaches the
  // VS Code server's log, where the offline harness prints it. So the report goes to stdout.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => process.stdout.write(`${format(...args)}\n`);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: TEST_TIMEOUT_MS, reporter: 'spec' });
  const grep = process.env.SOURCED_TEST_GREP;
  if (grep) {
    mocha.grep(grep);
  }
  const files = findTestFiles(root);
  if (files.length === 0) {
    throw new Error(`no *.test.js files under ${root}`);
  }
  // mocha.run() loads the files with require(), which the extension host hooks to provide `vscode`.
  files.forEach((file) => mocha.addFile(file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) {
    throw new Error(`${failures} integration test(s) failed`);
  }
}
