import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../../src/core/check/checkDraft';
import type { CitationStyle } from '../../../src/core/cite/citation';
import { runInChunks } from '../../../src/core/draft/chunkedRun';
import { checkCitations, type CitationPaths } from '../../../src/core/draft/citationDrift';
import { itemInsertionText } from '../../../src/core/draft/citeEdits';
import { parseCitations } from '../../../src/core/cite/parseCitations';
import { citationHoverText } from '../../../src/core/draft/hoverContent';
import { findingFixes } from '../../../src/core/draft/quickFixes';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import type { SourceInput } from '../../../src/core/model';
import { AUTOMOTIVE, REPO_ROOT, seedInputs } from '../seeds';

/** Drafts sit at the workspace root here, so a link path is the indexed path. */
const AT_ROOT: CitationPaths = { indexPathsFor: (written) => [written] };
const STYLES: readonly CitationStyle[] = ['footnote', 'inline', 'pandoc'];

const automotive = (): string => readFileSync(path.join(REPO_ROOT, AUTOMOTIVE), 'utf8');

/** A draft of one item inserted as the completion inserts it, in `style`, with its footnote definition if any. */
function citedDraft(index: SourceIndex, file: string, needle: string, style: CitationStyle): string {
  const item = index.itemsOf(file).find((i) => i.kind === 'fact' && i.text.includes(needle));
  assert.ok(item, `no fact with ${needle} in ${file}`);
  return insert('', index, item, style);
}

function insert(draft: string, index: SourceIndex, item: ReturnType<SourceIndex['itemsOf']>[number], style: CitationStyle): string {
  const prefix = draft === '' ? '' : `${draft.replace(/\n*$/, '')}\n\n`;
  const inserted = itemInsertionText(prefix, item, index, style, item.file);
  let text = `${prefix}${inserted.text}\n`;
  for (const extra of inserted.additional) text = `${text.slice(0, extra.offset)}${extra.text}${text.slice(extra.offset)}`;
  return text;
}

/** Applies the preferred fix of a finding. */
function applyFix(text: string, finding: Finding, style: CitationStyle): string {
  const fix = findingFixes(text, finding.span, finding, style, () => ({ text: '' })).find((f) => f.preferred);
  assert.ok(fix, 'no preferred fix');
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = `${out.slice(0, e.start)}${e.newText}${out.slice(e.end)}`;
  return out;
}

function withFile(inputs: readonly SourceInput[], file: string, text: string | undefined): SourceInput[] {
  const rest = inputs.filter((i) => i.path !== file);
  return text === undefined ? rest : [...rest, { path: file, text }];
}

/** Sources in every format, with title and byline headers, blank lines, hard-wrapped paragraphs and a transcript. */
const FORMATS: readonly SourceInput[] = [
  {
    path: 'sources/harbour.md',
    text: [
      '---',
      'title: Harbour City Adds Two Tram Lines',
      'author: Mei Lin',
      'date: 2024-03-02',
      '---',
      '',
      '# Harbour City Adds Two Tram Lines',
      '',
      '',
      'The city council approved two new tram lines on Tuesday, at a cost of',
      '1.2 billion dollars, with the first trams due in 2027.',
      '',
      '',
      '',
      'Ridership on the existing network rose 14 percent last year to 38 million',
      'passengers, the transport authority said.',
      '',
      '"We are building for the next thirty years," said Mayor Ana Ruiz, who',
      'called the vote historic.',
    ].join('\n'),
  },
  {
    path: 'sources/port.html',
    text: [
      '<!doctype html>',
      '<html><head><title>Port volumes hit record</title>',
      '<meta name="author" content="Tom Reed"></head>',
      '<body>',
      '<nav>Home | News</nav>',
      '<article>',
      '<h1>Port volumes hit record</h1>',
      '<p>The port handled 4.6 million containers in 2023,',
      'up 8 percent on the year before.</p>',
      '',
      '<p>Its operator plans to invest 300 million euros in new cranes by 2026.</p>',
      '</article>',
      '</body></html>',
    ].join('\n'),
  },
  {
    path: 'sources/hearing.txt',
    text: [
      'Transcript: budget hearing',
      'By the Clerk of the Council',
      '',
      'CHAIR: The committee will now hear from the treasurer.',
      '',
      'TREASURER: Revenue came in at 812 million dollars, which is 3 percent above the forecast.',
      'We expect spending on schools to reach 240 million dollars next year.',
      '',
      'CHAIR: Thank you.',
    ].join('\n'),
  },
];

