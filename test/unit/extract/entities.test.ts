import assert from 'node:assert/strict';
import { findEntities } from '../../../src/core/extract/entities';

describe('findEntities at the start of a sentence', () => {
  it('reads a list item\'s first word as a sentence\'s first word, a name only with evidence', () => {
    assert.deepEqual(findEntities('- Revenue per passenger rose to £243.'), []);
    assert.deepEqual(findEntities('* Revenue rose.', new Set(['Revenue'])), ['Revenue']);
    assert.deepEqual(findEntities('3. Kunshan Development Zone grew 5 percent.'), ['Kunshan Development Zone']);
  });

  it('reads a speaker label as the speaker, but not a field label before its figure', () => {
    assert.deepEqual(findEntities('Sally: Hey mom, can you pick me up?'), ['Sally']);
    assert.deepEqual(findEntities('Ruth Okonjo: We cut 40 jobs.'), ['Ruth Okonjo']);
    assert.deepEqual(findEntities('Revenue: £1.42 billion, up 9.6%.'), []);
    assert.deepEqual(findEntities('- Revenue: £1.42 billion, up 9.6%.'), []);
  });
});
