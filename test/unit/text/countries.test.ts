import assert from 'node:assert/strict';
import { findEntities } from '../../../src/core/extract/entities';
import { countryOf } from '../../../src/core/text/countries';

describe('countryOf: a country by its other names', () => {
  it('maps demonyms, their plurals and short forms to the country', () => {
    assert.equal(countryOf('Americans'), 'United States');
    assert.equal(countryOf('U.S.'), 'United States');
    assert.equal(countryOf('Chinese'), 'China');
    assert.equal(countryOf('Germans'), 'Germany');
    assert.equal(countryOf('Britain'), 'United Kingdom');
    assert.equal(countryOf('Swiss'), 'Switzerland');
  });

  it('knows no other words', () => {
    assert.equal(countryOf('Americas'), undefined);
    assert.equal(countryOf('Chineses'), undefined);
    assert.equal(countryOf('Visitors'), undefined);
  });

  it('makes a sentence-opening demonym a name, as a mid-sentence one already is', () => {
    assert.deepEqual(findEntities('Americans, meanwhile, made 112,500 trips.'), ['Americans']);
    assert.deepEqual(findEntities('Visitors made 112,500 trips.'), []);
  });
});
