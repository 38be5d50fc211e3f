// The browser build staged as an extension of its own: package.json without `main` (so only its
// `browser` entry is left, and the workbench can run it in nothing but the Web Worker extension
// host) and the browser bundles under dist/web/. Build first (node esbuild.js).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO } from './workspace';

/** The browser bundles, relative to the extension folder. */
export const WEB_BUNDLES = ['dist/web/extension.js', 'dist/web/server.js'];

/** Copies the web-only extension into a fresh temp folder and returns it; the caller removes it. */
export function stageWebExtension(): string {
  const staged = fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-web-ext-'));
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
  if (typeof manifest.browser !== 'string') throw new Error('package.json has no "browser" entry');
  delete manifest.main;
  fs.writeFileSync(path.join(staged, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  for (const bundle of WEB_BUNDLES) {
    const from = path.join(REPO, bundle);
    if (!fs.existsSync(from)) throw new Error(`${bundle} is missing: run node esbuild.js`);
    fs.mkdirSync(path.dirname(path.join(staged, bundle)), { recursive: true });
    fs.copyFileSync(from, path.join(staged, bundle));
  }
  return staged;
}
