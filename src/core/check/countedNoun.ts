/**
 * A bare count in a draft ("**49,000**: open tribunal claims") against a source count of a noun: the draft's
 * sentence may name the noun without the extractor reading it as the counted one.
 */
import type { Quantity } from '../model';
import type { MentionContext } from './context';
import { agree, significantDigits } from './agreement';
import { inUnit, writtenUnitFactor } from '../quantity/units';
import { featureWord } from './words';

/** True when `quantity` is a bare count and `source` a count of a noun. */
function bareAgainstNounCount(quantity: Quantity, source: Quantity): boolean {
  return quantity.unitClass === 'count' && quantity.unit === '' && source.unitClass === 'count' && source.unit !== '';
}

/**
 * True when a bare count's sentence names, as one of its own words, the noun a source count counts ("**49,000**: open
 * tribunal claims" and "49,000 open claims"): the two may count the same things.
 */
function namesCountedNoun(quantity: Quantity, context: MentionContext, source: Quantity): boolean {
  if (!bareAgainstNounCount(quantity, source)) return false;
  const noun = featureWord(source.unit);
  return context.words.has(noun) && !context.lookupOnly.has(noun);
}

/** The feature word of the unit a measure's mention is written in ("47 minutes" → the feature of "minutes"), with its factor. */
function writtenUnit(source: Quantity): { readonly word: string; readonly factor: number } | undefined {
  const factor = writtenUnitFactor(source);
  const word = /\p{L}+$/u.exec(source.text)?.[0];
  return factor === undefined || word === undefined ? undefined : { word: featureWord(word.toLowerCase()), factor };
}

/**
 * The draft's bare count as the source's measure when its sentence names the unit the source's is written in ("Days
 * of moderate pollution fell from 16 to 6" and "6 days of moderate pollution"; "47: the minutes the child spent
 * apart" and "47 minutes"), in the source's canonical unit.
 */
function measuredAs(quantity: Quantity, context: MentionContext, source: Quantity): Quantity | undefined {
  if (quantity.unitClass !== 'count' || quantity.unit !== '' || source.unitClass === 'count') return undefined;
  const unit = writtenUnit(source);
  if (unit === undefined || !context.words.has(unit.word) || context.lookupOnly.has(unit.word)) return undefined;
  const measured = inUnit(quantity, { unitClass: source.unitClass, unit: source.unit, factor: unit.factor });
  // A word of the sentence names the unit of a measure of about the count's size: "2,046 through the doors" on "the
  // busier day" counts no days against "the two days".
  return Math.max(measured.value, source.value) <= MEASURED_SPREAD * Math.min(measured.value, source.value) ? measured : undefined;
}

/** How many times the other a bare count read as a source's measure, or that measure, may be. */
const MEASURED_SPREAD = 10;

/**
 * The draft's bare count as a count of the source's noun when its sentence names it (see {@link namesCountedNoun}), or
 * when the source count states its value to two significant digits or more ("draws 7.4 million" and "7.42 million
 * viewers"): a bare count may be of anything, so a source count it agrees with may be what it counts. One that
 * disagrees stays a count of something else.
 */
export function countingAs(quantity: Quantity, context: MentionContext, source: Quantity): Quantity {
  if (namesCountedNoun(quantity, context, source)) return { ...quantity, unit: source.unit };
  const measured = measuredAs(quantity, context, source);
  if (measured !== undefined) return measured;
  if (!bareAgainstNounCount(quantity, source) || significantDigits(quantity) < 2) return quantity;
  const counted = { ...quantity, unit: source.unit };
  return agree(counted, source) ? counted : quantity;
}
