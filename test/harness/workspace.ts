// The throwaway workspace that integration and UI tests open.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The repo root, seen from out/test/harness/. */
export const REPO = path.resolve(__dirname, '..', '..', '..');

/**
 * Makes a fresh temp folder holding a copy of the repo's seeds/ and the contents of
 * test/fixtures/workspace/ (when present). The caller removes it when done.
 */
export function makeWorkspace(): string {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-ws-'));
  fs.cpSync(path.join(REPO, 'seeds'), path.join(workspace, 'seeds'), { recursive: true });
  const fixtures = path.join(REPO, 'test', 'fixtures', 'workspace');
  if (fs.existsSync(fixtures)) {
    fs.cpSync(fixtures, workspace, { recursive: true });
  }
  return workspace;
}
