// The .vsix holds only the allowlisted files: checks .vscodeignore through `vsce ls --no-dependencies`
// (which reads the manifest and the ignore file, and needs neither the network nor a build).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from '../seeds';

const VSCE = path.join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
/** What the package may hold: the bundles (the desktop extension and its server, and the browser build's extension and server), the manifest, README, CHANGELOG, LICENSE and media. */
const ALLOWED = [/^dist\/extension\.js$/, /^dist\/server\.js$/, /^dist\/web\/extension\.js$/, /^dist\/web\/server\.js$/, /^package\.json$/, /^README\.md$/, /^CHANGELOG\.md$/, /^LICENSE$/, /^media\/.+/];
/** The bundles, which a build makes. */
const BUNDLES = ['dist/extension.js', 'dist/server.js', 'dist/web/extension.js', 'dist/web/server.js'];
/** Files every package must hold (all tracked in git, so present in any clone). */
const REQUIRED = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'];
/** Files of kinds that must never ship, planted in a scratch copy of the packaging inputs. */
const PLANTED_OUTSIDE = [
  'dist/cli.js',
  'dist/extension.js.map',
  'dist/server.js.map',
  'dist/web/extension.js.map',
  'dist/web/server.js.map',
  'dist/web/other.js',
  'src/extension.ts',
  'out/test/ui/editor.test.js',
  'seeds/article.txt',
  'test/ui/fixtures/.vscode/settings.json',
  '.vscode/settings.json',
  'tsconfig.json',
  'esbuild.js',
  'package-lock.json',
  'sourced-0.1.0.vsix',
  'notes/readme.md',
];

/** Files `vsce ls --no-dependencies` would package from `cwd`, with forward slashes. */
function packagedFiles(cwd: string): string[] {
  const output = execFileSync(process.execPath, [VSCE, 'ls', '--no-dependencies'], { cwd, encoding: 'utf8' });
  return output
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\\/g, '/'))
    .filter((line) => line !== '')
    .sort();
}

function isAllowed(file: string): boolean {
  return ALLOWED.some((pattern) => pattern.test(file));
}

describe('package: .vsix contents', function () {
  this.timeout(30_000);
  let scratch = '';

  afterEach(() => {
    if (scratch) {
      fs.rmSync(scratch, { recursive: true, force: true });
      scratch = '';
    }
  });

  it('packages nothing outside the allowlist from the repository, and the required files', () => {
    const files = packagedFiles(REPO_ROOT);
    assert.deepStrictEqual(files.filter((file) => !isAllowed(file)), []);
    for (const file of REQUIRED) {
      assert.ok(files.includes(file), `${file} is not packaged`);
    }
  });

  it('keeps the bundles and media and drops every other kind of file (scratch copy with planted files)', () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-vsix-'));
    for (const file of [...REQUIRED, '.vscodeignore']) {
      fs.copyFileSync(path.join(REPO_ROOT, file), path.join(scratch, file));
    }
    fs.cpSync(path.join(REPO_ROOT, 'media'), path.join(scratch, 'media'), { recursive: true });
    for (const file of [...BUNDLES, ...PLANTED_OUTSIDE]) {
      fs.mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      fs.writeFileSync(path.join(scratch, file), '// planted\n');
    }
    const media = fs
      .readdirSync(path.join(scratch, 'media'), { recursive: true, encoding: 'utf8' })
      .map((name) => `media/${name.replace(/\\/g, '/')}`)
      .filter((name) => fs.statSync(path.join(scratch, name)).isFile());
    const expected = [...REQUIRED, ...BUNDLES, ...media].sort();
    assert.deepStrictEqual(packagedFiles(scratch), expected);
  });
});
