/**
 * Word normalisation for alignment features: a light stemmer and a small
 * table of synonyms common in news writing, so that "firms" and "companies",
 * "riders" and "passengers", "produced" and "production" land on the same
 * feature. Both the draft and the sources go through the same function, so
 * the exact stems do not matter, only that related forms meet.
 */
import { lemma } from '../quantity/lemma';

/**
 * Groups of words (already lemmatised, before stemming) that news writers
 * use for the same thing. The first word of each group names it.
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['company', 'firm', 'enterprise', 'business', 'corporation'],
  ['person', 'resident', 'inhabitant', 'citizen', 'individual', 'people', 'population'],
  ['journey', 'passenger', 'rider', 'trip', 'ridership', 'ride'],
  ['employee', 'staff', 'worker', 'personnel', 'employ', 'employed', 'employs', 'workforce', 'headcount', 'work'],
  ['revenue', 'sale', 'turnover'],
  ['output', 'production', 'produce', 'produced', 'generate', 'generated', 'generation'],
  ['ship', 'vessel'],
  ['country', 'nation'],
  ['car', 'vehicle', 'automobile', 'auto', 'automotive'],
  ['town', 'city', 'municipality'],
  ['doctor', 'physician', 'gp'],
  ['student', 'pupil', 'learner'],
  ['child', 'kid'],
  ['price', 'tariff'],
  ['salary', 'wage'],
  ['profit', 'earning'],
  ['debt', 'borrowing'],
  ['yearly', 'annual', 'annually'],
  ['build', 'built', 'construction', 'construct', 'constructed'],
  ['found', 'founded', 'establish', 'established'],
  ['open', 'opened', 'opening', 'launch', 'launched', 'inaugurated'],
  ['buy', 'bought', 'acquire', 'acquired', 'purchase', 'purchased'],
  ['hire', 'hired', 'recruit', 'recruited'],
  ['arrive', 'arrives', 'arrived', 'arriving', 'arrival', 'reach', 'reaches', 'reached', 'reaching'],
  ['depart', 'departs', 'departed', 'departing', 'departure', 'leave', 'leaves', 'leaving'],
  ['game', 'match', 'fixture'],
  ['death', 'fatality'],
  ['customer', 'client'],
  ['shop', 'store'],
  ['home', 'house', 'dwelling'],
  ['large', 'big', 'largest', 'biggest'],
  ['area', 'place', 'region', 'locality', 'zone'],
  ['east', 'eastern'],
  ['west', 'western'],
  ['north', 'northern'],
  ['south', 'southern'],
  // Irregular verbs, whose past forms the stemmer cannot bring back ("spent" and "spending").
  ['spend', 'spent'],
  ['pay', 'paid'],
  ['sell', 'sold'],
  ['win', 'won'],
  ['lose', 'lost', 'loss'],
  ['hold', 'held'],
  ['keep', 'kept'],
  ['bring', 'brought'],
  ['lead', 'led'],
  ['fly', 'flew', 'flown'],
  ['drive', 'drove', 'driven'],
  ['write', 'wrote', 'written'],
];

const SYNONYMS: ReadonlyMap<string, string> = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((w): [string, string] => [w, group[0] ?? w])));

const SUFFIXES = ['ingly', 'erised', 'erized', 'isation', 'ization', 'ised', 'ized', 'ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'edly', 'ed', 'ally', 'al', 'ly', 'ers', 'er', 'es', 'e', 's'];
/** Suffixes that leave too little behind on short words ("comment", "payment"): they need a longer stem. */
const LONG_STEM_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['ments', 5],
  ['ment', 5],
]);

/**
 * Strips common English suffixes: "climbing" → "climb", "industrial" and
 * "industry" → "industry", "investment" → "invest", "containerised" and
 * "containers" → "contain". A stem stays a prefix of the words it stands for
 * (the source index finds facts by word prefixes), so a "y" is kept and an
 * "i" left by a suffix goes back to "y".
 */
export function stem(word: string): string {
  // A noun in "-eer" keeps it ("engineer", "volunteer"): it is no "-er" of a verb, and its "-ing" form keeps it too.
  if (/eers?$/u.test(word)) return word.endsWith('s') ? word.slice(0, -1) : word;
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= (LONG_STEM_SUFFIXES.get(suffix) ?? 3)) {
      const w = word.slice(0, -suffix.length);
      return w.endsWith('i') ? `${w.slice(0, -1)}y` : w;
    }
  }
  return word;
}

/** The feature a lower-case word stands for: its synonym group, or its lemma's stem. */
export function featureWord(word: string): string {
  const direct = SYNONYMS.get(word);
  if (direct !== undefined) return direct;
  const l = lemma(word);
  return SYNONYMS.get(l) ?? stem(l);
}

/**
 * The word's own stem as a prefix of what the source text itself contains, with no synonym applied: a stem that ends
 * in "y" loses it, so that "winery" finds "wineries" too ("winer").
 */
export function surfaceStem(word: string): string {
  const own = stem(lemma(word));
  return own.length >= 4 && own.endsWith('y') ? own.slice(0, -1) : own;
}

const GROUP_OF: ReadonlyMap<string, readonly string[]> = new Map(SYNONYM_GROUPS.map((group) => [group[0] ?? '', group]));

/** Stems of the other words of a word's synonym group ("sales" → revenue, turnover), for finding facts that use them. */
export function synonymStems(word: string): string[] {
  const group = GROUP_OF.get(featureWord(word)) ?? [];
  const own = surfaceStem(word);
  return [...new Set(group.map(surfaceStem))].filter((w) => w !== own);
}

/** The canonical counted noun ("firm" and "company" count the same things). */
export function canonicalNoun(noun: string): string {
  return SYNONYMS.get(noun) ?? SYNONYMS.get(lemma(noun)) ?? noun;
}
