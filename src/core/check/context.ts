/**
 * The context of a quantity mention, as weighted features. Source facts and
 * draft sentences go through the same function, so both sides of a
 * comparison are described alike.
 *
 * - Subject: the entities the mention is about, each with a weight. Entities
 *   are the capitalised names of the sentence reduced to their distinctive
 *   words ("Jiading District" → "jiading"; months and generic words such as
 *   "District" dropped). The nearest name before the mention and the
 *   sentence's first name (usually its grammatical subject) weigh 1, other
 *   names before it 0.6, names after it 0.4. A first name right after the
 *   mention in its own clause ("the £2.35 million Stainsby paid") weighs 1. A sentence that names nobody
 *   inherits the paragraph's last name (co-reference: "Kunshan … It …") at
 *   0.8; failing that, the document's topic (its most frequent names) at 0.6.
 * - Words: the sentence's content words (no stopwords, numbers, unit, scale,
 *   hedge or change words, no entity words), normalised by words.ts
 *   (synonyms and stems), each weighted by closeness to the mention:
 *   1 / (1 + d / 4), where d counts the content words in between, plus one
 *   for words after the number and two for every clause boundary (comma,
 *   semicolon, parenthesis, dash, "and", "but", "while") in between. The
 *   noun phrase a number measures ("automotive industry output of …",
 *   "… passenger journeys") thus weighs most.
 *   Places in an adverbial phrase ("rose 3 percent in Madrid trading")
 *   weigh 0.4 and are never inherited. Words are also listed as written and
 *   with their synonyms, for finding facts only (lookupOnly).
 * - Siblings: the sentence's other quantities (shared numbers anchor two
 *   sentences to one event, see align.ts); criterion: a rank's "for …"/"by …".
 * - Slot: the mention's rank among the sentence's quantities of the same
 *   unit class ("from $2.75 to $2.90": 0 and 1), for parallel sentences.
 * - Dates: whether a year is the period of another number of its sentence
 *   (after that number, or framing the sentence: "In 2024, …"), rather than
 *   an event's year ("the stadium, which opened in 1998, holds 41,000").
 */
import type { Quantity } from '../model';
import { lemma } from '../quantity/lemma';
import { isAcronymText } from '../quantity/lexer';
import { cardinalWord } from '../quantity/numberWords';
import { isChangeWord } from '../quantity/roles';
import { lowerBound } from '../sorted';
import { countryOf } from '../text/countries';
import { LEADING_SPEAKER_LABEL } from '../text/speakerLabel';
import { normalizeWord, STOPWORDS, tokenize } from '../text/tokens';
import { distinctive } from './agreement';
import { type AmountKind, amountKinds } from './amountKind';
import { writerClauses } from './firstPerson';
import { itemLabels } from './itemLabels';
import { measuredLevels } from './measuredLevel';
import { featureWord, surfaceStem, synonymStems } from './words';

