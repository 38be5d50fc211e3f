/**
 * The quantity index: the source side of the fact checker. A lookup asks the
 * source index for the few facts that share the most (rarest) words with a
 * draft mention's context, and only for those parses quantities and builds
 * mention contexts, keeping the ones in the mention's bucket (unit class and
 * unit, see agreement.ts). Nothing is parsed when sources are indexed, so
 * building stays close to the cost of reading the text, and checking a draft
 * costs about the same at 100k facts as at 1k. Parsed facts are cached, so a
 * draft checked again after a pause in typing is cheap. Files can be added
 * and removed one at a time.
 */
import type { Fact, Period, Quantity } from '../model';
import { findPeriods, yearPart } from '../quantity/periods';
import { bucketsMeet, distinctive, markedAsRounded, roundedFigure, significantDigits } from './agreement';
import { type AcronymTable, acronymTable, type MentionContext, topicWords } from './context';
import { continuesPrevious, describeSentence, type DocumentFrame, NEW_PARAGRAPH, type ParagraphState } from './describe';
import { workedChanges } from './workedChanges';
import { lowerBound } from '../sorted';
import { slipSignature, slipSignaturesIn } from './slipSignature';
import { featureWord } from './words';
import { countingAs } from './countedNoun';

/** The first number a quantity's text writes in digits, without its thousands separators ("1,140 hours" → "1140"). */
function writtenNumber(text: string): string | undefined {
  return /\d(?:[\d,.]*\d)?/u.exec(text)?.[0].replace(/,/gu, '');
}

/** The quantities of `near` (see {@link QuantityIndex.quantitiesNear}) in the mention's bucket: its candidates. */
export function inBucket(quantity: Quantity, context: MentionContext, near: readonly IndexedQuantity[]): IndexedQuantity[] {
  return near.filter((entry) => bucketsMeet(countingAs(quantity, context, entry.quantity), entry.quantity));
}

/**
 * The quantities of `near` (see {@link QuantityIndex.quantitiesNear}) that state the mention's very number in another
 * bucket: a count of another thing or of nothing said ("58 diffusion-tube sites" for the draft's "58 tubes", a table
 * cell "28" for "28 concerts"), or the same figure as written, at the same scale, in another unit ("1,140 hours" for a
 * "1,140" read as bookings; not "£38.7m" for "£38.7bn").
 */
export function sameNumberOutsideBucket(quantity: Quantity, context: MentionContext, near: readonly IndexedQuantity[]): IndexedQuantity[] {
  const written = writtenNumber(quantity.text);
  // A gap the index works out of a source's comparison ("94 venues (78)" gives 16) is stated nowhere as written.
  return near.filter(
    (entry) =>
      entry.worked === undefined &&
      ((entry.quantity.unitClass === 'count' && entry.quantity.value === quantity.value) || (written !== undefined && entry.quantity.scale === quantity.scale && writtenNumber(entry.quantity.text) === written)) &&
      !bucketsMeet(countingAs(quantity, context, entry.quantity), entry.quantity),
  );
}

/** Slip signature → the facts of `facts` that state a number with it. */
function signatureTable(facts: readonly Fact[]): Map<string, Fact[]> {
  const table = new Map<string, Fact[]>();
  for (const fact of facts) {
    for (const signature of slipSignaturesIn(fact.text)) {
      let list = table.get(signature);
      if (list === undefined) table.set(signature, (list = []));
      list.push(fact);
    }
  }
  return table;
}

/** A file's numbers (not years or dates), in ascending order of value, each with its fact. */
interface ValueTable {
  readonly values: readonly number[];
  readonly facts: readonly Fact[];
}

function valueTable(facts: readonly Fact[]): ValueTable {
  const entries = facts.flatMap((fact) => fact.quantities.filter((q) => q.unitClass !== 'year' && q.unitClass !== 'date').map((q) => ({ value: q.value, fact })));
  entries.sort((a, b) => a.value - b.value);
  return { values: entries.map((e) => e.value), facts: entries.map((e) => e.fact) };
}

/**
 * True when two context words are one word's: the same, or stems of five letters or more that share most of their
 * letters from the start ("register" of "registered" and "registr" of "registrations").
 */
function sameWordStem(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= 5 && common >= 0.75 * shorter;
}

/** True when two contexts have a context word in common (see {@link sameWordStem}). */
function sharesWord(a: MentionContext, b: MentionContext): boolean {
  for (const word of a.words.keys()) for (const other of b.words.keys()) if (sameWordStem(word, other)) return true;
  return false;
}

