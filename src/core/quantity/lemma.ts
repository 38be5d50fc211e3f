/**
 * A tiny English noun lemmatiser for counted nouns and context words:
 * "companies" → "company", "clusters" → "cluster", "ICs" → "ic". It only
 * undoes regular plurals; irregular plurals are listed.
 */

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['people', 'person'],
  ['persons', 'person'],
  ['children', 'child'],
  ['men', 'man'],
  ['women', 'woman'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
  ['data', 'data'],
  ['media', 'media'],
  ['criteria', 'criterion'],
  ['phenomena', 'phenomenon'],
]);

/** Nouns commonly counted without a plural "s" ("400 staff", "300 aircraft"). */
export const UNINFLECTED_PLURALS: ReadonlySet<string> = new Set(['people', 'staff', 'personnel', 'police', 'aircraft', 'cattle', 'sheep', 'fish', 'deer', 'livestock', 'children', 'men', 'women', 'data']);

/** True when a lower-case word looks like a plural noun. */
export function looksPlural(word: string): boolean {
  if (UNINFLECTED_PLURALS.has(word) || IRREGULAR.has(word)) return true;
  return word.length > 3 && word.endsWith('s') && !/(?:ss|us|is|ous|ness|ics)$/.test(word);
}

/** Singular form of a lower-case word (unchanged when it does not look plural). */
export function lemma(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || !word.endsWith('s') || /(?:ss|us|is|ous|ness)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|zes|sses)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