/** What the checker knows about the surroundings of one quantity. */
export interface MentionContext {
  /** Entity words the mention is about, with weights in (0, 1]. */
  readonly subject: ReadonlyMap<string, number>;
  /** True when the sentence itself names the subject before the mention (not inherited from the paragraph). */
  readonly named: boolean;
  /** True when the subject is only a guess: the document's topic, or names after the mention. */
  readonly guessed: boolean;
  /**
   * Distinctive words of every entity of the sentence (and the carried one), as lemmas ("clothing") and as the
   * feature words a common noun reads as ("cloth"), so that a name in one text meets the same word uncapitalised in another.
   */
  readonly entities: ReadonlySet<string>;
  /**
   * Feature words with closeness weights in (0, 1], plus (for finding facts
   * only) the words as written and their synonyms, listed in {@link lookupOnly}.
   */
  readonly words: ReadonlyMap<string, number>;
  /** Entries of {@link words} that only serve to find facts: alignment scores ignore them. */
  readonly lookupOnly: ReadonlySet<string>;
  /** Rank of the mention among the sentence's quantities of its unit class (0-based). */
  readonly slot: number;
  /** True for a year that dates another number of its sentence ("412.6 million journeys in 2024"): it is checked through that number. */
  readonly dates: boolean;
  /** For a dating year: the kinds ({@link quantityKind}) of the numbers it dates. */
  readonly datedKinds: readonly string[];
  /** For a rank: the words of the criterion phrase after it ("seventh in the league for wages" → wage). */
  readonly criterion: readonly string[];
  /** The other quantities of the sentence: numbers two sentences share anchor them to the same event. */
  readonly siblings: readonly Quantity[];
  /** True when the mention's clause, outside quotations, is in the first person singular (firstPerson.ts): the writer's own experience. */
  readonly firstPerson: boolean;
  /** Entity words of a place the sentence opens on as the scope of all it says ("Across England and Wales, …", "In Scotland, …"). */
  readonly scope: readonly string[];
  /** The feature word of a wider world the sentence opens on as its scope ("Nationally, …" gives "nation"), or ''. */
  readonly wideScope: string;
  /** True when the sentence asks a question ("Is this Voltra's first recall?"): it claims nothing. */
  readonly question: boolean;
  /** The numbers of the paragraph's earlier sentences (describe.ts): a source figure one of them states is theirs. */
  readonly earlier: readonly Quantity[];
  /** The numbers of the paragraph before (describe.ts): a figure may be worked out from them too ("that is about 1,280 per vet"). */
  readonly before: readonly Quantity[];
  /** In a draft, the numbers of the paragraph's later sentences (checkDraft.ts): a source figure one of them states is theirs too; else empty. */
  readonly later: readonly Quantity[];
  /** True when the sentence names an addition or subtraction ("14 staff plus 46", "added together"): it shows its working. */
  readonly namesWorking: boolean;
  /** What kind of amount the mention is, beyond its unit: a forecast or a result, per share or a total (amountKind.ts). */
  readonly kind: AmountKind;
  /** The words that tell the mention apart from the other items of its sentence's list of like amounts, or for an amount alone of its kind the words of its clause (itemLabels.ts). */
  readonly label: readonly string[];
  /** In a table, the describing words of the mention's column header ("Night movements"), as feature words; else empty. */
  readonly columnWords: readonly string[];
  /** When the mention is one item of a breakdown of one measure ("6.2% in the public sector and 4.8% in the private sector"), the words that name its items; else empty. */
  readonly breakdown: readonly string[];
  /** For a change: the level of its sentence it measures (measuredLevel.ts). */
  readonly measured?: Quantity;
}

/** A coarse kind of quantity for telling what a year dates: its unit class, with percent and percentage points as one. */
export function quantityKind(q: Quantity): string {
  return q.unitClass === 'percentagePoints' ? 'percent' : q.unitClass;
}

