/**
 * The words that tell apart the items of a list of like amounts in one sentence: in "Dogs off the lead caused 46% of
 * events, watercraft 22% and drones 9%", 46% is the dogs', 22% the watercraft's and 9% the drones'. A draft that gives
 * one item's value with another item's words ("Drones accounted for 22%") has paired them the wrong way.
 *
 * Each amount owns the words of its part of the sentence. Between two amounts of like kind, the last comma,
 * semicolon or colon (a total before its breakdown: "412 sailings: 236 for weather, 118 for …"), else the last "and", "or", "while", "whereas" or "but", divides the words: those before it follow the
 * earlier amount ("86p went on charitable activities, 11p …"), those after it lead to the later one ("… and drones
 * 9%"). A gap with no separator ("from 3% to 5%", "46.5% to 47.5%") leaves the amounts undivided, and then none has a
 * label. An amount's verb ("produced", "went") says what the items did, so it labels none. A value set against
 * another ("up from $1.08 billion", "could rise to £4 million") bounds the parts but is no item: it gets no label.
 */
import type { Quantity } from '../model';
import type { Token } from '../text/tokens';
import { lowerBound } from '../sorted';
import { featureWord } from './words';

/** Unit classes whose amounts form lists; years and dates only say when. */
const LISTED_CLASSES: ReadonlySet<string> = new Set(['currency', 'percent', 'percentagePoints', 'count', 'length', 'area', 'mass', 'volume', 'power', 'speed', 'temperature', 'duration']);
/** What separates the items of a list: punctuation, else a word. */
const PUNCTUATION_SEPARATOR = /[,;:]/gu;
const WORD_SEPARATOR = /\b(?:and|or|while|whereas|but)\b/giu;
/** Common verbs in the past tense that do not end in "-ed": they say what a list's items did, not which item is which. */
const IRREGULAR_VERBS: ReadonlySet<string> = new Set(
  'was were is are be been being had has have made gave took went came got saw spent paid sold bought put led won lost rose fell grew brought ran left kept held'.split(' '),
);

/**
 * True for a word that is the verb of its amount's clause: a common irregular past tense anywhere ("went"), or a word in
 * "-ed" right before the amount, with only function words between ("produced 5,940 GWh", "accounted for 22%"). A word
 * in "-ed" before a noun describes it and may tell items apart ("adjusted earnings per share were $0.94").
 */
function isVerb(norm: string, lastBeforeAmount: boolean): boolean {
  return IRREGULAR_VERBS.has(norm) || (lastBeforeAmount && norm.length > 4 && norm.endsWith('ed'));
}

/** Words that follow a verb, not a noun's adjective: "received a bonus", "exceeded the limit" (but "flooded business"). */
const AFTER_VERB = /^\s+(?:a|an|the|their|its|his|her|our|to|in|on|by|for|from|with|at|of|more|less|over|under)\b/iu;

/** True for a word that is the verb of a clause: a common irregular past tense, or a word in "-ed" before an article or a preposition. */
function opensPredicate(token: Token, sentence: string): boolean {
  return IRREGULAR_VERBS.has(token.norm) || (token.norm.length > 4 && token.norm.endsWith('ed') && AFTER_VERB.test(sentence.slice(token.end)));
}

/** True when the last item of a list is joined to the one before by "and" or "or" ("71.2% of men and 66.5% of women"), not set in a clause of its own ("over 100 stores, with over 50 completed"). */
function joinedByAnd(sentence: string, before: Quantity | undefined, last: Quantity): boolean {
  const gap = before === undefined ? '' : sentence.slice(before.span.end, last.span.start);
  return /\b(?:and|or)\b/iu.test(gap) && !/\bwith\b/iu.test(gap);
}

/** What ends the part of a sentence the first amount's words may lead from, or the last amount's words run to. */
const PART_END = /[,;:()—–]/u;
const PART_ENDS = new RegExp(PART_END.source, 'gu');

/**
 * For each quantity of a sentence (in the order given), the words of its own part of the sentence among the amounts of
 * like kind (same unit class and unit), as feature words: for an amount alone of its kind, the words of its clause;
 * where two items or more share the sentence, only the words no other item's part has. Empty for one set against
 * another, or one whose part cannot be told. `words` are the sentence's tokens that may label an item (outside every
 * quantity, in text order), and `compared` says which quantities are set against another.
 */
