import assert from 'node:assert/strict';
import { entityWords, locateEntities, mentionContexts } from '../../../src/core/check/context';
import { extractQuantities } from '../../../src/core/quantity/extract';
import { SourceIndex } from '../../../src/core/index/sourceIndex';
import { known } from '../../../src/core/check/scoring';
import { assessDraft } from '../../../src/core/check/checkDraft';

describe('entityWords', () => {
  it('joins a point of the compass to the word it qualifies, so two regions share no word', () => {
    assert.deepEqual(entityWords('North East'), ['north-east']);
    assert.deepEqual(entityWords('South East'), ['south-east']);
    assert.deepEqual(entityWords('South Korea'), ['south-korea', 'korea']);
    assert.deepEqual(entityWords('the North'), ['north']);
  });

  it('joins a one-letter code at a name\'s end to the word before it, so "Band C" and "Band D" share no word', () => {
    assert.deepEqual(entityWords('Band C'), ['band-c']);
    assert.deepEqual(entityWords('Zone A'), ['zone-a']);
    assert.deepEqual(entityWords('John F Kennedy'), ['john', 'kennedy'], 'an initial inside a name stays out');
  });

  it('tells apart two items of a source list named by their codes', () => {
    const index = SourceIndex.build([
      { path: 'seeds/need.md', text: '# Need\n\nHouseholds by band:\n\n- Band C (medium need): 4,385 households\n- Band D (low need): 2,281 households\n' },
    ]).quantities;
    const [band] = assessDraft('Band D, the lowest need, has 4,385 households.', index).filter((a) => a.claimed === '4,385');
    assert.equal(band?.verdict, 'contradicted');
    assert.equal(band?.sourceQuantity?.text, '2,281');
  });

  it('keeps the distinctive words of a name and adds its acronym', () => {
    assert.deepEqual(entityWords('Aldwyn Building Society'), ['aldwyn', 'building', 'society', 'abs']);
  });

  it('knows a joined place name when the sources use each of its words', () => {
    const index = SourceIndex.build([{ path: 'seeds/regions.md', text: '# Regions\n\nPrices in the North East rose 6.8% and in London 1.4%.\n' }]).quantities;
    assert.ok(known('north-east', index));
    assert.ok(!known('south-west', index));
  });

  it('reads a name a verb of saying follows as who says the sentence, not what it is about', () => {
    const speakers = (sentence: string, names: string[]): boolean[] => locateEntities(sentence, names).map((e) => e.speaker);
    assert.deepEqual(speakers('The Bank says the crown has risen 3.2% against the euro.', ['Bank']), [true]);
    assert.deepEqual(speakers("Dr Khouri said the storm dropped 146 millimetres.", ['Khouri']), [true]);
    assert.deepEqual(speakers('Nadia: Our count was 1,720 homes.', ['Nadia']), [true]);
    assert.deepEqual(speakers('The Bank cut rates to 3.5%.', ['Bank']), [false]);
  });

  it('lets the paragraph\'s subject stand for a sentence that names only who says it', () => {
    const sentence = 'Dr Khouri said it reached Brackwater Bay at 9pm, dropping 146 millimetres of rain.';
    const [context] = mentionContexts(sentence, extractQuantities(sentence), locateEntities(sentence, ['Khouri']), ['elwen']);
    assert.equal(context?.subject.get('elwen'), 0.8, 'the carried subject');
    assert.equal(context?.subject.get('khouri'), 0.4, 'the speaker weighs as a name after the mention');
    assert.equal(context?.named, false);
  });
});
