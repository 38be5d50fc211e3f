import assert from 'node:assert/strict';
import { writerClauses } from '../../../src/core/check/firstPerson';

/** Whether the writer speaks in the clause of `sentence` that holds `number`. */
const own = (sentence: string, number: string): boolean => writerClauses(sentence)(sentence.indexOf(number));

describe('first person: the writer telling their own experience', () => {
  it('finds "I", "my", "myself" in the clause that holds the number', () => {
    assert.equal(own('I waited 14 months for a knee operation at Calderbrook myself in 2021.', '14 months'), true);
    assert.equal(own('When I visited in 2019, the glacier reached the road.', '2019'), true);
    assert.equal(own('My own count came to 12 stalls.', '12 stalls'), true);
    assert.equal(own("I've covered three of these by-elections.", 'three'), true);
  });

  it('counts an appositive after a first-person clause as the writer\'s too ("I took the tram, a trip of 11 km")', () => {
    assert.equal(own('I took the tram to the office to write this, a trip of 11 km, and saw no collision.', '11 km'), true);
    assert.equal(own('The tram runs every 8 minutes, a rate of 7 an hour.', '7 an hour'), false);
  });

  it('counts a figure that opens the clause after a first-person one as the writer\'s too ("my colonies gave 71 kg, barely 10 kg each")', () => {
    assert.equal(own('That matches my own experience: my colonies gave 71 kg between them, barely 10 kg each.', '10 kg'), true);
    assert.equal(own('The crop was 13.1 kg a colony, barely 10 kg in the worst district.', '10 kg'), false);
  });

  it('leaves other clauses, quotations, what others told the writer, and Roman numerals to the checker', () => {
    assert.equal(own("And the reason I'm angry: the single fare goes from $2.75 to $2.90 on July 1.", '$2.75'), false);
    assert.equal(own('When I visited in 2019, the glacier had retreated 1.8 kilometres.', '1.8 kilometres'), false);
    assert.equal(own('"I lost 40% of my sales," she said.', '40%'), false);
    assert.equal(own('“My shop lost 40%,” said Ms Reyes.', '40%'), false);
    assert.equal(own('He told me the port had been operating since 1826.', '1826'), false);
    assert.equal(own('Its Phase I trial enrolled 120 patients.', '120'), false);
    assert.equal(own('World War I ended in 1918.', '1918'), false);
  });
});
