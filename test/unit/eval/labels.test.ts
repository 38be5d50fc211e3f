import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { evalDir, LABEL_KINDS, loadLabels, locateLabels, locateMention, type Label } from '../../eval/labels';

const dir = evalDir();
const labels: Label[] = loadLabels(dir);
const draftFiles = fs.readdirSync(path.join(dir, 'drafts')).filter((f) => f.endsWith('.md'));
const textOf = (draft: string): string => fs.readFileSync(path.join(dir, draft), 'utf8');

describe('eval label file', () => {
  it('has at least 150 mentions over at least 10 drafts, and every draft is labelled', () => {
    assert.ok(labels.length >= 150, `${labels.length} mentions`);
    assert.ok(draftFiles.length >= 10, `${draftFiles.length} drafts`);
    const labelled = new Set(labels.map((l) => l.draft));
    for (const file of draftFiles) assert.ok(labelled.has(`drafts/${file}`), `drafts/${file} has no labels`);
  });

  it('finds every mention in its draft at the given occurrence', () => {
    for (const l of labels) {
      assert.ok(Number.isInteger(l.occurrence) && l.occurrence >= 1, `${l.draft}: bad occurrence for ${l.mention}`);
      assert.ok(locateMention(textOf(l.draft), l.mention, l.occurrence), `${l.draft}: ${JSON.stringify(l.mention)} #${l.occurrence} not found`);
    }
  });

  it('uses only the allowed labels, names a category, and never labels a must-not-flag mention contradicted', () => {
    for (const l of labels) {
      assert.ok(LABEL_KINDS.includes(l.label), `${l.draft}: label ${l.label}`);
      assert.match(l.category, /^[a-z][a-z-]*$/, `${l.draft}: category ${l.category}`);
      if (l.mustNotFlag) assert.notEqual(l.label, 'contradicted', `${l.draft}: ${l.mention}`);
    }
    for (const kind of LABEL_KINDS) assert.ok(labels.some((l) => l.label === kind), `no ${kind} mention`);
  });

  it('labels each number once: mentions of one draft never overlap', () => {
    for (const file of draftFiles) {
      const draft = `drafts/${file}`;
      const spans = locateLabels(draft, textOf(draft), labels).map((m) => m.span).sort((a, b) => a.start - b.start);
      spans.slice(1).forEach((span, i) => assert.ok(span.start >= (spans[i]?.end ?? 0), `${draft}: overlapping mentions at ${span.start}`));
    }
  });

  it('holds the issue\'s must-not-flag list', () => {
    const guarded = labels.filter((l) => l.mustNotFlag && l.label === 'supported');
    const cases: ReadonlyArray<[string, (l: Label) => boolean]> = [
      ['65bn', (l) => /\b65bn\b/.test(l.mention)],
      ['sixty-five billion', (l) => /sixty-five billion/i.test(l.mention)],
      ['about 142 billion', (l) => /about 142 billion/.test(l.mention)],
      ['three-fifths vs 60%', (l) => l.category === 'fraction' && /60 ?(%|percent)/.test(l.mention)],
      ["the source's own US$ conversion", (l) => l.category === 'conversion' && /US\$/.test(l.mention)],
      ['nearly 800', (l) => /nearly 800\b/.test(l.mention)],
      ['over 6,000', (l) => /(over|more than) 6,000/.test(l.mention)],
    ];
    for (const [name, test] of cases) assert.ok(guarded.some(test), `must-not-flag case missing: ${name}`);
  });

  it('rests on at least four own source articles, each with a title, byline and date', () => {
    const sources = fs.readdirSync(path.join(dir, 'sources'));
    assert.ok(sources.length >= 4, `${sources.length} sources`);
    for (const file of sources) {
      const [title, byline, date] = fs.readFileSync(path.join(dir, 'sources', file), 'utf8').split('\n');
      assert.ok(title && title.length > 10, `${file}: title`);
      assert.match(byline ?? '', /^By [A-Z]/, `${file}: byline`);
      assert.match(date ?? '', /\b(19|20)\d\d\b/, `${file}: date`);
    }
  });
});
