import * as assert from 'node:assert/strict';
import { assessDraft } from '../../../src/core/check/checkDraft';
import { slipSignature, slipSignaturesIn } from '../../../src/core/check/slipSignature';
import { indexOf } from './helpers';

describe('slip signatures: figures a slip of the pen apart', () => {
  it('share their sorted nonzero digits, reordered or at another scale', () => {
    assert.equal(slipSignature('$642,780'), slipSignature('$624,780'));
    assert.equal(slipSignature('£2.7bn'), undefined, 'two digits recur by chance');
    assert.equal(slipSignature('270.5'), slipSignature('27.05'));
    assert.notEqual(slipSignature('$642,780'), slipSignature('$642,781'));
    assert.deepEqual([...slipSignaturesIn('1,240 users paid $46.2m, or 12 each.')], ['124', '246']);
  });

  it('find a source figure a slip of the pen from the mention that no word of the mention\'s sentence finds', () => {
    // Many sentences share the draft's words; the one stating the figure shares none of them.
    const filler = Array.from({ length: 40 }, (_, i) => `Lumora seats for Bexfield cost $${(i + 1) * 1000} in option ${i + 1}.`);
    const index = indexOf({ 'seeds/thread.txt': [...filler, 'For the initial 250 places the three-year contract value is $624,780.'].join('\n') });
    const verdict = assessDraft('Lumora seats for Bexfield are worth $642,780 over three years.\n', index).find((a) => a.claimed === '$642,780');
    assert.equal(verdict?.verdict, 'contradicted');
    assert.equal(verdict?.sourceQuantity?.text, '$624,780');
  });
});
