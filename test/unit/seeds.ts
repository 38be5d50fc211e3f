/**
 * Test helper: the built-in seeds/ corpus, read from disk once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SourceInput } from '../../src/core/model';

/** The repository root (tests run from out/test/unit/…). */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** The seeds as SourceInputs with `seeds/…` paths. */
export function seedInputs(): SourceInput[] {
  const dir = path.join(REPO_ROOT, 'seeds');
  return readdirSync(dir)
    .sort()
    .map((f) => ({ path: `seeds/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** Path of the Jia-Kun-Tai automotive seed. */
export const AUTOMOTIVE = 'seeds/jia-kun-tai-automotive.txt';
/** Path of the Yangtze Delta manufacturing seed. */
export const MANUFACTURING = 'seeds/yangtze-delta-manufacturing.txt';
