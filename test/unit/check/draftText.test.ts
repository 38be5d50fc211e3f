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
