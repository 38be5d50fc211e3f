import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCliIn } from './runInProcess';
import { AUTOMOTIVE, REPO_ROOT } from '../seeds';

const SEED = readFileSync(path.join(REPO_ROOT, AUTOMOTIVE), 'utf8');
const KUNSHAN = SEED.split('\n')[4] ?? '';

/** A workspace on disk: `sources/auto.txt` (the automotive seed) and `drafts/draft.md`, which cites its line 5 in all three styles. */
function workspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sourced-drift-'));
  mkdirSync(path.join(root, 'sources'));
  mkdirSync(path.join(root, 'drafts'));
  writeFileSync(path.join(root, 'sources', 'auto.txt'), SEED);
  writeFileSync(
    path.join(root, 'drafts', 'draft.md'),
    [
      '# Draft',
      '',
      `${KUNSHAN}[^auto-5]`,
      '',
      `${KUNSHAN.replace(/\.$/, '')} ([auto.txt:5](../sources/auto.txt#L5)).`,
      '',
      `${KUNSHAN.replace(/\.$/, '')} [@auto, l. 5].`,
      '',
      '[^auto-5]: [../sources/auto.txt:5](../sources/auto.txt#L5)',
      '',
    ].join('\n'),
  );
  return root;
}

const check = (root: string, ...more: string[]) => runCliIn(root, 'check', 'drafts/draft.md', '-s', 'sources', ...more);

describe('sourced check: citation drift on files on disk', () => {
  it('exits 0 while every citation still points at its passage', async () => {
    const root = workspace();
    const { code, out } = await check(root);
    assert.equal(code, 0, out);
  });

  it('reports citation-moved for each style after lines are inserted above the passage, and exits 1', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'sources', 'auto.txt'), SEED.replace(/\n/, '\nUpdated on 3 July.\n\n'));
    const { code, out } = await check(root);
    assert.equal(code, 1);
    const moved = 'warning Citation moved: sources/auto.txt:5 no longer holds this passage; it is now at line 7';
    assert.deepEqual(out.trim().split('\n'), [`drafts/draft.md:3:${KUNSHAN.length + 1} ${moved}`, `drafts/draft.md:5:${KUNSHAN.length + 2} ${moved}`, `drafts/draft.md:7:${KUNSHAN.length + 1} ${moved}`]);
  });

  it('reports citation-broken in JSON, in the shape of the other findings, when the sentence is deleted', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'sources', 'auto.txt'), SEED.replace(`${KUNSHAN}\n`, ''));
    const { code, out } = await check(root, '--format', 'json');
    assert.equal(code, 1);
    const { findings } = JSON.parse(out) as { findings: { code: string; line: number; severity: string; claimed: string; rules: string[]; why: string }[] };
    assert.deepEqual(
      findings.map((f) => [f.code, f.line, f.severity, f.claimed, f.rules]),
      [
        ['citation-broken', 3, 'warning', 'sources/auto.txt:5', ['citation-broken']],
        ['citation-broken', 5, 'warning', 'sources/auto.txt:5', ['citation-broken']],
        ['citation-broken', 7, 'warning', 'sources/auto.txt:5', ['citation-broken']],
      ],
    );
    assert.match(findings[0]?.why ?? '', /no line of sources\/auto\.txt has its figures \(65 and 1\.5\)/);
  });

  it('reports citation-broken naming the new file when the source is renamed, and a missing file when it is deleted', async () => {
    const root = workspace();
    renameSync(path.join(root, 'sources', 'auto.txt'), path.join(root, 'sources', 'automotive.txt'));
    const renamed = await check(root);
    assert.equal(renamed.code, 1);
    assert.match(renamed.out, /drafts\/draft\.md:5:\d+ warning Citation broken: \.\.\/sources\/auto\.txt is not among the sources; the passage is at sources\/automotive\.txt:5/);
    assert.match(renamed.out, /drafts\/draft\.md:7:\d+ warning Citation broken: @auto is not among the sources; the passage is at sources\/automotive\.txt:5/);
    rmSync(path.join(root, 'sources', 'automotive.txt'));
    writeFileSync(path.join(root, 'sources', 'other.txt'), 'Nothing about cars here at all.\n');
    const deleted = await check(root);
    assert.equal(deleted.code, 1);
    assert.deepEqual(
      deleted.out.trim().split('\n').map((l) => l.replace(/^\S+ /, '')),
      ['warning Citation broken: ../sources/auto.txt does not exist', 'warning Citation broken: ../sources/auto.txt does not exist'],
    );
  });

  it('--exit-zero keeps exit 0 with a drifted citation', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'sources', 'auto.txt'), SEED.replace(/\n/, '\nUpdated on 3 July.\n'));
    assert.equal((await check(root, '--exit-zero')).code, 0);
  });
});
