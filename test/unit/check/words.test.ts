import assert from 'node:assert/strict';
import { canonicalNoun, featureWord } from '../../../src/core/check/words';

describe('featureWord and canonicalNoun', () => {
  it('bring a word\'s forms and its common synonyms to one feature', () => {
    assert.equal(featureWord('firms'), featureWord('companies'));
    assert.equal(featureWord('produced'), featureWord('production'));
    assert.equal(canonicalNoun('riders'), canonicalNoun('passenger'));
  });

  it('bring an irregular past tense back to its verb', () => {
    assert.equal(featureWord('spent'), featureWord('spending'));
    assert.equal(featureWord('sold'), featureWord('sells'));
    assert.equal(featureWord('paid'), featureWord('pay'));
    assert.notEqual(featureWord('spent'), featureWord('sold'));
    assert.equal(featureWord('loss'), featureWord('lost'));
  });

  it('bring a noun in "-eer" and its "-ing" form together ("engineers", "Engineering")', () => {
    assert.equal(featureWord('engineers'), featureWord('engineering'));
    assert.equal(featureWord('volunteers'), featureWord('volunteering'));
    assert.notEqual(featureWord('engineers'), featureWord('engines'));
  });
});