/** One source quantity with its fact and context. */
export interface IndexedQuantity {
  readonly fact: Fact;
  readonly quantity: Quantity;
  readonly context: MentionContext;
  /** For a change the sentence implies without stating it (workedChanges.ts), the two levels it is worked out from. */
  readonly worked?: { readonly from: Quantity; readonly to: Quantity };
}

/** A word to look facts up by, with how much it says about the mention (0–1]. */
export interface WeightedWord {
  readonly word: string;
  readonly weight: number;
}

/** What the quantity index asks of the index that holds the facts. */
export interface FactLookup {
  /** Facts carrying the most of `words` (rare and heavy words count most; a word also finds words it begins), best first, at most `limit`. */
  factsWith(words: readonly WeightedWord[], limit: number): Fact[];
  /** Every word of the indexed passages (as `tokenize` normalises it) with the number of passages that carry it. */
  words(): Iterable<readonly [string, number]>;
  /** Number of indexed passages. */
  readonly count: number;
  /** Changes whenever passages are added or removed. */
  readonly version: number;
}

/** Most source facts parsed for one draft mention. */
const CANDIDATE_FACTS = 16;
/** Most facts added to a lookup because they state a figure a slip of the pen from the mention's (slipSignature.ts). */
const SLIP_FACTS = 8;
/** Most facts added to a lookup because they state the mention's figure to its last digit, in other words (see `sameFigureFacts`). */
const SAME_FIGURE_FACTS = 4;
/** Most facts whose parsed quantities are kept between lookups. */
const CACHE_FACTS = 8192;

/** The source side of the fact checker. */
export class QuantityIndex {
  private readonly byFile = new Map<string, Fact[]>();
  /** Each fact's place in its file's list. */
  private readonly positions = new Map<Fact, number>();
  private readonly nameWords = new Map<string, number>();
  private readonly parsed = new Map<Fact, IndexedQuantity[]>();
  private readonly topics = new Map<string, string[]>();
  /** File → the lower-case words of every name its facts give, computed when first asked. */
  private readonly fileNames = new Map<string, Set<string>>();
  /** The union of {@link fileNames} over every file, rebuilt when first asked after a file is added or removed. */
  private allNameWords: Set<string> | undefined;
  private readonly acronyms = new Map<string, AcronymTable>();
  /** File → the years and parts of years its sentences name, computed when first asked. */
  private readonly calendars = new Map<string, Calendar>();
  /** File → slip signature → its facts that state a number with it, computed when first asked. */
  private readonly signatures = new Map<string, Map<string, Fact[]>>();
  /** File → its numbers in order of value, computed when first asked. */
  private readonly valueTables = new Map<string, ValueTable>();
  /** What all the files name together, rebuilt from {@link calendars} after a file is added or removed. */
  private allNamed: Calendar | undefined;
  private readonly idfs = new Map<string, number>();
  /** Feature word (see words.ts) → number of passages using it, as of {@link featuresVersion}. */
  private readonly featureFrequency = new Map<string, number>();
  private featuresVersion = -1;
  /** Memo of {@link featureWord} over the vocabulary. */
  private readonly features = new Map<string, string>();

  /** @param lookup finds facts by their words (the source index does). */
  constructor(private readonly lookup: FactLookup) {}

  /** Adds the facts of one or more files, in document order (paragraph co-reference depends on it). */
  add(facts: readonly Fact[]): void {
    for (const fact of facts) {
      let list = this.byFile.get(fact.file);
      if (list === undefined) this.byFile.set(fact.file, (list = []));
      this.positions.set(fact, list.length);
      list.push(fact);
      this.calendars.delete(fact.file);
      this.signatures.delete(fact.file);
      this.valueTables.delete(fact.file);
      this.fileNames.delete(fact.file);
      this.allNamed = undefined;
      this.allNameWords = undefined;
      for (const name of fact.entities) for (const w of name.split(/\s+/u)) this.nameWords.set(w, (this.nameWords.get(w) ?? 0) + 1);
    }
  }

  /** Removes every quantity of a file. */
  removeFile(file: string): void {
    const facts = this.byFile.get(file);
    if (facts === undefined) return;
    for (const fact of facts) {
      this.parsed.delete(fact);
      this.positions.delete(fact);
      for (const name of fact.entities) {
        for (const w of name.split(/\s+/u)) {
          const n = (this.nameWords.get(w) ?? 1) - 1;
          if (n <= 0) this.nameWords.delete(w);
          else this.nameWords.set(w, n);
        }
      }
    }
    this.byFile.delete(file);
    this.fileNames.delete(file);
    this.allNameWords = undefined;
    this.calendars.delete(file);
    this.signatures.delete(file);
    this.valueTables.delete(file);
    this.allNamed = undefined;
    this.topics.delete(file);
    this.acronyms.delete(file);
  }

