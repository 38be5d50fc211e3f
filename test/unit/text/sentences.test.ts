import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/core/text/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not break after "Co Ltd." before a parenthesis', () => {
    const t = 'The Anting Test Track of the Shanghai Motor Vehicle Co Ltd. (SMVIC) is the latest landmark. Next one.';
    assert.deepEqual(split(t), ['The Anting Test Track of the Shanghai Motor Vehicle Co Ltd. (SMVIC) is the latest landmark.', 'Next one.']);
  });

  it('does not break after Mr., e.g. and No.', () => {
    assert.deepEqual(split('Mr. Smith lives at No. 1 Road, e.g. near the port. He left.'), ['Mr. Smith lives at No. 1 Road, e.g. near the port.', 'He left.']);
  });

  it('ends a sentence before one that opens with a figure, but not after an abbreviation before a number', () => {
    assert.deepEqual(split('The median gap is 28.0%, down from 30.5%. 71.2% of men received a bonus.'), ['The median gap is 28.0%, down from 30.5%.', '71.2% of men received a bonus.']);
    assert.deepEqual(split('The cost was $5m. $3m came from grants.'), ['The cost was $5m.', '$3m came from grants.']);
    assert.deepEqual(split('See p. 12 for details. It was No. 5 in the chart.'), ['See p. 12 for details.', 'It was No. 5 in the chart.']);
  });

  it('keeps US$19.9 and Jia-Kun-Tai whole', () => {
    assert.deepEqual(split('It cost US$19.9 billion. The Jia-Kun-Tai region grew.'), ['It cost US$19.9 billion.', 'The Jia-Kun-Tai region grew.']);
  });

  it('keeps initials with the name', () => {
    assert.deepEqual(split('J. K. Rowling wrote it. Then more.'), ['J. K. Rowling wrote it.', 'Then more.']);
  });

  it('joins a sentence hard-wrapped before a capitalised word, but not lines of their own', () => {
    const wrappedText = 'Because of this, the main house will close for ten weeks from 22\nFebruary to 2 May 2027 for roof repairs costing £2.4m.';
    assert.deepEqual(split(wrappedText), [wrappedText]);
    assert.deepEqual(split('Claims by storm\nPetra: 14,260\nVance: 4,170'), ['Claims by storm', 'Petra: 14,260', 'Vance: 4,170'], 'short lines are lines of their own');
    const turns = 'Sian Merrow: So what exactly is changing on the route this winter, and why is it\nColm Reddaway: The 12 goes every 12 minutes.';
    assert.deepEqual(split(turns), turns.split('\n'), "a speaker's turn opens a line of its own");
    const label = 'The quarter brought three changes to the timetable that riders will notice:\nEvening buses end earlier.';
    assert.deepEqual(split(label), label.split('\n'), 'a colon ends its line');
  });

  it('keeps a plain-text table row whole across its dot leader, one row a sentence', () => {
    const t = 'GROUPS\n\n  Aged 65 and over ....... 142,800 / 70.9%\n  Pregnant women ......... 6,240 / 37.0%\n\nHe paused... 40 people left. It was over.';
    assert.deepEqual(split(t), ['GROUPS', 'Aged 65 and over ....... 142,800 / 70.9%', 'Pregnant women ......... 6,240 / 37.0%', 'He paused... 40 people left.', 'It was over.']);
    // A long label leaves room for two dots only.
    assert.deepEqual(split('UNITS\n\n  Brackness Point ... 5.2 km ... 0.6 m\n  Gullstone Cliffs .. 7.9 km ... 3.8 m\n'), ['UNITS', 'Brackness Point ... 5.2 km ... 0.6 m', 'Gullstone Cliffs .. 7.9 km ... 3.8 m']);
  });

  it('ends a sentence after "Inc." when a new sentence follows', () => {
    assert.deepEqual(split('He works for Acme Inc. The company grew.'), ['He works for Acme Inc.', 'The company grew.']);
  });

  it('gives exact offsets into the text, inside a given span', () => {
    const t = 'xx First one. Second one! yy';
    const spans = splitSentences(t, { start: 3, end: 25 });
    assert.deepEqual(spans, [
      { start: 3, end: 13 },
      { start: 14, end: 25 },
    ]);
  });
});
