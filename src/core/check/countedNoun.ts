/**
 * A bare count in a draft ("**49,000**: open tribunal claims") against a source count of a noun: the draft's
 * sentence may name the noun without the extractor reading it as the counted one.
 */
import type { Quantity } from '../model';
import type { MentionContext } from './context';
import { featureWord } from './words';

/**
 * True when a bare count's sentence names, as one of its own words, the noun a source count counts ("**49,000**: open
 * tribunal claims" and "49,000 open claims"): the two may count the same things.
 */
function namesCountedNoun(quantity: Quantity, context: MentionContext, source: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.unit !== '' || source.unitClass !== 'count' || source.unit === '') return false;
  const noun = featureWord(source.unit);
  return context.words.has(noun) && !context.lookupOnly.has(noun);
}

/** The draft's bare count as a count of the source's noun when its sentence names it (see {@link namesCountedNoun}). */
export function countingAs(quantity: Quantity, context: MentionContext, source: Quantity): Quantity {
  return namesCountedNoun(quantity, context, source) ? { ...quantity, unit: source.unit } : quantity;
}
