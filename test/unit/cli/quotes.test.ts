import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCliIn } from './runInProcess';
import { REPO_ROOT } from '../seeds';

const run = (...argv: string[]) => runCliIn(REPO_ROOT, ...argv);

describe('sourced check: quotations', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'sourced-quotes-'));
  const draft = (name: string, text: string): string => {
    const file = path.join(tmp, name);
    writeFileSync(file, text);
    return file;
  };

  it('reports a misquote in text, with the source’s words marked, and exits 1', async () => {
    const file = draft('misquote.md', 'Chen Huifen said: "This represents a partial integration of scientific and technological innovation with advanced manufacturing."\n');
    const { code, out } = await run('check', file);
    assert.equal(code, 1);
    assert.equal(
      out.trim(),
      `${file}:1:20 warning Misquote: the source says «This represents a ~~partial~~ **perfect** integration of scientific and technological innovation with advanced manufacturing» (seeds/jia-kun-tai-automotive.txt:8, Chen Huifen)`,
    );
  });

  it('reports a misattribution in JSON, in the shape of a contradiction, and exits 1', async () => {
    const file = draft('misattributed.md', '"This represents a perfect integration of scientific and technological innovation with advanced manufacturing," said Wu Xiaodong.\n');
    const { code, out } = await run('check', file, '--format', 'json');
    assert.equal(code, 1);
    const { findings } = JSON.parse(out) as { findings: { code: string; severity: string; line: number; column: number; expected: string; rules: string[]; source: { file: string; line: number } }[] };
    assert.deepEqual(
      findings.map((f) => [f.code, f.severity, f.line, f.column, f.expected, f.rules, f.source.file, f.source.line]),
      [['misattributed', 'warning', 1, 2, 'Chen Huifen', ['misattributed'], 'seeds/jia-kun-tai-automotive.txt', 8]],
    );
  });

  it('exits 0 for correct quotations, scare quotes and paraphrases', async () => {
    const file = draft(
      'fine.md',
      '"This represents a perfect integration […] with advanced manufacturing," Chen Huifen said.\n\nThe cars get "check-ups" daily. Chen said it was a partial integration.\n',
    );
    const { code, out } = await run('check', file);
    assert.equal(code, 0, out);
    assert.match(out, /no contradictions or misquotes/u);
  });

  it('--exit-zero keeps exit 0 with a misquote', async () => {
    const file = draft('zero.md', 'Chen Huifen said: "This represents a partial integration of scientific and technological innovation with advanced manufacturing."\n');
    assert.equal((await run('check', file, '--exit-zero')).code, 0);
  });
});
