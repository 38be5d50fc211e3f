import assert from 'node:assert/strict';
import { findEntities } from '../../../src/core/extract/entities';

describe('findEntities: periods written like names', () => {
  it('reads "Q1", "H2" and "FY2025" as periods, not as what a figure is about', () => {
    assert.deepEqual(findEntities('The company reported weak Q1 earnings per share of $1.46.'), []);
    assert.deepEqual(findEntities('As Greg said, our strong Q1 results and H2 FY2025 guidance held.'), ['Greg']);
  });
});

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
