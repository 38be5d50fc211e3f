/**
 * The context of a quantity mention: which entity it is about and which words
 * surround it. Source facts and draft sentences go through the same function,
 * so both sides of a comparison are described alike.
 *
 * - Entities are the capitalised names of the sentence, reduced to their
 *   distinctive words ("Jiading District" → "jiading"; months, weekdays and
 *   generic words such as "District" dropped). The *local* entity of a
 *   mention is the nearest name before it in the sentence; failing that, the
 *   entity carried over from earlier sentences of the paragraph
 *   (co-reference: "Kunshan … It …"); failing that, the nearest name after it,
 *   which is only a weak guess ("…, according to the Jiefang Daily"); failing
 *   that, the document's topic (its most frequent names), also weak.
 * - Words are the sentence's content words (lemmatised, no stopwords, no
 *   numbers, no unit, scale, hedge or change words, no entity words), each
 *   weighted by closeness to the mention: 1 / (1 + d / 4) for a word d words away.
 */
import type { Quantity } from '../model';
import { lemma } from '../quantity/lemma';
import { normalizeWord, STOPWORDS, tokenize } from '../text/tokens';

/** What the checker knows about the surroundings of one quantity. */
export interface MentionContext {
  /** Distinctive words of the mention's local entity. */
  readonly local: ReadonlySet<string>;
  /** False when the local entity is only the nearest name after the mention (a weak guess). */
  readonly strong: boolean;
  /** Distinctive words of every entity before the mention in its sentence, and the carried one. */
  readonly preceding: ReadonlySet<string>;
  /** Distinctive words of every entity of the sentence (and the carried one). */
  readonly entities: ReadonlySet<string>;
  /** Content words with closeness weights in (0, 1]. */
  readonly words: ReadonlyMap<string, number>;
}

/** Words inside entity names that do not identify the entity. */
const GENERIC = new Set(
  (
    'district city cities province county region state river delta group co ltd inc corp company university institute school center centre commission department ministry bureau office news daily agency national the of and for de area areas ' +
    'gwh mwh kwh twh mw gw kw teu km rmb usd cny eur hkd gdp ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'
  ).split(
    ' ',
  ),
);
/** Words that describe the number itself rather than what it measures. */
const NUMBER_WORDS = new Set(
  (
    'percent cent pct percentage point points basis thousand million billion trillion bn mn yuan renminbi rmb cny dollar dollars usd us euro euros eur hk hkd ' +
    'about around approximately roughly nearly almost more less than over under least most some up down increase increased rise rose grew growth gain decline declined ' +
    'decrease decreased fell fall drop dropped year-on-year yoy year years annual km kilometer kilometre kilometers kilometres acre acres tonne tonnes mw ' +
    'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred first second third half quarter'
  ).split(' '),
);

/** Distinctive words of an entity name: "Jiading District" → ["jiading"]. */
export function entityWords(name: string): string[] {
  return name
    .split(/[\s\-–]+/u)
    .map((w) => lemma(normalizeWord(/^\p{Lu}{2,}s$/u.test(w) ? w.slice(0, -1) : w)))
    .filter((w) => w.length > 1 && !GENERIC.has(w) && !STOPWORDS.has(w));
}

/** An entity name with where it occurs in the sentence. */
export interface EntityOccurrence {
  readonly words: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** Finds where each entity name occurs in `sentence` (every occurrence). */
export function locateEntities(sentence: string, names: readonly string[]): EntityOccurrence[] {
  const out: EntityOccurrence[] = [];
  for (const name of names) {
    const words = entityWords(name);
    if (words.length === 0) continue;
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length)) out.push({ words, start: at, end: at + name.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Builds the context of each quantity of one sentence. `carried` are the
 * entity words of the paragraph so far (for co-reference); the caller updates
 * it with {@link lastEntityWords} after each sentence. `topic` are the
 * document's most frequent entity words, the last resort for the local entity.
 */
export function mentionContexts(
  sentence: string,
  quantities: readonly Quantity[],
  entities: readonly EntityOccurrence[],
  carried: readonly string[],
  topic: readonly string[] = [],
): MentionContext[] {
  const all = new Set<string>([...entities.flatMap((e) => e.words), ...carried]);
  const tokens = tokenize(sentence).filter((t) => {
    if (/^\d/.test(t.norm) || STOPWORDS.has(t.norm) || NUMBER_WORDS.has(t.norm) || t.norm.length < 2) return false;
    return !quantities.some((q) => t.start < q.span.end && t.end > q.span.start);
  });
  const words = tokens.map((t) => ({ word: lemma(t.norm), start: t.start })).filter((w) => !all.has(w.word));
  return quantities.map((q) => {
    const before = entities.filter((e) => e.end <= q.span.start);
    const after = entities.filter((e) => e.start >= q.span.end);
    const nearest = before[before.length - 1]?.words ?? (carried.length > 0 ? carried : undefined);
    const local = nearest ?? after[0]?.words ?? topic;
    const preceding = new Set([...before.flatMap((e) => e.words), ...carried]);
    // Token distance: how many content words lie between the word and the mention.
    const pivot = words.findIndex((w) => w.start >= q.span.start);
    const at = pivot < 0 ? words.length : pivot;
    const weights = new Map<string, number>();
    words.forEach((w, i) => {
      const d = i < at ? at - i - 1 : i - at;
      const weight = 1 / (1 + d / 4);
      if ((weights.get(w.word) ?? 0) < weight) weights.set(w.word, weight);
    });
    return { local: new Set(local), strong: nearest !== undefined, preceding, entities: all, words: weights };
  });
}

/** The entity words a following sentence of the same paragraph inherits: the last name of this one, or what it inherited. */
export function lastEntityWords(entities: readonly EntityOccurrence[], carried: readonly string[]): readonly string[] {
  return entities[entities.length - 1]?.words ?? carried;
}

/** The words of the `n` most frequent entity names of a document: its topic. */
export function topicWords(entityLists: readonly (readonly string[])[], n = 2): string[] {
  const counts = new Map<string, number>();
  for (const list of entityLists) for (const name of new Set(list)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .flatMap(([name]) => entityWords(name));
}
