/**
 * The writer speaking for themself. A clause of a draft in the first person
 * singular outside any quotation ("I waited 14 months for a knee operation
 * myself", "when I visited in 2019") tells the writer's own experience,
 * which no source is about: its numbers are neither backed nor contradicted
 * by the sources. The rest of the sentence is checked as usual ("the reason
 * I'm angry: the fare goes from $2.75 to $2.90"), and so are quoted words
 * ("'I lost 40%,' she said") and what someone told the writer ("He told me
 * the port opened in 1826").
 */

import { lowerBound } from '../sorted';

/** Quotations in straight or curly double quotes, and in curly single quotes. */
const QUOTED = /"[^"]*"|“[^”]*”|‘[^’]*’/gu;
/** Punctuation that ends a clause. */
const CLAUSE_END = /[,;:()—–]/u;
/**
 * A clause that opens on an indefinite article, or on a figure after one word at most: an appositive to the clause
 * before it ("a trip of 11 km", "barely 10 kg each").
 */
const APPOSITIVE = /^\s*(?:(?:a|an)\s|(?:\p{L}+\s+)?[\p{N}£$€¥])/iu;
/** Words, with an apostrophe inside ("I've"). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** The first person singular as subject or owner besides "I", in lower case ("me" is what others tell the writer). */
const OTHER_FORMS: ReadonlySet<string> = new Set(['my', 'mine', 'myself']);

/**
 * Which clauses of the sentence, outside its quotations, speak in the first person singular: a test of an
 * offset, built in one pass over the sentence. "I" after a capitalised word that does not open the sentence is a
 * Roman numeral ("Phase I", "World War I"), not the writer.
 */
export function writerClauses(sentence: string): (offset: number) => boolean {
  const masked = sentence.replace(QUOTED, (q) => ' '.repeat(q.length));
  const ends: number[] = [];
  const own: boolean[] = [];
  let start = 0;
  // True while nothing but punctuation came before the clause.
  let opening = true;
  for (let i = 0; i <= masked.length; i++) {
    if (i < masked.length && !CLAUSE_END.test(masked.charAt(i))) continue;
    const clause = masked.slice(start, i);
    ends.push(i);
    // An appositive ("I took the tram, a trip of 11 km") says more about the clause before it.
    own.push(speaks(clause, opening) || (APPOSITIVE.test(clause) && own[own.length - 1] === true));
    opening &&= clause.trim() === '';
    start = i + 1;
  }
  return (offset) => own[lowerBound(ends, offset)] === true;
}

/** True when a clause says "I", "my", "mine" or "myself"; `opening` when it opens the sentence. */
function speaks(clause: string, opening: boolean): boolean {
  const words = clause.match(WORD) ?? [];
  return words.some((word, i) => {
    if (OTHER_FORMS.has(word.toLowerCase())) return true;
    if (!/^I(?:['’](?:m|ve|d|ll))?$/u.test(word)) return false;
    const before = words[i - 1];
    return before === undefined || (opening && i === 1) || !/^\p{Lu}/u.test(before);
  });
}
