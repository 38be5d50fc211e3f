/**
 * Describing a sentence's quantities for the checker, one function for
 * drafts and sources alike: each quantity with its context (context.ts:
 * entity, metric words, period, role, kind). A sentence inherits from the
 * earlier sentences of its paragraph the entity they were about ("Kunshan …
 * It …"), the noun they counted ("twenty clinics … Nine will be …") and the
 * numbers they stated.
 */
import type { Quantity } from '../model';
import { lemma, looksPlural } from '../quantity/lemma';
import { type AcronymTable, lastEntityWords, locateEntities, type MentionContext, mentionContexts } from './context';

/** What a document (a draft, or a source file) lends each of its sentences. */
export interface DocumentFrame {
  /** The acronyms the document spells out. */
  readonly acronyms: AcronymTable;
  /** The document's most frequent entity words: the last resort for a sentence's subject. */
  readonly topic: readonly string[];
}

/** What a sentence inherits from the earlier sentences of its paragraph. */
export interface ParagraphState {
  /** The entity words the paragraph was last about. */
  readonly carried: readonly string[];
  /** The noun the paragraph last counted, or ''. */
  readonly counted: string;
  /** How many of it that count gave: a later bare number inherits the noun only as part of it ("twenty clinics … Nine …"). */
  readonly countedUpTo: number;
  /** The numbers of the paragraph's earlier sentences, latest last (at most {@link MAX_EARLIER}). */
  readonly stated: readonly Quantity[];
  /** The numbers of the sentence right before: a sentence that points back to it ({@link continuesPrevious}) shares them. */
  readonly previous: readonly Quantity[];
  /** The numbers of the paragraph before, latest last (at most {@link MAX_EARLIER}): a figure may be worked out from them too. */
  readonly before: readonly Quantity[];
}

/** The opening of a sentence that points back to the one before: "That is a cut of £65 a year.", "This means …", "That's up from …". */
const POINTS_BACK = /^\W*(?:that|this|which|it)(?:'s|’s|\s+(?:is|was|means|meant|works\s+out\s+(?:at|to)|comes\s+to|came\s+to|equals|amounts\s+to|represents))\b/iu;

/** True when a sentence opens by pointing back to the one before ({@link POINTS_BACK}): it states more about the same figures. */
export function continuesPrevious(text: string): boolean {
  return POINTS_BACK.test(text);
}

/** Most numbers of earlier sentences a sentence keeps. */
const MAX_EARLIER = 16;

/** A paragraph's start: nothing inherited. */
export const NEW_PARAGRAPH: ParagraphState = { carried: [], counted: '', countedUpTo: 0, stated: [], previous: [], before: [] };

/**
 * What the first sentence of a new paragraph inherits from `state`, the last sentence's: the numbers the paragraph stated,
 * as the paragraph before's; when the new paragraph is the next item of a list, those numbers as its own (a closing total
 * may add the items up).
 */
export function nextParagraph(state: ParagraphState, nextListItem: boolean): ParagraphState {
  return nextListItem ? { ...NEW_PARAGRAPH, stated: state.stated, before: state.before } : { ...NEW_PARAGRAPH, before: state.stated };
}

/** A sentence's quantities with their contexts, and what the next sentence of the paragraph inherits. */
export interface SentenceDescription {
  readonly quantities: readonly Quantity[];
  /** The context of each quantity (same order). */
  readonly contexts: readonly MentionContext[];
  readonly next: ParagraphState;
}

/** "the number of people …", "the total of claims …": what the sentence's later bare counts count. */
const NUMBER_OF = /\b(?:the|a)\s+(?:number|total|count)\s+of\s+(\p{L}+)/iu;

/** Gives the bare counts after "the number of <noun>" that noun ("The number of people complaining fell from 1,240 to 1,106"). */
function namedCountedNoun(text: string, found: readonly Quantity[]): readonly Quantity[] {
  const m = NUMBER_OF.exec(text);
  const noun = m?.[1]?.toLowerCase();
  if (m === null || noun === undefined || !looksPlural(noun)) return found;
  const after = m.index + m[0].length;
  return found.map((q) => (q.unitClass === 'count' && q.unit === '' && q.span.start >= after ? { ...q, unit: lemma(noun) } : q));
}

/**
 * Gives a bare count the noun the paragraph counted when it can be a part of that count ("twenty clinics … Nine will
 * be …"); a larger one counts something else ("the 380 league matches … attendance, 8,920").
 */
function inheritCountedNoun(found: readonly Quantity[], state: ParagraphState): Quantity[] {
  return found.map((q) => (q.unitClass === 'count' && q.unit === '' && state.counted !== '' && q.value <= state.countedUpTo ? { ...q, unit: state.counted } : q));
}

/** What makes the number after it the base of a rate: "per 100,000 collections", "for every 1,000 residents". */
const RATE_BASE_BEFORE = /(?:\bper|\b(?:in|for|of)\s+every)\s+$/iu;
/** Characters before a number searched for {@link RATE_BASE_BEFORE}. */
const RATE_BASE_REACH = 12;

/**
 * What makes the count before it the first term of a ratio: "one medal for every two members", "three for every five".
 * Not a rate per a power of ten, which states its figure ("71.6 crimes for every 1,000 residents").
 */
const RATIO_TERM_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}for\s+every\s+(?:two|three|four|five|six|seven|eight|nine|[2-9])\b/iu;
/** Characters after a number searched for {@link RATIO_TERM_AFTER}. */
const RATIO_TERM_REACH = 40;

/**
 * The quantities without the bases of rates ("66 missed bins per 100,000 collections") and the first terms of ratios
 * ("more than one medal for every two members"): a base says what the figure before it is counted against, and a ratio
 * states neither count, so neither claims anything itself. (The extractor keeps them: a table header's base names what
 * its column counts.)
 */
function withoutRateBases(text: string, quantities: readonly Quantity[]): readonly Quantity[] {
  return quantities.filter(
    (q) => !RATE_BASE_BEFORE.test(text.slice(Math.max(0, q.span.start - RATE_BASE_REACH), q.span.start)) && !RATIO_TERM_AFTER.test(text.slice(q.span.end, q.span.end + RATIO_TERM_REACH)),
  );
}

/**
 * Describes one sentence: `quantities` are what the extractor found in `text`, `names` its entity names
 * (extract/entities.ts), `state` what it inherits from its paragraph.
 */
export function describeSentence(text: string, quantities: readonly Quantity[], names: readonly string[], frame: DocumentFrame, state: ParagraphState): SentenceDescription {
  const found = inheritCountedNoun(namedCountedNoun(text, withoutRateBases(text, quantities)), state);
  const entities = locateEntities(text, names, frame.acronyms);
  const own = mentionContexts(text, found, entities, entities.length > 0 ? [] : state.carried, frame.topic, state.stated, state.before);
  // A sentence that points back to the one before shares its numbers: they anchor it to the same event.
  const contexts = continuesPrevious(text) && state.previous.length > 0 ? own.map((c) => ({ ...c, siblings: [...c.siblings, ...state.previous] })) : own;
  const last = found.filter((q) => q.unitClass === 'count' && q.unit !== '').pop();
  const stated = [...state.stated, ...found].slice(-MAX_EARLIER);
  const counting = last === undefined ? { counted: state.counted, countedUpTo: state.countedUpTo } : { counted: last.unit, countedUpTo: last.high };
  return { quantities: found, contexts, next: { carried: lastEntityWords(entities, state.carried), ...counting, stated, previous: found, before: state.before } };
}
