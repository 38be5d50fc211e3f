import assert from 'node:assert/strict';
import { measuredLevels } from '../../../src/core/check/measuredLevel';
import { extractQuantities } from '../../../src/core/quantity/extract';

/** Each change of a sentence with the level it measures, as "change→level". */
function measured(sentence: string): string[] {
  const quantities = extractQuantities(sentence);
  return measuredLevels(sentence, quantities).flatMap((level, i) => (quantities[i]?.role === 'change' ? [`${quantities[i]?.text}→${level?.text ?? '-'}`] : []));
}

describe('measuredLevels', () => {
  it('gives a change the level it reached ("rose 8.9% to 1,284,000 TEU")', () => {
    assert.deepEqual(measured('Containers handled rose 8.9% to 1,284,000 TEU, from 1,179,000.'), ['8.9%→1,284,000 TEU']);
    assert.deepEqual(measured('The Green Line grew fastest, by 12.3%, to 6.4 million.'), ['12.3%→6.4 million'], 'commas around the change');
  });

  it('gives a change after a level in its clause that level, past the level\'s period and dates', () => {
    assert.deepEqual(measured('Galmere handled 41.63 million tonnes in the year to September, up 5.2%, and 1.28 million TEU of containers.'), ['5.2%→41.63 million tonnes']);
    assert.deepEqual(measured('It recorded 5,388 burglaries in the 12 months to 30 September 2026, down 11.2%.'), ['11.2%→5,388']);
  });

  it('gives none across a conjunction that opens another clause, or to a change with no level before it', () => {
    assert.deepEqual(measured('Revenue was $5.2 million and profit rose 5%.'), ['5%→-']);
    assert.deepEqual(measured('Sales rose 5% in the year.'), ['5%→-']);
  });
});
