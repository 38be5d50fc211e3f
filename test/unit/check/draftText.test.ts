import * as assert from 'node:assert/strict';
import { assessDraft } from '../../../src/core/check/checkDraft';
import { prepareDraft } from '../../../src/core/check/draftText';
import { indexOf } from './helpers';

describe('prepareDraft: numbers that are not claims are hidden, offsets kept', () => {
  const draft = [
    '---',
    'date: 2025-08-02',
    'draft: 3',
    '---',
    '## 2. Results',
    '',
    '1. Output rose 7 percent.',
    'See `x = 42` and [the report](https://example.com/2024/report-99) or https://ex.org/55.',
    'A footnote[^3] and <!-- 77 hidden --> text.',
    '',
    '```',
    'const n = 1234;',
    '```',
    '',
    '    indented 5678',
    '',
    'Revenue was 9 billion yuan. <!-- sourced-ignore -->',
    'Kept: 11 apples.',
  ].join('\n');

  it('keeps length and line breaks', () => {
    const p = prepareDraft(draft);
    assert.equal(p.masked.length, draft.length);
    assert.equal(p.masked.split('\n').length, draft.split('\n').length);
  });

  it('leaves only the real claims', () => {
    const claims = assessDraft(draft, indexOf({})).map((a) => a.claimed);
    assert.deepEqual(claims, ['7 percent', '11']);
  });

  it('maps sentence spans back to the draft', () => {
    for (const s of prepareDraft(draft).sentences) assert.equal(s.text.length, s.span.end - s.span.start);
  });
});

describe('prepareDraft: the draft\'s own dates and references', () => {
  const masked = (text: string): string => prepareDraft(text).masked;

  it('hides a memo header\'s date and reference, and a publication stamp that opens its sentence', () => {
    assert.deepEqual(masked('To: Members\nDate: 1 December 2026\nRef: HEG/26/114').split('\n').map((line) => line.trim()), ['To: Members', 'Date:', 'Ref:']);
    assert.doesNotMatch(masked('*By the desk. Published 5 December 2026. Reading time: 4 minutes.*'), /5 December/u);
    assert.doesNotMatch(masked('Posted by Ann on 3 May 2026, 9:14pm'), /\d/u);
  });

  it('hides the date of a newsletter\'s next issue, but not of a meeting the sources announce', () => {
    assert.doesNotMatch(masked('Issue 13 is out on Saturday 19 December 2026.'), /19 December/u);
    assert.doesNotMatch(masked('The next Tally, issue 42, will be published on 21 December.'), /21 December/u);
    assert.match(masked('The next members\' meeting will be on Thursday 25 November 2027.'), /25 November 2027/u);
  });

  it('keeps a claim about when a source was published, and the rest of the sentence after a stamp', () => {
    assert.match(masked('The report was published on 20 November 2026.'), /20 November 2026/u);
    assert.match(masked('Published 5 December 2026. Reading time: 4 minutes.'), /4 minutes/u);
  });
});

describe('prepareDraft: lists', () => {
  it('marks the next item of a list, not an item after a blank line or a paragraph after a list', () => {
    const items = prepareDraft('- Prime lambs: 84,360 head.\n- Store lambs: 41,730 head.\n\n- Cattle: 9,412 head.\n\nIn all, 135,502 head.').sentences;
    assert.deepEqual(items.map((s) => s.nextListItem), [false, true, false, false]);
  });

  it('lets a closing total add up numbers of the items before it', () => {
    const source = indexOf({ 'seeds/mart.md': 'Prime lambs: 84,360 head sold, up from 79,120. Store lambs: 41,730 head sold, down from 44,210.' });
    const verdicts = assessDraft('- Prime lambs: 84,360 head.\n- Store lambs: 41,730 head. Together, prime and store lambs came to 126,090 head.', source);
    assert.notEqual(verdicts.find((a) => a.claimed.startsWith('126,090'))?.verdict, 'contradicted');
  });
});

describe('prepareDraft: emphasis markers', () => {
  it('blanks emphasis so that a bold lead-in ends its own sentence and the next one starts at its first word', () => {
    const text = '1. **It is busier.** Ridership rose to 412.6 million journeys. A _very_ snake_case word and a * bullet.';
    const p = prepareDraft(text);
    assert.equal(p.masked.length, text.length);
    assert.ok(p.sentences.some((s) => s.text.startsWith('Ridership rose')), JSON.stringify(p.sentences.map((s) => s.text)));
    assert.ok(p.masked.includes('snake_case'), 'underscores inside a word stay');
    assert.ok(!p.masked.includes('**') && !p.masked.includes('_very_'));
  });
});

describe('prepareDraft: pipe tables', () => {
  const text = ['| Measure | H1 2025 | Change |', '|---|---:|---:|', '| Passengers | 14.2 million | +9% |', '| Fleet | 69 aircraft | |', '', 'After the table.'].join('\n');

  it('hides the header and delimiter, keeps cells apart and makes each body row a paragraph of its own', () => {
    const p = prepareDraft(text);
    assert.equal(p.masked.length, text.length);
    assert.ok(!p.masked.includes('H1 2025') && !p.masked.includes('---') && !p.masked.includes('|'));
    assert.deepEqual(
      p.sentences.map((s) => [s.text.trim(), s.paragraph]),
      [
        ['Passengers , 14.2 million , +9%', 0],
        ['Fleet , 69 aircraft ,', 1],
        ['After the table.', 2],
      ],
    );
  });

  it('keeps each body row as written, with its table\'s header row', () => {
    const rows = prepareDraft(text).sentences.map((s) => (s.tableRow === undefined ? undefined : [s.tableRow.row.trim(), s.tableRow.header]));
    assert.deepEqual(rows, [['| Passengers | 14.2 million | +9% |', '| Measure | H1 2025 | Change |'], ['| Fleet | 69 aircraft | |', '| Measure | H1 2025 | Change |'], undefined]);
  });

  it('reads a row\'s bare numbers in its column\'s terms, as a source row\'s: "| Independent | 205 |" under "Votes" counts votes', () => {
    const index = indexOf({
      'seeds/result.md': ['# By-election result', '', '| Candidate | Party | Votes | Share (%) |', '|---|---|---:|---:|', '| Sarah Lindqvist | Green | 9,874 | 35.4 |', '| Malcolm Hart | Independent | 250 | 0.9 |', ''].join('\n'),
    });
    const draft = ['| Party | Votes | Share |', '|---|---:|---:|', '| Green | 9,874 | 35.4% |', '| Independent | 205 | 0.9% |', ''].join('\n');
    const verdicts = assessDraft(draft, index).map((a) => `${a.claimed} ${a.verdict}`);
    assert.deepEqual(verdicts, ['9,874 supported', '35.4% supported', '205 contradicted', '0.9% supported']);
  });

  it('checks a row against the sources with the row’s words: a wrong value in a table is flagged', () => {
    const index = indexOf({ 'seeds/air.md': '# Results\n\nSkyVale Airlines carried 14.2 million passengers in the first half, up 9 percent. Its fleet grew to 96 aircraft.\n' });
    const found = assessDraft(text.replace('+9%', '+19%').replace('69 aircraft', '96 aircraft'), index).filter((a) => a.verdict === 'contradicted');
    assert.deepEqual(
      found.map((a) => a.claimed),
      ['19%'],
    );
  });
});
