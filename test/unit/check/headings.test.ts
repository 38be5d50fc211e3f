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

describe('a numbered heading that counts what its section\'s body counts by another noun', () => {
  const CLUB = indexOf({
    'seeds/club.txt': [
      'Archery club report',
      '',
      'At 30 September 2026 the club had 94 members, up 16.0% from 81 a year earlier.',
      'Our open tournament on Sunday 14 June 2026 drew 64 archers (52) from 19 clubs.',
    ].join('\n'),
  });
  const section = (heading: string, body: string): string => `### 1. ${heading}\n\n${body}\n\n### 2. Next\n\nThe tournament drew 64 archers.\n`;

  it('takes the verdict of the body sentence under it ("### 1. 94 archers" above "had 94 members")', () => {
    const a = assessDraft(section('94 archers', 'The club had 94 members at 30 September, up 16.0% from 81.'), CLUB).find((x) => x.claimed === '94');
    assert.deepEqual([a?.verdict, a?.rule], ['supported', RESTATED_IN_BODY]);
  });

  it('keeps its own verdict when only another section counts that many', () => {
    const draft = `### 1. 94 archers\n\nThe tournament was busy.\n\n### 2. Members\n\nThe club had 94 members at 30 September, up 16.0% from 81.\n`;
    assert.equal(assessDraft(draft, CLUB).find((x) => x.claimed === '94')?.verdict, 'contradicted');
  });
});

