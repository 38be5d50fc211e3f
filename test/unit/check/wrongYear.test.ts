import * as assert from 'node:assert/strict';
import { assessDraft, checkDraft } from '../../../src/core/check/checkDraft';
import { WRONG_YEAR } from '../../../src/core/check/wrongYear';
import { indexOf } from './helpers';

const CLAIMS = indexOf({
  'seeds/claims.txt': [
    'Storm claims update',
    '',
    'By the end of 1 December our members had made 18,430 claims arising from storms Petra and Vance.',
    '',
    'For comparison, Storm Kelda in February 2025 led to 9,840 claims and cost £47m.',
  ].join('\n'),
});

describe('a figure the source gives for another year than the draft sentence names', () => {
  const draft = 'That is almost twice the 9,840 claims made after Storm Kelda in 2024.';

  it('is backed, and the year is the contradiction, with the source\'s year as its fix', () => {
    const byText = new Map(assessDraft(draft, CLAIMS).map((a) => [a.claimed, a]));
    assert.equal(byText.get('9,840')?.verdict, 'supported');
    assert.equal(byText.get('2024')?.verdict, 'contradicted');
    assert.equal(byText.get('2024')?.rule, WRONG_YEAR);
    const [finding] = checkDraft(draft, CLAIMS);
    assert.equal(finding?.claimed, '2024');
    assert.equal(finding?.expectedValueText, '2025');
  });

  it('leaves the right period alone', () => {
    assert.deepEqual(checkDraft(draft.replace('2024', 'February 2025'), CLAIMS), []);
  });
});