  /**
   * Candidate source quantities for a draft mention: same bucket, from the
   * few facts that share the most context words with it (entity words and
   * the words nearest the mention count most), and from a few more of the
   * same files that state a figure a slip of the pen from it (slipSignature.ts).
   */
  candidates(quantity: Quantity, context: MentionContext): IndexedQuantity[] {
    return inBucket(quantity, context, this.quantitiesNear(quantity, context));
  }

  /**
   * The quantities, of any bucket, of the facts a mention's candidates come from (see {@link candidates}): one lookup,
   * which {@link inBucket} and {@link sameNumberOutsideBucket} then read without looking again.
   */
  quantitiesNear(quantity: Quantity, context: MentionContext): IndexedQuantity[] {
    const weights = new Map<string, number>();
    for (const e of context.entities) weights.set(e, 1);
    for (const [w, weight] of context.words) if ((weights.get(w) ?? 0) < weight) weights.set(w, weight);
    const words = [...weights].map(([word, weight]) => ({ word, weight }));
    const facts = new Set(this.lookup.factsWith(words, CANDIDATE_FACTS));
    const files = new Set([...facts].map((f) => f.file));
    for (const fact of this.slipFacts(quantity, files)) facts.add(fact);
    for (const fact of this.sameFigureFacts(quantity, context, files)) facts.add(fact);
    // A sentence that points back to a found one ("That is a cut of £65 a year.") states more about the same figures in few words of its own.
    for (const fact of [...facts]) {
      const next = this.followingInParagraph(fact);
      if (next !== undefined && continuesPrevious(next.text)) facts.add(next);
    }
    return [...facts].flatMap((fact) => this.quantitiesOf(fact));
  }

  /** The fact right after `fact` in its file, when it is of the same paragraph. */
  private followingInParagraph(fact: Fact): Fact | undefined {
    const at = this.positions.get(fact);
    const next = at === undefined ? undefined : this.byFile.get(fact.file)?.[at + 1];
    return next !== undefined && next.paragraph.start === fact.paragraph.start ? next : undefined;
  }

  /**
   * For a figure of three significant digits or more ("£4.75m"), or one marked as rounded with two or more ("about
   * 1,812,000"): the few facts of `files` that state the figure to its last digit (£4,745,000; 1,812,450), nearest
   * first. The writer's words need not be the source's ("so far this year" for "the year to date", "pay towards
   * schools, a surgery and buses" for "the contributions total"), and a figure written otherwise shares no
   * digits-as-a-word with it. A fact found for a figure of two digits is kept only where its sentence shares a word
   * with the mention's.
   */
  private sameFigureFacts(quantity: Quantity, context: MentionContext, files: ReadonlySet<string>): Fact[] {
    if (quantity.unitClass === 'year' || quantity.unitClass === 'date') return [];
    const isDistinctive = distinctive(quantity);
    if (!isDistinctive && !(markedAsRounded(quantity) && significantDigits(quantity) >= 2)) return [];
    const [least, most] = roundedFigure(quantity);
    const found: { readonly fact: Fact; readonly distance: number }[] = [];
    for (const file of files) {
      let table = this.valueTables.get(file);
      if (table === undefined) this.valueTables.set(file, (table = valueTable(this.byFile.get(file) ?? [])));
      for (let i = lowerBound(table.values, least); i < table.values.length && (table.values[i] ?? Infinity) <= most; i++) {
        const fact = table.facts[i];
        if (fact !== undefined) found.push({ fact, distance: Math.abs((table.values[i] ?? 0) - quantity.value) });
      }
    }
    const nearest = found.sort((a, b) => a.distance - b.distance).slice(0, SAME_FIGURE_FACTS).map((f) => f.fact);
    return isDistinctive ? nearest : nearest.filter((fact) => this.quantitiesOf(fact).some((e) => sharesWord(e.context, context)));
  }

