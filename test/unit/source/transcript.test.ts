import assert from 'node:assert/strict';
import { extractItems } from '../../../src/core/extract/items';
import { readSource } from '../../../src/core/source/readSource';

const factsOf = (text: string): { text: string; entities: readonly string[] }[] => extractItems(readSource({ path: 'talk.txt', text }), 'd').facts.map((f) => ({ text: f.text, entities: f.entities }));

describe('transcripts in plain text', () => {
  it('reads a chat export that runs "Name: words" turns together as one paragraph per turn, each about its speaker', () => {
    const facts = factsOf('Sally: Hey, mom. I need some info first.   . Phoebe: Sure, honey. . Sally: Is 1:34 PM ok for you? . Ben: Yes, book 2 tickets. . Sally: You are both in car 15, seats 55 and 56.');
    assert.deepEqual(
      facts.map((f) => [f.text, f.entities[0]]),
      [
        ['Sally: Hey, mom.', 'Sally'],
        ['Phoebe: Sure, honey.', 'Phoebe'],
        ['Sally: Is 1:34 PM ok for you?', 'Sally'],
        ['Ben: Yes, book 2 tickets.', 'Ben'],
        ['Sally: You are both in car 15, seats 55 and 56.', 'Sally'],
      ],
    );
    assert.ok(!facts.some((f) => f.entities.includes('Hey') || f.entities.includes('Yes')), 'the word after a speaker label opens the sentence');
  });

  it('reads one turn per line, with full names and numbered speakers', () => {
    const facts = factsOf('Ruth Okonjo: We will build 4,800 homes by 2035.\nSpeaker 2: The plan costs 1.2 billion pounds.\nRuth Okonjo: About a third will be affordable.\n');
    assert.deepEqual(facts.map((f) => f.entities[0]), ['Ruth Okonjo', 'Speaker', 'Ruth Okonjo']);
  });

  it('leaves prose with a colon or two alone', () => {
    const text = 'Revenue: the company reported 5 percent growth. Note: figures are unaudited.\n';
    assert.equal(readSource({ path: 'a.txt', text }).blocks.length, 1);
  });
});
