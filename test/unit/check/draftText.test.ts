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
