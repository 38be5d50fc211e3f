// The @vscode/test-electron route, for machines that can download or already have VS Code desktop:
// runs the same integration suite (out/test/integration/index.js) in a desktop extension host.
// Offline machines use test/harness/run-integration.ts instead (`npm run test:integration`).
import * as fs from 'fs';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { REPO, makeWorkspace } from '../harness/workspace';

async function main(): Promise<void> {
  const workspace = makeWorkspace();
  try {
    await runTests({
      // env VSCODE_EXECUTABLE_PATH: use an installed VS Code instead of downloading one.
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(REPO, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
