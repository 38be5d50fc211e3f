import assert from 'node:assert/strict';
import { assessDraft } from '../../../src/core/check/checkDraft';
import { describeSentence, NEW_PARAGRAPH } from '../../../src/core/check/describe';
import { workedChanges } from '../../../src/core/check/workedChanges';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { indexOf } from './helpers';

/** The changes a source sentence implies, as "text:unit/direction". */
function worked(sentence: string): string[] {
  const described = describeSentence(sentence, extractQuantities(sentence), [], { acronyms: new Map(), topic: [] }, NEW_PARAGRAPH);
  return workedChanges(described.quantities, described.contexts).map((w) => `${w.quantity.text}:${w.quantity.unit}/${w.quantity.direction ?? ''}`);
}

describe('workedChanges: the changes a source sentence implies without stating them', () => {
  it('reads a level and the earlier value it is compared with as a gap in their unit and a change in percent', () => {
    assert.deepEqual(worked('Running costs fell to £768,100 from £779,300.'), ['£11,200:GBP/down', '1.4%:%/down']);
    assert.deepEqual(worked('Insurance goes from £1,980 to £2,310.'), ['£330:GBP/up', '16.7%:%/up']);
    assert.deepEqual(worked('- Preventative actions: 6,120 (5,480)'), ['640:/up', '11.7%:%/up']);
  });

  it('gives the gap between two percentages in points', () => {
    assert.deepEqual(worked('Take-up rose to 38.0% from 30.2%.'), ['7.8 points:pp/up', '25.8%:%/up']);
  });

  it('works out nothing from a value compared with another place, a bound or a figure with nothing to compare', () => {
    assert.deepEqual(worked('Take-up is 38.0% in Carnmoor Town against 30.2% in Stavely Dale.'), []);
    assert.deepEqual(worked('Visits passed 40,000, up from 36,100.'), []);
    assert.deepEqual(worked('Running costs were £768,100.'), []);
  });
});

describe('the checker against a source\'s working', () => {
  const sources = indexOf({
    'seeds/golf.txt': 'Copsley Park season report\n\nRunning costs fell to £768,100 from £779,300.\n\nThe club had 1,274 licensed boats at the end of October, up from 1,198 a year earlier.\n',
  });

  it('contradicts a change worked out wrong from levels the draft restates, with the right one and the working', () => {
    const [fall] = assessDraft('Running costs fell by £21,200 to £768,100.', sources).filter((a) => a.claimed === '£21,200');
    assert.equal(fall?.verdict, 'contradicted');
    assert.equal(fall?.sourceQuantity?.text, '£11,200');
    assert.match(fall?.why ?? '', /worked out from £779,300 to £768,100/u);
    const [boats] = assessDraft('There were 1,274 boats licensed at the end of October, 67 more than a year before.', sources).filter((a) => a.claimed.startsWith('67'));
    assert.equal(boats?.verdict, 'contradicted');
    assert.equal(boats?.sourceQuantity?.text, '76');
  });

  it('holds a bare change to no working: it may have been worked out from any other pair', () => {
    const [fall] = assessDraft('Running costs fell by £21,200.', sources).filter((a) => a.claimed === '£21,200');
    assert.notEqual(fall?.verdict, 'contradicted');
  });

  it('backs a change worked out right, in the unit or in percent, rounded or not', () => {
    for (const draft of ['Running costs fell by £11,200 to £768,100.', 'Running costs fell to £768,100, down 1.4%.', 'Running costs fell about 1% to £768,100.']) {
      const [change] = assessDraft(draft, sources).filter((a) => a.quantity.role === 'change');
      assert.equal(change?.verdict, 'supported', draft);
    }
  });
});
