/**
 * A writer's draft built from the corpus for the fact-check benchmark: source
 * sentences restated in paragraphs, about a third with one number changed, so
 * that the checker meets supported, contradicted and unsourced numbers.
 */
import type { CorpusSentence } from './corpus';
import { Rng } from './prng';

const LINKS = [
  'That is only part of the story.', 'The numbers tell a mixed tale.', 'Officials were upbeat about the outlook.',
  'Not everyone agrees with that reading.', 'The comparison with last year is instructive.',
];

/** Changes the first number of a sentence by 10–60 percent, keeping its decimals. */
function alterNumber(rng: Rng, text: string): string {
  return text.replace(/\d+(?:\.\d+)?/, (n) => {
    const decimals = n.includes('.') ? (n.split('.')[1] ?? '').length : 0;
    return (Number(n) * (1.1 + rng.next() * 0.5)).toFixed(decimals);
  });
}

/** Counts whitespace-separated words. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/** A draft of at least `words` words whose sentences come from `facts` (those with digits), some with a number changed. */
export function generateDraft(facts: readonly CorpusSentence[], words: number, seed = 11): string {
  const rng = new Rng(seed);
  const paragraphs: string[] = [];
  let total = 0;
  for (let attempts = 0; total < words && attempts < words * 20; attempts++) {
    const sentences: string[] = [];
    while (sentences.length < rng.int(3, 5)) {
      const fact = facts[rng.int(0, facts.length - 1)];
      if (fact === undefined || !/\d/.test(fact.text)) continue;
      sentences.push(rng.chance(0.33) ? alterNumber(rng, fact.text) : fact.text);
    }
    if (rng.chance(0.4)) sentences.push(rng.pick(LINKS));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += wordCount(paragraph);
  }
  return paragraphs.join('\n\n') + '\n';
}
