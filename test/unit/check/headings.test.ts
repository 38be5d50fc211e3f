import * as assert from 'node:assert/strict';
import { assessDraft } from '../../../src/core/check/checkDraft';
import { RESTATED_IN_BODY } from '../../../src/core/check/headings';
import { indexOf } from './helpers';

const STORMS = indexOf({
  'seeds/storms.txt': [
    'Storm claims update',
    '',
    'We estimate the gross cost of the two storms at between £96m and £118m, with a central estimate of £105m: £81m for Petra and £24m for Vance.',
    'After reinsurance, we expect the net cost to Oakhurst to be about £62m.',
  ].join('\n'),
});

/** The verdict and rule of the first mention `claimed` in `draft`. */
function outcome(draft: string, claimed: string): [string, string] {
  const a = assessDraft(draft, STORMS).find((x) => x.claimed === claimed);
  assert.ok(a, `no ${claimed}`);
  return [a.verdict, a.rule];
}

describe('a heading that gives the figure its body restates', () => {
  const body = (figure: string): string => `Oakhurst Mutual expects to pay about ${figure} for damage done by storms Petra and Vance, its central estimate of the gross cost.`;

  it('takes the verdict of the body sentence, which says with more words which figure it is', () => {
    assert.equal(outcome('# Storms to cost Oakhurst £105m\n', '£105m')[0], 'contradicted', 'alone, the heading reads as the net cost');
    assert.deepEqual(outcome(`# Storms to cost Oakhurst £105m\n\n${body('£105m')}\n`, '£105m'), ['supported', RESTATED_IN_BODY]);
  });

  it('keeps its own verdict when the body gives another figure, or one no source backs', () => {
    assert.equal(outcome(`# Storms to cost Oakhurst £150m\n\n${body('£105m')}\n`, '£150m')[0], 'contradicted');
    assert.equal(outcome(`# Storms to cost Oakhurst £150m\n\n${body('£150m')}\n`, '£150m')[0], 'contradicted');
  });
});