  /** The first few facts of `files` (those the words found), in file order, that state a number with the mention's slip signature. */
  private slipFacts(quantity: Quantity, files: ReadonlySet<string>): Fact[] {
    const signature = quantity.unitClass === 'year' || quantity.unitClass === 'date' ? undefined : slipSignature(quantity.text);
    if (signature === undefined) return [];
    const out: Fact[] = [];
    for (const file of files) {
      const facts = this.byFile.get(file);
      if (facts === undefined) continue;
      let byFile = this.signatures.get(file);
      if (byFile === undefined) this.signatures.set(file, (byFile = signatureTable(facts)));
      for (const fact of byFile.get(signature) ?? []) {
        if (out.length >= SLIP_FACTS) return out;
        out.push(fact);
      }
    }
    return out;
  }

  /** Inverse document frequency of a context word over the indexed facts; unseen words get the highest weight. */
  idf(word: string): number {
    if (this.featuresVersion !== this.lookup.version) this.countFeatures();
    let idf = this.idfs.get(word);
    if (idf === undefined) {
      idf = Math.log(1 + (this.lookup.count + 1) / ((this.featureFrequency.get(word) ?? 0) + 1));
      this.idfs.set(word, idf);
    }
    return idf;
  }

  /**
   * Counts passages per feature word from the vocabulary: the context words of
   * a mention are feature words ("wage" → "salary"), so their frequency is the
   * sum over the vocabulary words that map to them (at most the passage count).
   */
  private countFeatures(): void {
    this.featureFrequency.clear();
    this.idfs.clear();
    const cap = this.lookup.count;
    const add = (key: string, n: number): void => {
      this.featureFrequency.set(key, Math.min(cap, (this.featureFrequency.get(key) ?? 0) + n));
    };
    for (const [word, n] of this.lookup.words()) {
      let feature = this.features.get(word);
      if (feature === undefined) this.features.set(word, (feature = featureWord(word)));
      add(feature, n);
      if (feature !== word) add(word, n);
    }
    this.featuresVersion = this.lookup.version;
  }

  /** True when some source names the year anywhere in its text ("in 2024", "FY2024", "2023-24", a date). */
  namesYear(year: number): boolean {
    return this.named().years.has(year);
  }

  /**
   * True when some source names the quarter or half of `period` ("Q2 2020", "the second quarter of 2020"), in its
   * year or with no year at all ("the second quarter"); true as well for a period that names no quarter or half.
   */
  namesPart(period: Period): boolean {
    const key = partKey(period);
    const parts = this.named().parts;
    return key === undefined || parts.has(key) || parts.has(partKey({ ...period, year: undefined }) ?? '');
  }

  /**
   * The one quarter or half of `period`'s year (of the same length as its part) that the sources name, when they
   * name exactly one ("q3"); undefined when they name none or several, or `period` has no year or part.
   */
  solePart(period: Period): string | undefined {
    const key = partKey(period);
    if (key === undefined || period.year === undefined) return undefined;
    const named = [...this.named().parts].filter((k) => k.endsWith(`:${period.year}`) && k.charAt(0) === key.charAt(0));
    return named.length === 1 ? named[0]?.slice(0, named[0].indexOf(':')) : undefined;
  }

  /** What the files name together (see {@link Calendar}), each file's part read once and kept. */
  private named(): Calendar {
    if (this.allNamed !== undefined) return this.allNamed;
    const years = new Set<number>();
    const parts = new Set<string>();
    for (const [file, facts] of this.byFile) {
      let calendar = this.calendars.get(file);
      if (calendar === undefined) this.calendars.set(file, (calendar = calendarOf(facts.map((f) => f.text))));
      for (const year of calendar.years) years.add(year);
      for (const part of calendar.parts) parts.add(part);
    }
    return (this.allNamed = { years, parts });
  }

  /** True when the sources use `word` (case-sensitive) inside an entity name: a draft sentence may start with it and still name something. */
  isNameWord(word: string): boolean {
    return this.nameWords.has(word);
  }

  /** Number of facts indexed (their quantities are parsed when a lookup needs them). */
  get size(): number {
    let n = 0;
    for (const list of this.byFile.values()) n += list.length;
    return n;
  }

  /** A fact's quantities with their contexts, parsed once and cached. */
  private quantitiesOf(fact: Fact): IndexedQuantity[] {
    const cached = this.parsed.get(fact);
    if (cached !== undefined) return cached;
    const entries = this.parse(fact);
    if (this.parsed.size >= CACHE_FACTS) {
      const oldest = this.parsed.keys().next();
      if (oldest.done !== true) this.parsed.delete(oldest.value);
    }
    this.parsed.set(fact, entries);
    return entries;
  }

