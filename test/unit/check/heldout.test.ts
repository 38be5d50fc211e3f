/**
 * Held-out check: a domain the eval set does not cover (a football club's
 * finances), written after the checker was tuned on the eval set. One source
 * and three drafts in fixtures/, with must-flag and must-not-flag mentions.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assessDraft, checkDraft } from '../../../src/core/check/checkDraft';
import { indexOf } from './helpers';

const FIXTURES = path.join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'check', 'fixtures');

function read(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** [draft file, mention, expected source mention] */
const MUST_FLAG: readonly (readonly [string, string, string])[] = [
  ['draft-a-finances.md', '£79.5 million', '£97.5 million'],
  ['draft-a-finances.md', '76 percent', '67 percent'],
  ['draft-b-ground.md', '1989', '1998'],
  ['draft-c-outlook.md', '£8.6 billion', '£8.6 million'],
  // Added with the second round of mechanisms, written before they were run (draft-d and the source's last four paragraphs).
  ['draft-d-season.md', '£65 million', '£56 million'], // a shared number anchors the sentences
  ['draft-d-season.md', '£34.7 million', '£43.7 million'],
  ['draft-d-season.md', '1996', '1998'], // a year dating a number is still an event's year
  ['draft-d-season.md', '2027', '2026'],
  ['draft-d-season.md', 'third', 'fifth'], // bare ordinal before a comma
  ['draft-b-ground.md', 'fourth', 'fifth'],
  ['draft-d-season.md', '41 of', '14'], // counted noun after "of its"
  ['draft-d-season.md', '€35 million', '£35 million'], // wrong currency for the same figure: caught since a subject inherited from an earlier sentence no longer rules a source out
  ['draft-d-season.md', '£38 million', '£52 million'], // hyphenated period
  ['draft-d-season.md', '2 percent', '2 percentage points'], // percent vs percentage points
  // Known misses of the second round that the third round's mechanisms catch.
  ['draft-d-season.md', '5 percent', '5 percent'], // direction from another clause
  ['draft-d-season.md', '14,200', '12,400'], // acronym and its expansion
];

/** Must-flag cases the checker still misses (reported, not hidden): [draft file, mention, expected source mention]. */
const KNOWN_MISSES: readonly (readonly [string, string, string])[] = [
  ['draft-d-season.md', '91 percent', '19 percent'], // a place in an adverbial phrase is not the subject
];

/** [draft file, mention] */
const MUST_NOT_FLAG: readonly (readonly [string, string])[] = [
  ['draft-a-finances.md', '£182.4m'],
  ['draft-a-finances.md', '11%'],
  ['draft-a-finances.md', '£41.2 million'],
  ['draft-a-finances.md', '18 percent'],
  ['draft-a-finances.md', '£43.7 million'],
  ['draft-a-finances.md', '£121.9 million'],
  ['draft-a-finances.md', '£56 million'],
  ['draft-a-finances.md', '1989'],
  ['draft-a-finances.md', '3 scarves'],
  ['draft-b-ground.md', '38,650'],
  ['draft-b-ground.md', 'about 41,000'],
  ['draft-b-ground.md', '2011'],
  ['draft-b-ground.md', '610'],
  ['draft-b-ground.md', 'roughly 240'],
  ['draft-c-outlook.md', '£14.2 million'],
  ['draft-c-outlook.md', '£35 million'],
  ['draft-c-outlook.md', '2026'],
  ['draft-c-outlook.md', '12 wins'],
  ['draft-c-outlook.md', '40,000'],
  ['draft-d-season.md', '£71 million'],
  ['draft-d-season.md', '£97.5 million'],
  ['draft-d-season.md', '18 percent'],
  ['draft-d-season.md', '41,000'],
  ['draft-d-season.md', '£35 million'],
  ['draft-d-season.md', '2011'],
  ['draft-d-season.md', 'seventh'],
  ['draft-d-season.md', '24 percent'],
  ['draft-d-season.md', '2 new stands'],
];

describe('checkDraft on held-out drafts (football club finances)', () => {
  const index = indexOf({ 'seeds/harbourside-fc.md': read('source-harbourside-fc.md') });

  for (const [file, mention, expected] of KNOWN_MISSES) it.skip(`flags "${mention}" in ${file} (source: ${expected})`);

  for (const [file, mention, expected] of MUST_FLAG) {
    it(`flags "${mention}" in ${file} (source: ${expected})`, () => {
      const draft = read(file);
      const at = draft.indexOf(mention);
      assert.ok(at >= 0, `no "${mention}" in ${file}`);
      const f = checkDraft(draft, index).find((x) => x.span.start >= at && x.span.end <= at + mention.length);
      assert.ok(f, `not flagged; verdicts: ${JSON.stringify(assessDraft(draft, index).map((a) => [a.claimed, a.verdict]))}`);
      assert.equal(f.expected, expected);
    });
  }

  for (const [file, mention] of MUST_NOT_FLAG) {
    it(`does not flag "${mention}" in ${file}`, () => {
      const draft = read(file);
      const at = draft.indexOf(mention);
      assert.ok(at >= 0, `no "${mention}" in ${file}`);
      const f = checkDraft(draft, index).find((x) => x.span.start < at + mention.length && x.span.end > at);
      assert.equal(f, undefined, `flagged: ${JSON.stringify(f)}`);
    });
  }
});