/** Words inside entity names that do not identify the entity. */
const GENERIC = new Set(
  (
    'district city cities province county region state river delta group co ltd inc corp company university institute school center centre commission department ministry bureau office news daily agency national the of and for de area areas ' +
    'gwh mwh kwh twh mw gw kw teu km rmb usd cny eur hkd gdp i im ive id ill ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);
/** Points of the compass, which name a place only with the word they qualify. */
const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
/** Words that describe the number itself rather than what it measures. */
const NUMBER_WORDS = new Set(
  (
    'percent cent pct percentage point points basis thousand million billion trillion bn mn yuan renminbi rmb cny dollar dollars usd us euro euros eur hk hkd ' +
    'about around approximately roughly nearly almost more less than over under least most some up down increase increased rise rose grew growth gain decline declined ' +
    'decrease decreased fell fall fallen drop dropped grown risen year-on-year yoy year years annual km kilometer kilometre kilometers kilometres acre acres tonne tonnes mw ' +
    'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred first second third half quarter ' +
    'since until still just only even already now then'
  ).split(' '),
);
/** Conjunctions that start a new clause. */
const CLAUSE_WORDS = new Set(['and', 'but', 'while', 'whereas', 'or', 'against', 'compared', 'versus']);
const CLAUSE_PUNCTUATION = /[,;:()—–]/gu;

/**
 * Distinctive words of an entity name: "Jiading District" → ["jiading"].
 * A name of three or more capitalised words also carries its acronym, so that
 * "Riverton Metropolitan Transit Authority" and "RMTA" share a word.
 */
export function entityWords(name: string): string[] {
  const plain = withTrailingCode(name.split(/[\s\-–]+/u))
    .map((w) => lemma(normalizeWord(/^\p{Lu}{2,}s$/u.test(w) ? w.slice(0, -1) : w)))
    .filter((w) => w.length > 1 && !GENERIC.has(w) && !STOPWORDS.has(w) && cardinalWord(w) === undefined);
  // A point of the compass names a place only with the word it qualifies: "North East" and "South East" share no word,
  // "South Korea" is "south-korea" and "korea".
  const words = plain.flatMap((w, i) => {
    if (!COMPASS.has(w)) return [w];
    // "East" in "North East" is already joined to "north".
    if (COMPASS.has(plain[i - 1] ?? '')) return [];
    const next = plain[i + 1];
    return next !== undefined ? [`${w}-${next}`] : [w];
  });
  const short = acronymOf(name);
  return short !== undefined && !words.includes(short) ? [...words, short] : words;
}

/**
 * A name's words with a one-letter code at its end joined to the word before it: "Band C" and "Band D", "Zone A" and
 * "Zone B" are different things, though a single letter is no word of its own.
 */
function withTrailingCode(words: readonly string[]): readonly string[] {
  const code = words[words.length - 1] ?? '';
  const head = words[words.length - 2];
  return /^\p{Lu}$/u.test(code) && head !== undefined ? [...words.slice(0, -2), `${head}-${code}`] : words;
}

/** Fewest initials that make an acronym. */
const MIN_ACRONYM = 3;

/**
 * The acronym of a name of three or more capitalised words (lower-case;
 * "of", "and", "the" and "for" are not capitalised, so they are skipped), if
 * it has one. Two letters ("PA") collide too easily with other names.
 */
export function acronymOf(name: string): string | undefined {
  const initials = name
    .replace(/\([^)]*\)/gu, ' ')
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
    .map((w) => w.charAt(0).toLowerCase());
  return initials.length >= MIN_ACRONYM ? initials.join('') : undefined;
}

/** An entity name with where it occurs in the sentence. */
export interface EntityOccurrence {
  readonly words: readonly string[];
  readonly start: number;
  readonly end: number;
  /** True for a place in an adverbial phrase inside the sentence ("rose 3 percent in Madrid trading"): a setting, not the subject. */
  readonly adjunct: boolean;
  /**
   * True for who says the sentence, not what it is about: the speaker label opening a transcript turn ("Nadia: Our count
   * …"), or a name a verb of saying follows ("The Bank says the crown has risen 3.2%", "Dr Khouri said …").
   */
  readonly speaker: boolean;
}

/** Prepositions that make the name after them a setting ("in Madrid", "across Spain"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'across', 'throughout', 'around', 'inside', 'outside', 'within', 'into', 'via']);

/** True when the name at `start` follows a place preposition that does not open the sentence. */
function isAdjunct(sentence: string, start: number): boolean {
  const m = /(\S+)\s+$/u.exec(sentence.slice(Math.max(0, start - 24), start));
  if (m === null || !PLACE_PREPOSITIONS.has(m[1]?.toLowerCase() ?? '')) return false;
  return sentence.slice(0, start - m[0].length).trim() !== '';
}

/** Acronyms a document spells out somewhere ("RMTA" → the words of "Riverton Metropolitan Transit Authority"). */
export type AcronymTable = ReadonlyMap<string, readonly string[]>;

/** Builds the {@link AcronymTable} of a document from its entity names. */
export function acronymTable(names: Iterable<string>): AcronymTable {
  const table = new Map<string, readonly string[]>();
  for (const name of names) {
    const short = acronymOf(name);
    if (short !== undefined && !table.has(short)) table.set(short, entityWords(name));
  }
  return table;
}

/**
 * The entity words of a name, with an acronym's spelt-out words added when the document gives them, and a
 * country's name added to its other names ("Americans" and "US" also carry "United States").
 */
function resolvedWords(name: string, acronyms: AcronymTable): string[] {
  const words = entityWords(name);
  const spelt = /^\p{Lu}{3,}s?$/u.test(name) ? acronyms.get(words[0] ?? '') : undefined;
  const country = countryOf(name);
  const more = [...(spelt ?? []), ...(country === undefined ? [] : entityWords(country))];
  return more.length === 0 ? words : [...new Set([...words, ...more])];
}

/**
 * Finds where each entity name occurs in `sentence` (every occurrence). An
 * acronym the document spells out elsewhere also carries the spelt-out
 * name's words, so "The RMTA's buses" is about Riverton.
 */
export function locateEntities(sentence: string, names: readonly string[], acronyms: AcronymTable = new Map()): EntityOccurrence[] {
  const out: EntityOccurrence[] = [];
  const label = LEADING_SPEAKER_LABEL.exec(sentence);
  const speakerEnd = label === null ? -1 : label.index + label[0].indexOf(':');
  for (const name of names) {
    const words = resolvedWords(name, acronyms);
    if (words.length === 0) continue;
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + name.length)) {
      const end = at + name.length;
      out.push({ words, start: at, end, adjunct: isAdjunct(sentence, at), speaker: end === speakerEnd || REPORTING_VERB.test(sentence.slice(end, end + REPORTING_WINDOW)) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when a mention ends the sentence's opening period phrase ("In 2024, …"). */
function opensWithPeriod(q: Quantity, boundaries: readonly number[], sentence: string): boolean {
  return boundaries.every((b) => b >= q.span.start) && LEADING_PERIOD.test(sentence.slice(0, q.span.start));
}

/** A short label without figures opening a sentence, with its colon, before a figure: "Listed shares: 46%", "- **Fleet:** 3,150". */
const FIELD_LABEL = /^\s*(?:[-*•]\s+)?(?:\*\*)?[^:.!?\d\n]{1,40}:(?:\*\*)?\s*(?=[\p{Sc}\d(+−-])/u;

/** A sentence's opening period phrase up to its year ("In 2025", "During the first half of 2025"), not a clause that ends on one ("She was built in 1988, so …"). */
const LEADING_PERIOD = /^\W*(?:in|during|for|over|throughout|by|since|as\s+of|between|from|at\s+the\s+end\s+of|the\s+year\s+to)\b[^.;:!?]*$/iu;

/** A verb of saying right after a name: the name says the sentence ("The Bank says …", "Khouri told the BBC …", "As Greg mentioned …"). */
const REPORTING_VERB =
  /^['’]?\s+(?:has\s+|had\s+|have\s+)?(?:says|said|say|told|tells|estimates|estimated|warns|warned|adds|added|notes|noted|explains|explained|argues|argued|claims|claimed|believes|believed|thinks|thought|mentioned|mentions|pointed\s+out|points\s+out|discussed|indicated|highlighted|stressed|emphasi[sz]ed|remarked|commented)\b/u;
/** How much text after a name {@link REPORTING_VERB} looks at. */
const REPORTING_WINDOW = 24;

/**
 * Words that name an addition or a subtraction of the sentence's figures: "14 permanent staff plus the rink's 46",
 * "£612,000 and £2.46 million, added together", "between them", "minus". Not "less than", which bounds a figure.
 */
const WORKING_WORDS = /\b(?:plus|minus|added\s+together|add(?:s|ed)?\s+up|combined|between\s+them|altogether|less(?!\s+than)|take\s+away|taken\s+away|subtract(?:ed|ing)?)\b/iu;

/** A sentence that opens on a place as the scope of all it says: "Across England and Wales as a whole, …", "In Scotland, …". */
const OPENING_SCOPE = /^\W*(?:[Aa]cross|[Tt]hroughout|[Ii]n|[Nn]ationally\s+in)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’-]*)*)(?:\s+as\s+a\s+whole)?\s*,/u;

/** A sentence that opens on a wider world than a place as the scope of all it says: "Nationally, …", "Worldwide, …". */
const WIDE_SCOPE = /^\W*(nationally|nationwide|globally|worldwide|internationally|across the country|across the world|around the world)\s*,/iu;
/** The word each wider scope is named by in a source ("the national rate"). */
const WIDE_SCOPE_WORDS: ReadonlyMap<string, string> = new Map([
  ['nationally', 'national'],
  ['nationwide', 'national'],
  ['globally', 'global'],
  ['worldwide', 'world'],
  ['internationally', 'international'],
  ['across the country', 'country'],
  ['across the world', 'world'],
  ['around the world', 'world'],
]);

/** The feature word of the wider scope a sentence opens on (see {@link WIDE_SCOPE}), or ''. */
function wideScopeOf(sentence: string): string {
  const word = WIDE_SCOPE_WORDS.get(WIDE_SCOPE.exec(sentence)?.[1]?.toLowerCase().replace(/\s+/gu, ' ') ?? '');
  return word === undefined ? '' : featureWord(word);
}

/** Entity words of the place a sentence opens on as its scope (see {@link OPENING_SCOPE}), or none. */
function scopeOf(sentence: string): string[] {
  const name = OPENING_SCOPE.exec(sentence)?.[1];
  return name === undefined ? [] : name.split(/\s+and\s+/u).flatMap(entityWords);
}

/** Offsets of clause boundaries in a sentence. */
function clauseBoundaries(sentence: string): number[] {
  const out: number[] = [];
  // A field's label names what its figures are ("Listed shares: 46% (£2.22bn)"): its colon ends no clause.
  const labelColon = FIELD_LABEL.exec(sentence)?.[0].lastIndexOf(':') ?? -1;
  // Semicolons and colons end a clause outright: they count three times.
  for (const m of sentence.matchAll(CLAUSE_PUNCTUATION)) {
    if (m.index === labelColon) continue;
    out.push(...(m[0] === ';' || m[0] === ':' ? [m.index, m.index, m.index] : [m.index]));
  }
  for (const t of tokenize(sentence)) if (CLAUSE_WORDS.has(t.norm)) out.push(t.start);
  return out;
}

function boundariesBetween(boundaries: readonly number[], a: number, b: number): number {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return lowerBound(boundaries, hi) - lowerBound(boundaries, lo);
}

/** A column header that is a name: capitalised words only ("Ireland", "UK", "North East"), no figures or brackets. */
const COLUMN_NAME = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*$/u;

function addWeight(map: Map<string, number>, words: readonly string[], weight: number): void {
  for (const w of words) if ((map.get(w) ?? 0) < weight) map.set(w, weight);
}

/** How much a table caption's word weighs for each of the table's cells: as much as a word a few words from the number. */
const CAPTION_WEIGHT = 0.5;

/** Unit classes of amounts that belong to someone ("£47m of Storm Kelda"), not measures of a substance ("1,140 tonnes of CO2"). */
const OWNABLE: ReadonlySet<string> = new Set(['currency', 'count', 'percent']);

/** What joins an amount to the name it belongs to: "£47m of Storm Kelda", "£81m for Petra". */
const OWNER_LINK = /^\s+(?:of|for)\s+(?:the\s+)?$/u;

/** The weighted subject of a mention spanning [start, end) (see the module header). */
function subjectOf(
  all: readonly EntityOccurrence[],
  carried: readonly string[],
  topic: readonly string[],
  span: { readonly start: number; readonly end: number },
  numberStarts: readonly number[],
  boundaries: readonly number[],
  sentence: string,
  ownable: boolean,
): { subject: Map<string, number>; named: boolean; guessed: boolean } {
  const { start, end } = span;
  const subject = new Map<string, number>();
  // Settings ("in Madrid") and who says the sentence ("Nadia:", "Dr Khouri said") weigh like names after the mention.
  const entities = all.filter((e) => !e.adjunct && !e.speaker);
  for (const e of all) if (e.adjunct || e.speaker) addWeight(subject, e.words, 0.4);
  const before = entities.filter((e) => e.end <= start);
  const after = entities.filter((e) => e.start >= end);
  for (const e of after) addWeight(subject, e.words, 0.4);
  // A name the amount belongs to, right after it, is what it is about, whoever the sentence names before: "the £47m of
  // Storm Kelda", "£81m for Petra". Only money, counts and shares belong to someone: after a measure, "of" names the
  // substance measured ("1,140 tonnes of CO2").
  const owner = ownable ? after.find((e) => OWNER_LINK.test(sentence.slice(end, e.start))) : undefined;
  if (owner !== undefined) {
    for (const e of before) addWeight(subject, e.words, 0.4);
    addWeight(subject, owner.words, 1);
    return { subject, named: true, guessed: false };
  }
  for (const e of before) addWeight(subject, e.words, 0.6);
  // The first name is the sentence's subject, unless another number already follows it: then the sentence lists
  // one number per name ("Kunshan grew 1.5 percent, Jiading 7 percent") and the nearest name is the subject.
  const first = entities[0];
  const listed = first !== undefined && lowerBound(numberStarts, first.end) < lowerBound(numberStarts, start);
  // A first name right after the number, in its own clause, is what it is about ("the £2.35 million Stainsby paid for …");
  // not an acronym, which qualifies the counted noun ("134 UCAS points", "40 NHS trusts").
  const ownClause =
    first !== undefined &&
    first.start >= end &&
    boundariesBetween(boundaries, end, first.start) === 0 &&
    lowerBound(numberStarts, end) === lowerBound(numberStarts, first.start) &&
    !isAcronymText(sentence.slice(first.start, first.end));
  if (first !== undefined && !listed) addWeight(subject, first.words, first.end <= start || ownClause ? 1 : 0.5);
  const nearest = before[before.length - 1];
  if (nearest !== undefined) addWeight(subject, nearest.words, 1);
  if (entities.length === 0) addWeight(subject, carried, 0.8);
  // Names only after the mention are a guess ("…, according to the Jiefang Daily").
  const strong = before.length > 0 || (entities.length === 0 && carried.length > 0);
  if (!strong) addWeight(subject, topic, 0.6);
  return { subject, named: before.length > 0, guessed: !strong };
}

/**
 * Builds the context of each quantity of one sentence. `carried` are the
 * entity words of the paragraph so far (for co-reference); the caller updates
 * it with {@link lastEntityWords} after each sentence. `topic` are the
 * document's most frequent entity words, the last resort for the subject;
 * `earlier` the numbers of the paragraph's earlier sentences, `before` those of the paragraph before.
 */
export function mentionContexts(
  sentence: string,
  quantities: readonly Quantity[],
  entities: readonly EntityOccurrence[],
  carried: readonly string[],
  topic: readonly string[] = [],
  earlier: readonly Quantity[] = [],
  before: readonly Quantity[] = [],
): MentionContext[] {
  const all = new Set<string>([...entities.flatMap((e) => e.words), ...carried]);
  const entityFeatures = new Set([...all, ...[...all].map(featureWord)]);
  const boundaries = clauseBoundaries(sentence);
  const numberStarts = quantities.filter((q) => q.unitClass !== 'year').map((q) => q.span.start);
  const tokens = tokenize(sentence).filter((t) => describingWord(t.norm, all) && !quantities.some((q) => t.start < q.span.end && t.end > q.span.start));
  const words = tokens.map((t) => ({ word: featureWord(t.norm), start: t.start, surface: [surfaceStem(t.norm), ...synonymStems(t.norm)] }));
  const slots = slotsOf(quantities);
  const kinds = amountKinds(sentence, quantities);
  // Names are left to the entity scores (rule other-entitys-figure): a name elsewhere in the clause ("the Shanghai–Jiangsu
  // border") says nothing about which item of a list a number is.
  const labels = itemLabels(sentence, tokens, quantities, (i) => kinds[i]?.compared === true || (quantities[i]?.role === 'level' && quantities[i]?.direction !== undefined));
  const measured = measuredLevels(sentence, quantities);
  const writerSpeaksAt = writerClauses(sentence);
  const question = /\?["'”’)\]]*\s*$/u.test(sentence);
  const namesWorking = WORKING_WORDS.test(sentence);
  const scope = scopeOf(sentence);
  const wideScope = wideScopeOf(sentence);
  let pivot = 0;
  return quantities.map((q, qi) => {
    const { subject, named, guessed } = subjectOf(entities, carried, topic, q.span, numberStarts, boundaries, sentence, OWNABLE.has(q.unitClass));
    // A table column headed by a name ("| | UK | Ireland |") says whom its cells are about.
    if (q.column !== undefined && COLUMN_NAME.test(q.column)) addWeight(subject, entityWords(q.column), 1);
    while (pivot < words.length && (words[pivot]?.start ?? 0) < q.span.start) pivot++;
    const at = pivot;
    const weights = new Map<string, number>();
    // Only words near the number count: far ones weigh little, and a bounded window keeps a sentence of many numbers linear.
    for (let i = Math.max(0, at - WORD_WINDOW); i < Math.min(words.length, at + WORD_WINDOW); i++) {
      const w = words[i];
      if (!w) continue;
      const gap = i < at ? at - i - 1 : i - at + 1;
      const d = gap + 2 * boundariesBetween(boundaries, w.start, i < at ? q.span.start : q.span.end);
      const weight = 1 / (1 + d / 4);
      if ((weights.get(w.word) ?? 0) < weight) weights.set(w.word, weight);
    }
    // A table column's header says what its cells are ("Share (%)"), as a word right by the number would.
    for (const w of describingWords(q.heading, all)) weights.set(w, 1);
    // The table's caption says what all its cells are about ("## Trips by district"), as a word of the clause would.
    addWeight(weights, describingWords(q.caption, all), CAPTION_WEIGHT);
    const columnWords = describingWords(q.column, all);
    const lookupOnly = lookupWords(words.slice(Math.max(0, at - WORD_WINDOW), at + WORD_WINDOW), weights);
    const near = nearestOthers(quantities, qi);
    addValueWords(q, weights, lookupOnly);
    // A distinctive number the sentence shares with a source sentence finds that sentence even when no word does (see align.ts, anchors).
    for (const other of near) if (other.unitClass !== 'year' && distinctive(other)) addValueWords(other, weights, lookupOnly);
    const slot = slots[qi] ?? 0;
    const dated = q.unitClass === 'year' ? near.filter((o) => o.unitClass !== 'year' && o.unitClass !== 'rank' && o.period?.year === q.value && (o.span.end <= q.span.start || opensWithPeriod(q, boundaries, sentence))) : [];
    const siblings = near;
    const criterion = q.unitClass === 'rank' ? criterionWords(sentence, q, boundaries) : [];
    return { lookupOnly, criterion, subject, named, guessed, entities: entityFeatures, words: weights, slot, dates: dated.length > 0, datedKinds: [...new Set(dated.map(quantityKind))], siblings, earlier, before, later: [], namesWorking, firstPerson: writerSpeaksAt(q.span.start), scope, wideScope, question, kind: kinds[qi] ?? { outlook: false, per: '', discounted: false, standard: false, baseline: false, compared: false, periodEnd: false }, label: labels[qi]?.words ?? [], columnWords, breakdown: labels[qi]?.breakdown ?? [], measured: measured[qi] };
  });
}


/** Number words of a mention as written ("three", "fifths"), not its units or hedges. */
const VALUE_WORD = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$|.*(?:ths|thirds?|halves|quarters)$)/u;

/**
 * Lets the lookup also find source sentences that state the mention's own value
 * ("about three-fifths" finds "approximately three-fifths of the national total"),
 * so that an agreeing statement is weighed even when its other words differ.
 */
function addValueWords(q: Quantity, weights: Map<string, number>, lookupOnly: Set<string>): void {
  for (const t of tokenize(q.text)) {
    if (!VALUE_WORD.test(t.norm) || weights.has(t.norm)) continue;
    weights.set(t.norm, 1);
    lookupOnly.add(t.norm);
  }
}

/** True when a word may describe a number: not a digit, stopword, number word, change word or entity word. */
function describingWord(norm: string, entityWords: ReadonlySet<string>): boolean {
  return !/^\d/.test(norm) && !STOPWORDS.has(norm) && !NUMBER_WORDS.has(norm) && !isChangeWord(norm) && norm.length >= 2 && !entityWords.has(lemma(norm));
}

/** The describing words of a label outside the sentence (a table's header or caption), as feature words, in order; none without one. */
function describingWords(label: string | undefined, entityWords: ReadonlySet<string>): string[] {
  return label === undefined ? [] : tokenize(label).filter((t) => describingWord(t.norm, entityWords)).map((t) => featureWord(t.norm));
}

/** Words on either side of a number that describe it. */
const WORD_WINDOW = 24;
/** Other numbers of the sentence, nearest first, that a mention is compared with. */
const MAX_SIBLINGS = 16;

/** For each quantity, how many quantities of its unit class come before it. */
function slotsOf(quantities: readonly Quantity[]): number[] {
  const order = quantities.map((_, i) => i).sort((a, b) => (quantities[a]?.span.start ?? 0) - (quantities[b]?.span.start ?? 0));
  const seen = new Map<string, number>();
  const slots: number[] = [];
  for (const i of order) {
    const cls = quantities[i]?.unitClass ?? '';
    slots[i] = seen.get(cls) ?? 0;
    seen.set(cls, (slots[i] ?? 0) + 1);
  }
  return slots;
}

/** The other quantities of a sentence nearest to quantity `qi` (the sentence's numbers in text order), at most {@link MAX_SIBLINGS}. */
function nearestOthers(quantities: readonly Quantity[], qi: number): Quantity[] {
  const half = MAX_SIBLINGS / 2;
  const from = Math.max(0, Math.min(qi - half, quantities.length - 1 - MAX_SIBLINGS));
  const out: Quantity[] = [];
  for (let i = from; i < quantities.length && out.length < MAX_SIBLINGS; i++) if (i !== qi) out.push(quantities[i] as Quantity);
  return out;
}

/**
 * Adds to `weights` the words as written and their synonyms (half weight),
 * so that facts using them are found; returns the added ones.
 */
function lookupWords(words: readonly { readonly word: string; readonly surface: readonly string[] }[], weights: Map<string, number>): Set<string> {
  const added = new Set<string>();
  for (const w of words) {
    const weight = weights.get(w.word) ?? 0;
    w.surface.forEach((s, i) => {
      if (s === w.word || (weights.has(s) && !added.has(s))) return;
      const v = i === 0 ? weight : weight / 2;
      if ((weights.get(s) ?? 0) < v) weights.set(s, v);
      added.add(s);
    });
  }
  return added;
}

/** Words that introduce the criterion of a rank. */
const CRITERION_WORDS = new Set(['for', 'by']);
const MAX_CRITERION = 3;

/** Feature words of a "for …"/"by …" phrase after a rank, in its clause ("third-busiest by annual ridership" → annual, journey). */
function criterionWords(sentence: string, q: Quantity, boundaries: readonly number[]): string[] {
  const end = Math.min(sentence.length, ...boundaries.filter((b) => b >= q.span.end));
  const tokens = tokenize(sentence.slice(q.span.end, end));
  const at = tokens.findIndex((t) => CRITERION_WORDS.has(t.norm));
  if (at < 0) return [];
  return tokens
    .slice(at + 1)
    .filter((t) => !STOPWORDS.has(t.norm) && !/^\d/u.test(t.norm))
    .slice(0, MAX_CRITERION)
    .map((t) => featureWord(t.norm));
}

/** The entity words a following sentence of the same paragraph inherits: the first name of this one that is not a setting (its subject), or what it inherited. */
export function lastEntityWords(entities: readonly EntityOccurrence[], carried: readonly string[]): readonly string[] {
  return entities.find((e) => !e.adjunct)?.words ?? carried;
}

/** The words of the `n` most frequent entity names of a document that recur (named in two sentences or more): its topic. */
export function topicWords(entityLists: readonly (readonly string[])[], n = 2): string[] {
  const counts = new Map<string, number>();
  for (const list of entityLists) for (const name of new Set(list)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .flatMap(([name]) => entityWords(name));
}
