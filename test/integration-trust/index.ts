// The extensionTestsPath entry for the workspace-trust suite, which the offline harness runs with
// workspace trust enabled (`run-integration.js --trust --tests out/test/integration-trust/index.js`),
// so the workspace opens in Restricted Mode.
import { runSuite } from '../integration/index';

/** Runs every compiled `*.test.js` of this folder. */
export function run(): Promise<void> {
  return runSuite(__dirname);
}