  private parse(fact: Fact): IndexedQuantity[] {
    if (fact.quantities.length === 0) return [];
    const facts = this.byFile.get(fact.file) ?? [fact];
    const frame = { acronyms: this.acronymsOf(fact.file, facts), topic: this.topicOf(fact.file, facts) };
    const described = describeSentence(fact.text, fact.quantities, fact.entities, frame, paragraphStateBefore(facts, fact, frame));
    const out: IndexedQuantity[] = [];
    described.quantities.forEach((quantity, i) => {
      const context = described.contexts[i];
      if (context !== undefined) out.push({ fact, quantity, context });
    });
    for (const worked of workedChanges(described.quantities, described.contexts)) out.push({ fact, ...worked });
    return out;
  }

  /** The acronyms a document spells out (see context.ts), computed once per file. */
  private acronymsOf(file: string, facts: readonly Fact[]): AcronymTable {
    let table = this.acronyms.get(file);
    if (table === undefined) this.acronyms.set(file, (table = acronymTable(facts.flatMap((f) => f.entities))));
    return table;
  }

  /** True when `file` (or, without one, any indexed file) gives `word` (lower-case) as a word of some name. */
  namesWord(word: string, file?: string): boolean {
    if (file !== undefined) return this.namesOf(file).has(word);
    this.allNameWords ??= new Set([...this.byFile.keys()].flatMap((f) => [...this.namesOf(f)]));
    return this.allNameWords.has(word);
  }

  /** True when some indexed file other than `file` gives every word of `words` (lower-case) as a word of some name. */
  namedTogetherElsewhere(words: readonly string[], file: string): boolean {
    return [...this.byFile.keys()].some((other) => other !== file && words.every((word) => this.namesOf(other).has(word)));
  }

  /** The lower-case words of the names a file's facts give. */
  private namesOf(file: string): Set<string> {
    let names = this.fileNames.get(file);
    if (names === undefined) {
      names = new Set((this.byFile.get(file) ?? []).flatMap((f) => f.entities.flatMap((e) => e.toLowerCase().split(/\s+/u))));
      this.fileNames.set(file, names);
    }
    return names;
  }

  /** The document's most frequent entity words (see context.ts), computed once per file. */
  private topicOf(file: string, facts: readonly Fact[]): string[] {
    let topic = this.topics.get(file);
    if (topic === undefined) this.topics.set(file, (topic = topicWords(facts.map((f) => f.entities))));
    return topic;
  }
}

/** A year written in four digits with no digit beside it ("2024", "FY2024", "2023-24" names 2023), or a fiscal year in two ("FY24"). */
const YEAR_PATTERN = /(?<!\d)(1[89]\d\d|20\d\d|21\d\d)(?!\d)|\bFY\s?'?(\d\d)\b/gu;

/** The years and the parts of years a document names. */
interface Calendar {
  readonly years: ReadonlySet<number>;
  /** {@link partKey} of every quarter and half named. */
  readonly parts: ReadonlySet<string>;
}

/** "q2:2020", "h1:", or undefined for a period that names no quarter or half. */
function partKey(period: Period): string | undefined {
  const part = yearPart(period);
  return part === undefined ? undefined : `${part}:${period.year ?? ''}`;
}

/** The years and parts of years a document's sentences name. */
function calendarOf(texts: readonly string[]): Calendar {
  const years = new Set<number>();
  const parts = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(YEAR_PATTERN)) years.add(m[1] !== undefined ? Number(m[1]) : 2000 + Number(m[2]));
    for (const p of findPeriods(text)) {
      const key = partKey(p.period);
      if (key !== undefined) parts.add(key);
    }
  }
  return { years, parts };
}

/** Most earlier sentences of a paragraph read back for what a sentence inherits (a bound keeps parsing a fact cheap). */
const INHERIT_REACH = 8;

/**
 * What a source sentence inherits from the earlier sentences of its paragraph (see describe.ts): they are
 * described in order from at most {@link INHERIT_REACH} sentences back, as a draft's are.
 */
function paragraphStateBefore(facts: readonly Fact[], fact: Fact, frame: DocumentFrame): ParagraphState {
  const at = facts.indexOf(fact);
  let from = at;
  while (from > 0 && at - from < INHERIT_REACH && facts[from - 1]?.paragraph.start === fact.paragraph.start) from--;
  let state = NEW_PARAGRAPH;
  for (let i = from; i < at; i++) {
    const previous = facts[i] as Fact;
    state = describeSentence(previous.text, previous.quantities, previous.entities, frame, state).next;
  }
  return state;
}
