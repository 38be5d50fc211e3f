import * as assert from 'node:assert/strict';
import { assessDraft, checkDraft } from '../../../src/core/check/checkDraft';
import { moveWrongPeriods, WRONG_YEAR } from '../../../src/core/check/wrongYear';
import type { Assessment } from '../../../src/core/check/checkDraft';
import type { Verdict } from '../../../src/core/check/rules';
import type { Fact, Quantity } from '../../../src/core/model';
import { extractQuantities } from '../../../src/core/quantity/extract';
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

describe('a figure dated by a day the draft gets wrong', () => {
  const sentence = 'The branch moved into new premises on 3 March 2026 after a £1.9 million fit-out.';
  const [day, year, cost] = extractQuantities(sentence);
  const fact = { text: 'Dunsop Green moved on Tuesday 3 February 2026 after a £1.9 million fit-out.' } as Fact;
  const assessment = (q: Quantity | undefined, verdict: Verdict, rule: string): Assessment => ({ span: q?.span ?? { start: 0, end: 0 }, claimed: q?.text ?? '', quantity: q as Quantity, verdict, confidence: 0.9, rule, sourceFact: fact, sourceQuantity: q });

  it('is backed when that day is already contradicted: the day carries the mistake alone', () => {
    assert.equal(cost?.period?.month, 3, 'the day dates the figure');
    const moved = moveWrongPeriods([assessment(day, 'contradicted', 'contradicted'), assessment(year, 'supported', 'states-the-value'), assessment(cost, 'contradicted', 'wrong-period')]);
    assert.deepEqual(moved.map((a) => `${a.claimed} ${a.verdict}`), ['3 March contradicted', '2026 supported', '£1.9 million supported']);
  });

  it('stays a wrong period when the day that dates it is not found wrong', () => {
    const moved = moveWrongPeriods([assessment(day, 'supported', 'states-the-value'), assessment(year, 'supported', 'states-the-value'), assessment(cost, 'contradicted', 'wrong-period')]);
    assert.equal(moved[2]?.verdict, 'contradicted');
  });
});