describe('citation drift', () => {
  describe('a citation that is still right is never flagged', () => {
    it('every fact and quote of the seeds and of sources in every format, inserted as the completion inserts it, in each style', () => {
      const index = SourceIndex.build([...seedInputs(), ...FORMATS]);
      let checked = 0;
      for (const doc of index.documents) {
        for (const item of index.itemsOf(doc.file)) {
          for (const style of STYLES) {
            const draft = insert('# Draft\n\nSome opening words of the writer.', index, item, style);
            assert.deepEqual(
              checkCitations(draft, index, AT_ROOT).map((f) => f.message),
              [],
              `${style} citation of ${item.file}:${item.location.line}`,
            );
            checked++;
          }
        }
      }
      assert.ok(checked > 150, `only ${checked} citations checked`);
    });

    it('every fact and quote of the eval sources and of the 118 SummEdits documents (news, transcripts, emails), inserted in each style', () => {
      const evalSources = readdirSync(path.join(REPO_ROOT, 'test', 'eval', 'sources')).map((f) => ({ path: `sources/${f}`, text: readFileSync(path.join(REPO_ROOT, 'test', 'eval', 'sources', f), 'utf8') }));
      const external = readFileSync(path.join(REPO_ROOT, 'test', 'eval', 'external', 'summedits', 'docs.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { docId: string; doc: string })
        .map((d) => ({ path: `external/${d.docId}.txt`, text: d.doc }));
      const index = SourceIndex.build([...evalSources, ...external]);
      const flagged: string[] = [];
      for (const doc of index.documents) {
        for (const item of index.itemsOf(doc.file)) {
          for (const style of STYLES) {
            if (checkCitations(insert('Opening words.', index, item, style), index, AT_ROOT).length > 0) flagged.push(`${style} ${item.file}:${item.location.line}`);
          }
        }
      }
      assert.deepEqual(flagged, []);
    });

    it('a draft that cites many passages of one source, footnotes collected at the end', () => {
      const index = SourceIndex.build(seedInputs());
      let draft = '';
      for (const item of index.itemsOf(AUTOMOTIVE).filter((i) => i.kind === 'fact')) draft = insert(draft, index, item, 'footnote');
      assert.deepEqual(checkCitations(draft, index, AT_ROOT), []);
    });

    it('a paraphrase that shares little with its cited line, and a citation of an unknown key, are left alone', () => {
      const index = SourceIndex.build(seedInputs());
      const draft = [
        `Car-making around the border kept growing modestly ([x](${AUTOMOTIVE}#L5)).`,
        'Smith found the same pattern across the delta [@smith2020, l. 12].',
        `Kunshan's car output rose 1.5% ([x](${AUTOMOTIVE}#L5)).`,
      ].join('\n\n');
      assert.deepEqual(checkCitations(draft, index, AT_ROOT), []);
    });

    it('a citation of the first line of a hard-wrapped paragraph, for words of its second sentence', () => {
      const index = SourceIndex.build([
        { path: 'sources/budget.md', text: '# Budget notes\n\nThe council approved a budget of 90 million dollars for the\ncoming year. Spending on parks will rise 6 percent, and libraries\nget 2 million dollars more.\n' },
      ]);
      const draft = 'Spending on parks will rise 6 percent, and libraries get 2 million dollars more ([budget.md:3](sources/budget.md#L3)).\n';
      assert.deepEqual(checkCitations(draft, index, AT_ROOT), []);
    });
  });

  describe('a quotation', () => {
    const source = (above: string): SourceInput => ({ path: 'sources/trams.txt', text: `Tram depot opens\n${above}\n"We will double the fleet by next spring, and the depot is ready," the mayor said on Monday.\n` });
    const draft = 'Ana Ruiz, mayor of Harbour City and chair of the regional transport board, said: “We will double the fleet by next spring, and the depot is ready” [@trams, l. 3].\n';

    it('is judged by its quoted words, whatever the attribution around them', () => {
      assert.deepEqual(checkCitations(draft, SourceIndex.build([source('')]), AT_ROOT), []);
    });

    it('is moved when lines are inserted above it, though its attribution stands elsewhere', () => {
      const findings = checkCitations(draft, SourceIndex.build([source('\nUpdated on Tuesday.\n')]), AT_ROOT);
      assert.deepEqual(findings.map((f) => [f.code, f.expected]), [['citation-moved', 'sources/trams.txt:5']]);
    });
  });

  describe('a source edited on disk', () => {
    it('lines inserted above the cited passage: citation-moved, and the fix rewrites the line in each style until the draft is clean', () => {
      const seeds = seedInputs();
      const before = SourceIndex.build(seeds);
      const edited = automotive().replace(/\n/, '\nEditor\'s note: this article was updated.\n\nA correction was added.\n');
      const after = SourceIndex.build(withFile(seeds, AUTOMOTIVE, edited));
      for (const style of STYLES) {
        const draft = citedDraft(before, AUTOMOTIVE, '65 billion yuan', style);
        const [finding, ...rest] = checkCitations(draft, after, AT_ROOT);
        assert.equal(rest.length, 0, style);
        assert.equal(finding?.code, 'citation-moved', style);
        assert.equal(finding.message, `Citation moved: ${AUTOMOTIVE}:5 no longer holds this passage; it is now at line 8`);
        assert.equal(finding.expected, `${AUTOMOTIVE}:8`);
        assert.equal(finding.source?.line, 8);
        const fixed = applyFix(draft, finding, style);
        assert.match(fixed, style === 'pandoc' ? /\[@jia-kun-tai-automotive, l\. 8\]/ : /jia-kun-tai-automotive\.txt:8\]\(seeds\/jia-kun-tai-automotive\.txt#L8\)/);
        assert.doesNotMatch(fixed, /#L5|l\. 5|-5\]/);
        assert.deepEqual(checkCitations(fixed, after, AT_ROOT), [], `${style} after the fix`);
      }
    });

    it('two lines inserted at the top of each seed: nearly every cited fact with figures is reported moved, each to its new line, and none broken', () => {
      const seeds = seedInputs();
      const before = SourceIndex.build(seeds);
      let cited = 0;
      let moved = 0;
      for (const seed of seeds) {
        const after = SourceIndex.build(withFile(seeds, seed.path, seed.text.replace(/\n/, '\nUpdated.\n\n')));
        for (const item of before.itemsOf(seed.path).filter((i) => i.kind === 'fact' && /\d/.test(i.text) && i.location.line > 1)) {
          const findings = checkCitations(insert('', before, item, 'pandoc'), after, AT_ROOT);
          cited++;
          assert.ok(findings.every((f) => f.code === 'citation-moved' && f.expected === `${seed.path}:${item.location.line + 2}`), JSON.stringify(findings));
          moved += findings.length;
        }
      }
      assert.ok(moved >= cited * 0.9, `${moved} of ${cited} moved`);
    });

    it('the hover over a moved citation warns and shows the passage where it is now', () => {
      const seeds = seedInputs();
      const before = SourceIndex.build(seeds);
      const after = SourceIndex.build(withFile(seeds, AUTOMOTIVE, automotive().replace(/\n/, '\nA new line.\n')));
      const draft = citedDraft(before, AUTOMOTIVE, '65 billion yuan', 'pandoc');
      const [finding] = checkCitations(draft, after, AT_ROOT);
      const [ref] = parseCitations(draft);
      assert.ok(ref && finding);
      const doc = after.document(AUTOMOTIVE);
      assert.ok(doc);
      const { markdown } = citationHoverText(ref, { doc, line: ref.line }, after, { themeIcons: true }, finding);
      assert.match(markdown, /^\$\(warning\) Citation moved\\: /u);
      assert.match(markdown, /\*\*Kunshan, dedicated/u);
      assert.match(markdown, /`seeds\/jia-kun-tai-automotive\.txt:6`$/u);
    });

    it('a footnote used twice is fixed once, marker and definition renamed with the new line', () => {
      const seeds = seedInputs();
      const before = SourceIndex.build(seeds);
      const one = citedDraft(before, AUTOMOTIVE, '65 billion yuan', 'footnote');
      const draft = one.replace('[^jia-kun-tai-automotive-5]\n', '[^jia-kun-tai-automotive-5]\n\nKunshan reported 65 billion yuan of automotive industry output.[^jia-kun-tai-automotive-5]\n');
      const after = SourceIndex.build(withFile(seeds, AUTOMOTIVE, automotive().replace(/\n/, '\nA new line.\n')));
      const findings = checkCitations(draft, after, AT_ROOT);
      assert.deepEqual(findings.map((f) => f.code), ['citation-moved', 'citation-moved']);
      const fixed = applyFix(draft, findings[0] as Finding, 'footnote');
      assert.equal(fixed.match(/\[\^jia-kun-tai-automotive-6\]/g)?.length, 3);
      assert.deepEqual(checkCitations(fixed, after, AT_ROOT), []);
    });

    it('the cited sentence deleted: citation-broken, with no fix but the ignore marker', () => {
      const seeds = seedInputs();
      const before = SourceIndex.build(seeds);
      const lines = automotive().split('\n');
      const deleted = lines.filter((l) => !l.includes('65 billion yuan')).join('\n');
      const after = SourceIndex.build(withFile(seeds, AUTOMOTIVE, deleted));
      for (const style of STYLES) {
        const draft = citedDraft(before, AUTOMOTIVE, '65 billion yuan', style);
        const findings = checkCitations(draft, after, AT_ROOT);
        assert.deepEqual(
          findings.map((f) => [f.code, f.message]),
          [['citation-broken', `Citation broken: ${AUTOMOTIVE}:5 no longer holds this passage, and no line of the source does`]],
          style,
        );
        const fixes = findingFixes(draft, (findings[0] as Finding).span, findings[0] as Finding, style, () => ({ text: '' }));
        assert.deepEqual(fixes.map((f) => [f.title, f.preferred]), [['Ignore this citation here', false]]);
      }
    });

    it('a quotation whose passage is gone is broken too', () => {
      const seeds = seedInputs();
      const before = SourceIndex.build(seeds);
      const quote = before.itemsOf(AUTOMOTIVE).find((i) => i.kind === 'quote' && i.text.includes('perfect integration'));
      assert.ok(quote);
      const draft = insert('', before, quote, 'inline');
      const after = SourceIndex.build(withFile(seeds, AUTOMOTIVE, automotive().split('\n').filter((l) => !l.includes('perfect integration')).join('\n')));
      assert.deepEqual(checkCitations(draft, after, AT_ROOT).map((f) => f.code), ['citation-broken']);
    });

    it('the source renamed: citation-broken, naming where the passage is now, with no automatic fix', () => {
      const seeds = seedInputs();
      const before = SourceIndex.build(seeds);
      const after = SourceIndex.build(withFile(withFile(seeds, AUTOMOTIVE, undefined), 'seeds/automotive-2025.txt', automotive()));
      for (const style of STYLES) {
        const draft = citedDraft(before, AUTOMOTIVE, '65 billion yuan', style);
        const findings = checkCitations(draft, after, AT_ROOT);
        const named = style === 'pandoc' ? '@jia-kun-tai-automotive' : AUTOMOTIVE;
        assert.deepEqual(
          findings.map((f) => [f.code, f.message, f.fix]),
          [['citation-broken', `Citation broken: ${named} is not among the sources; the passage is at seeds/automotive-2025.txt:5`, undefined]],
          style,
        );
      }
    });

    it('a missing file is broken only when the caller knows it is gone', () => {
      const index = SourceIndex.build(seedInputs());
      const draft = 'The committee heard the plan in detail and approved it ([x](seeds/gone.txt#L3)).\n';
      assert.deepEqual(checkCitations(draft, index, AT_ROOT), []);
      const findings = checkCitations(draft, index, { ...AT_ROOT, isMissing: (written) => written === 'seeds/gone.txt' });
      assert.deepEqual(findings.map((f) => [f.code, f.message]), [['citation-broken', 'Citation broken: seeds/gone.txt does not exist']]);
    });

    it('a link to a file that is there but is no source is left alone, though a source holds its passage', () => {
      const index = SourceIndex.build(seedInputs());
      const kunshan = automotive().split('\n')[4]?.replace(/\.$/, '') ?? '';
      const draft = `${kunshan} ([notes](notes/kunshan.txt#L2)).\n`;
      assert.deepEqual(checkCitations(draft, index, { ...AT_ROOT, isMissing: () => false }), []);
      assert.deepEqual(checkCitations(draft, index, AT_ROOT).map((f) => f.message), [`Citation broken: notes/kunshan.txt is not among the sources; the passage is at ${AUTOMOTIVE}:5`]);
    });

    it('of two citations side by side, each is checked against the claim before both', () => {
      const seeds = seedInputs();
      const after = SourceIndex.build(withFile(seeds, AUTOMOTIVE, automotive().replace(/\n/, '\nA new line.\n')));
      const kunshan = automotive().split('\n')[4]?.replace(/\.$/, '') ?? '';
      const draft = `${kunshan} [@jia-kun-tai-automotive, l. 5] [@jia-kun-tai-automotive, l. 6].\n`;
      assert.deepEqual(
        checkCitations(draft, after, AT_ROOT).map((f) => [f.code, draft.slice(f.span.start, f.span.end)]),
        [
          ['citation-moved', '[@jia-kun-tai-automotive, l. 5]'],
        ],
      );
    });

    it('a citation on a line marked to be ignored is left alone', () => {
      const seeds = seedInputs();
      const before = SourceIndex.build(seeds);
      const after = SourceIndex.build(withFile(seeds, AUTOMOTIVE, automotive().replace(/\n/, '\nA new line.\n')));
      const draft = citedDraft(before, AUTOMOTIVE, '65 billion yuan', 'inline').replace(/\n$/, ' <!-- sourced-ignore -->\n');
      assert.deepEqual(checkCitations(draft, after, AT_ROOT), []);
    });

    it('a long draft checked chunk by chunk reports each moved footnote once, though its definition lies in another chunk', async () => {
      const seeds = seedInputs();
      const before = SourceIndex.build(seeds);
      const one = citedDraft(before, AUTOMOTIVE, '65 billion yuan', 'footnote');
      const [sentence = '', definition = ''] = one.split(/\n\n/);
      const filler = 'The writer adds a paragraph of her own words here.\n\n'.repeat(60);
      const draft = `${sentence}\n\n${filler}${sentence}\n\n${filler}${definition}`;
      const after = SourceIndex.build(withFile(seeds, AUTOMOTIVE, automotive().replace(/\n/, '\nA new line.\n')));
      const findings = await runInChunks(draft, () => [], { chunkChars: 2000, maxRestMs: 0, isStale: () => false, whole: (text, chunk) => checkCitations(text, after, AT_ROOT, chunk) });
      assert.deepEqual(
        findings?.map((f) => [f.code, draft.slice(f.span.start, f.span.end)]),
        [
          ['citation-moved', '[^jia-kun-tai-automotive-5]'],
          ['citation-moved', '[^jia-kun-tai-automotive-5]'],
        ],
      );
      assert.ok(draft.length > 6000);
    });

    it('a passage that now stands twice after the edit is reported moved with both lines and no fix', () => {
      const seeds = seedInputs();
      const before = SourceIndex.build(seeds);
      const kunshan = automotive().split('\n').find((l) => l.includes('65 billion yuan')) ?? '';
      const after = SourceIndex.build(withFile(seeds, AUTOMOTIVE, automotive().replace(/\n/, `\n${kunshan}\nA new line.\n`)));
      const [finding] = checkCitations(citedDraft(before, AUTOMOTIVE, '65 billion yuan', 'pandoc'), after, AT_ROOT);
      assert.equal(finding?.message, `Citation moved: ${AUTOMOTIVE}:5 no longer holds this passage; it is now at lines 2 and 7`);
      assert.equal(finding.fix, undefined);
    });
  });
});