export function itemLabels(sentence: string, words: readonly Token[], quantities: readonly Quantity[], compared: (index: number) => boolean): ItemLabel[] {
  const labels: ItemLabel[] = quantities.map(() => ({ words: [], breakdown: [] }));
  // Where each amount of a list class starts, in order: the first at or after an amount's end is the next amount.
  const amountStarts = quantities.filter((q) => LISTED_CLASSES.has(q.unitClass)).map((q) => q.span.start).sort((a, b) => a - b);
  const groups = new Map<string, number[]>();
  quantities.forEach((q, i) => {
    if (!LISTED_CLASSES.has(q.unitClass)) return;
    // A change right before the level it leads to is no item of its own: "went up 50p to £6, while concessions stayed at
    // £4.50" lists two prices.
    if (changeOfNext(sentence, q, quantities)) return;
    const key = `${q.unitClass}/${q.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  // A counted noun labels its own count ("174 volunteers"), not an item of another list.
  const countedNouns = new Set(quantities.filter((q) => q.unitClass === 'count' && q.unit !== '').map((q) => featureWord(q.unit)));
  const tokens = words.filter((t) => !countedNouns.has(featureWord(t.norm)));
  for (const members of groups.values()) {
    const order = [...members].sort((a, b) => (quantities[a]?.span.start ?? 0) - (quantities[b]?.span.start ?? 0));
    const parts = partsOf(sentence, order.map((i) => quantities[i] as Quantity));
    if (parts === undefined) continue;
    const items = order.flatMap((qi, k) => {
      const part = parts[k];
      const q = quantities[qi];
      if (part === undefined || q === undefined || compared(qi) || wholeOfPart(sentence, quantities, q)) return [];
      // Another amount after this one in its part takes the words after it ("£184,300, more than half of it in
      // donations"); the words before the first amount are the subject of all ("The rate rose 0.3 points to 4.7%"). A year
      // or a date only says when.
      const to = Math.min(part.end, amountStarts[lowerBound(amountStarts, q.span.end)] ?? part.end);
      const inPart = tokens.filter((t) => t.start >= part.start && t.end <= to);
      // After the last item of a list, a verb opens what all the items did ("71.2% of men and 66.5% of women received a
      // bonus"): its words label none of them.
      const predicate = k > 0 && k === order.length - 1 && joinedByAnd(sentence, quantities[order[k - 1] ?? qi], q) ? inPart.find((t) => t.start >= q.span.end && opensPredicate(t, sentence)) : undefined;
      const own = predicate === undefined ? inPart : inPart.filter((t) => t.start < predicate.start);
      const lastBefore = own.filter((t) => t.end <= q.span.start).pop();
      const labelling = own.filter((t) => !isVerb(t.norm, t === lastBefore));
      return [{ qi, before: labelling.filter((t) => t.end <= q.span.start), after: labelling.filter((t) => t.start >= q.span.end) }];
    });
    const own = ownWords(items.map((item) => [...item.before, ...item.after]));
    const breakdown = breakdownWords(items, sentence, order.map((i) => quantities[i] as Quantity));
    items.forEach((item, k) => {
      labels[item.qi] = { words: own[k] ?? [], breakdown };
    });
  }
  return labels;
}

/** What joins a change to the level it leads to: "up 50p to £6", "by 3% to 412". */
const CHANGE_TO_LEVEL = /^\s+to\s+$/u;

/** True when `q` is a change and the next amount of its kind is the level it leads to ("went up 50p to £6"). */
function changeOfNext(sentence: string, q: Quantity, quantities: readonly Quantity[]): boolean {
  return q.role === 'change' && quantities.some((level) => level.role === 'level' && level.unitClass === q.unitClass && level.unit === q.unit && CHANGE_TO_LEVEL.test(sentence.slice(q.span.end, level.span.start)));
}

/** What joins a part to its whole: "Nine of the club's 76 fixtures", "14 of their 16 lineouts". */
const PART_OF = /^\s+of\s+(?:(?:the|its|their|our|his|her|this|that|these|those|all)\s+)?(?:[\p{L}-]+['’]s?\s+)?$/iu;

/** True when `whole` is the whole that an amount of the sentence right before it is a part of: it is no item of its own. */
function wholeOfPart(sentence: string, quantities: readonly Quantity[], whole: Quantity): boolean {
  return quantities.some((part) => part.span.end <= whole.span.start && PART_OF.test(sentence.slice(part.span.end, whole.span.start)));
}

/** A preposition that, right after an amount, opens the name of the group it is measured in: "6.2% in the public sector". */
const GROUP_PREPOSITION = /^\s*(in|among|amongst|for|across|within)\b/iu;

/**
 * The words that name the items of a breakdown: a list whose amounts are each followed by the same preposition naming
 * a group, with no words of their own before them after the first ("Regular pay grew by 6.2% in the public sector and
 * by 4.8% in the private sector"), so that the words before the first amount are the subject all share. Each item's
 * words after its amount that no other item has ("public", "private"); empty for any other list. `amounts` are the
 * items' quantities, in the order of `items`.
 */
function breakdownWords(items: readonly { readonly before: readonly Token[]; readonly after: readonly Token[] }[], sentence: string, amounts: readonly Quantity[]): readonly string[] {
  if (items.length < 2 || items.length !== amounts.length || !items.slice(1).every((item) => item.before.length === 0 && item.after.length > 0)) return [];
  const prepositions = new Set(amounts.map((q) => GROUP_PREPOSITION.exec(sentence.slice(q.span.end))?.[1]?.toLowerCase()));
  if (prepositions.size !== 1 || prepositions.has(undefined)) return [];
  return ownWords(items.map((item) => item.after)).flat();
}

/** For each item's tokens, its distinct feature words that no other item has. */
function ownWords(items: readonly (readonly Token[])[]): string[][] {
  const sets = items.map((tokens) => new Set(tokens.map((t) => featureWord(t.norm))));
  return sets.map((own) => [...own].filter((w) => sets.every((other) => other === own || !other.has(w))));
}

/** The words that name one amount's item of a list (see {@link itemLabels}). */
export interface ItemLabel {
  /** The item's own words, as feature words; empty when it has none or its part cannot be told. */
  readonly words: readonly string[];
  /** When the amount is one item of a breakdown of one measure, the words that name its items, the amount's own among them; else empty. */
  readonly breakdown: readonly string[];
}

/** A comma that opens an appositive naming the amount right after it: ", a period of ", ", a total of ". */
const APPOSITIVE_LEAD = /^,\s+(?:a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+of\s*$/iu;

/** A comma that opens a relative clause about the noun right before it ("reserves, which now stand at"): that noun belongs to the clause's amount as much as to the one before. */
const RELATIVE_LEAD = /^,\s+(?:which|who|whose)\b/iu;

/** The part of the sentence each amount owns (amounts in text order), or undefined when a gap has no separator. */
function partsOf(sentence: string, items: readonly Quantity[]): { start: number; end: number }[] | undefined {
  const first = items[0] as Quantity;
  const last = items[items.length - 1] as Quantity;
  let openAt = 0;
  for (const m of sentence.slice(0, first.span.start).matchAll(PART_ENDS)) openAt = m.index + 1;
  const closeAt = sentence.slice(last.span.end).search(PART_END);
  const bounds: number[] = [openAt];
  for (let k = 1; k < items.length; k++) {
    const from = (items[k - 1] as Quantity).span.end;
    const gap = sentence.slice(from, (items[k] as Quantity).span.start);
    // A comma or semicolon divides before a word does: "79.4 years, but the gap between the wealthiest and the poorest … is nine years".
    // An appositive that restates what comes before it (", a period of 89 days") is no item of its own: the separator
    // before it divides. A relative clause's comma divides nothing: the noun before it is the clause's subject.
    let split = -1;
    for (const m of gap.matchAll(PUNCTUATION_SEPARATOR)) if (!APPOSITIVE_LEAD.test(gap.slice(m.index)) && !RELATIVE_LEAD.test(gap.slice(m.index))) split = m.index;
    if (split < 0) for (const m of gap.matchAll(WORD_SEPARATOR)) split = m.index;
    if (split < 0) return undefined;
    bounds.push(from + split);
  }
  bounds.push(closeAt < 0 ? sentence.length : last.span.end + closeAt);
  return items.map((_, k) => ({ start: bounds[k] as number, end: bounds[k + 1] as number }));
}
