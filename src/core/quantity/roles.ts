/**
 * Level or change: "65 billion yuan" is a level; "up 7 percent", "a
 * year-on-year increase of 7 percent", "a 3 percent drop" are changes, with a
 * direction. The cue words sit just before the mention (skipping "a", "of",
 * "by", "year-on-year", a copula and its complement: "growth was slim at 1.5 percent"…) or
 * just after it ("7 percent year on year"); "by N" also finds its verb
 * across commas earlier in the clause.
 */
import type { QuantityRole, UnitClass } from '../model';
import type { QToken } from './lexer';
import { looksPlural } from './lemma';

/** Verbs and nouns of a rise, each with its inflections (a writer's paraphrase uses any of them: "grew", "advanced", "escalated"). */
const UP: ReadonlySet<string> = new Set(
  [
    'up increase increased increases increasing rise rises rose risen rising grew grow grows grown growth growing gain gains gained jump jumped jumps',
    'surge surged surges surging climb climbed climbs climbing higher expansion expand expanded expands boost boosted boosts',
    'escalate escalated escalates escalating soar soared soars soaring spike spiked spikes accelerate accelerated improve improved improvement improves',
    'swelled ballooned rebounded upswing uptick widened',
  ]
    .join(' ')
    .split(' '),
);
/** Verbs and nouns of a fall, each with its inflections. */
const DOWN: ReadonlySet<string> = new Set(
  [
    'down decrease decreased decreases decreasing decline declined declines declining fall fell falls fallen falling drop dropped drops dip dipped dips',
    'slid slide slides slip slipped slips shrank shrink shrinks shrunk contraction contracted plunge plunged plunges lower lowered reduction reduced reduce reduces',
    'cut cuts slump slumped slumps tumble tumbled tumbles sank sink sinks sunk plummeted plummets eroded',
    'weaken weakened retreat retreated downturn downswing dwindle dwindled diminish diminished recede receded recedes',
  ]
    .join(' ')
    .split(' '),
);
/** Words that are a rise only as the verb of a "by N" ("advanced by 20.9%"; not "26 advanced clusters"). */
const UP_BY: ReadonlySet<string> = new Set(['advanced', 'advancing', 'advances']);
/** Minus signs, a hyphen or a true minus, written on a number (a fall when on a percentage). */
export const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '−']);
/** Words skipped while looking for a cue before the number. */
const SKIP_BEFORE: ReadonlySet<string> = new Set('a an the of by year on - yoy y/y annual annually sharp sharply slight slightly only just another further was were is are at'.split(' '));
/** Words after a change cue that introduce the base it is measured on, not its amount. */
const BASE_MARKERS: ReadonlySet<string> = new Set(['on', 'from']);
/** Verbs whose complement word may stand between a change noun and its number. */
const COPULAS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are']);
/** Words that may stand between "by" and its number: "by an average of 3.1%", "by a further 2%", "by an estimated 40,000". */
const BY_FILLERS: ReadonlySet<string> = new Set('a an average of estimated further total additional another'.split(' '));
/** Most such words. */
const BY_FILLER_REACH = 4;
/** How far back "by N" looks for its verb across commas ("declined for a third year running, by 5 percent"). */
const BY_REACH = 10;
/** Words that open another clause: a "by N" does not measure a verb before them ("arguing that fares had lagged … by 15 percent"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set('that which who whom whose where when while whereas and but or because as after before although though if since'.split(' '));
/** Words after the number that make it a change without saying which way. */
const CHANGE_AFTER: ReadonlySet<string> = new Set(['yoy', 'y/y']);
/** Determiners between "over"/"under" and what a figure is measured against ("over its budget"). */
const GAP_DETERMINERS: ReadonlySet<string> = new Set(['its', 'the', 'their', 'his', 'her', 'our', 'a']);
/** What a figure "over" or "under" it is measured against: "$400 million over its 2019 budget", "£2m under target". */
const GAP_BASES: ReadonlySet<string> = new Set(['budget', 'budgets', 'target', 'targets', 'forecast', 'forecasts', 'plan', 'estimate', 'estimates', 'expectations', 'par']);

/**
 * The direction of a gap that the words right after a number make it: "67 more than in 2025", "£2m less than
 * planned", "$400 million over its 2019 budget", "£2m under target"; "either" for a distance between standings
 * ("15 behind the champions").
 */
function gapAfter(tokens: readonly QToken[], next: number): 'up' | 'down' | 'either' | undefined {
  const word = tokens[next]?.lower ?? '';
  const comparative = COMPARATIVES.get(word);
  if (comparative !== undefined && tokens[next + 1]?.lower === 'than') return comparative;
  // A comparative that ends its phrase says the same without its base: "gets £4.9m more, taking it to …", "12 fewer in 2026".
  const amountComparative = AMOUNT_COMPARATIVES.get(word);
  const after = tokens[next + 1];
  // "Fewer" qualifies only a count ("4.8 fewer monthly migraine days"); "more" may qualify an adjective ("12 more expensive models").
  // After "more", a plural noun is what there is more of ("8,000 more borrowers"), not an adjective it qualifies. ("Four
  // extra awards", like "an additional four awards", are as often new ones as a gap.)
  const morePlural = word === 'more' && after !== undefined && after.kind !== 'num' && /^\p{Ll}+$/u.test(after.text) && looksPlural(after.lower);
  const endsPhrase = after === undefined || word === 'fewer' || morePlural || /^[.,;:!?)]$/u.test(after.text) || PHRASE_ENDS.has(after.lower);
  if (amountComparative !== undefined && endsPhrase) return amountComparative;
  // A standing's distance from another: "15 behind the champions", "four points clear of Ravensclough", "two ahead of".
  // The counted noun may come first ("four points behind").
  const at = STANDING_GAPS.has(word) ? next : next + 1;
  const gapWord = tokens[at]?.lower ?? '';
  if (STANDING_GAPS.has(gapWord) && (gapWord === 'behind' || tokens[at + 1]?.lower === 'of')) return 'either';
  if (word !== 'over' && word !== 'under') return undefined;
  let k = next + 1;
  if (GAP_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  // A year may date the base ("its 2019 budget").
  if (/^(?:1[89]|20|21)\d\d$/u.test(tokens[k]?.lower ?? '')) k++;
  return GAP_BASES.has(tokens[k]?.lower ?? '') ? (word === 'over' ? 'up' : 'down') : undefined;
}

/**
 * Words that, right after a number, make it the distance between two standings: "15 behind", "four clear of", "two
 * ahead of". Which way it goes depends on which side is the subject ("A four clear of B" is "B four behind A"), so it
 * has none.
 */
const STANDING_GAPS: ReadonlySet<string> = new Set(['behind', 'ahead', 'clear']);

/** Comparatives that, right after a number and before "than", make it a gap: "67 more than", "£2m less than", "41 days longer than". */
const COMPARATIVES: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ['more', 'up'],
  ['higher', 'up'],
  ['greater', 'up'],
  ['bigger', 'up'],
  ['larger', 'up'],
  ['fewer', 'down'],
  ['less', 'down'],
  ['lower', 'down'],
  ['smaller', 'down'],
  ['longer', 'up'],
  ['shorter', 'down'],
  ['later', 'up'],
  ['earlier', 'down'],
  ['older', 'up'],
  ['younger', 'down'],
  ['faster', 'up'],
  ['slower', 'down'],
  ['heavier', 'up'],
  ['lighter', 'down'],
  ['wider', 'up'],
  ['narrower', 'down'],
  ['deeper', 'up'],
  ['shallower', 'down'],
]);
/** Comparatives of amount that make a number a gap even with no "than" after them: "£4.9m more", "12 fewer doctors", "£2m extra". */
const AMOUNT_COMPARATIVES: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ['more', 'up'],
  ['extra', 'up'],
  ['fewer', 'down'],
  ['less', 'down'],
]);
/** Words that, after "£4.9m more", show the comparative ends its phrase instead of qualifying a noun ("12 more expensive models"). */
const PHRASE_ENDS: ReadonlySet<string> = new Set('in on for this next last a an per each from to at by than over under since and but'.split(' '));
const SKIP_AFTER: ReadonlySet<string> = new Set('a an the - year on over from earlier annual'.split(' '));

/** Words after "of" that make a number part of a whole ("fell 5 points of its lead", "cut 300 of the jobs"), not an amount of a substance. */
const OF_WHOLE: ReadonlySet<string> = new Set('the a an its their his her our this that these those total value'.split(' '));

/** The role of a mention spanning tokens [first, next), and its direction: a change's, or the way a level was reached ("fell to 134"). */
export interface RoleInfo {
  readonly role: QuantityRole;
  readonly direction?: 'up' | 'down';
}

/** Verbs whose particle "up"/"down" is not a change ("making up 32.5 percent", "broken down"). */
const PARTICLE_HOSTS: ReadonlySet<string> = new Set(
  'make makes making made take takes taking took set sets setting add adds adding added end ends ending ended break breaks breaking broke broken turn turns turned shut sum sums summed'.split(' '),
);

/** True for a word that says a number is a change ("grew", "escalated", "decline"): it describes the number, not what it measures. */
export function isChangeWord(word: string): boolean {
  return UP.has(word) || DOWN.has(word) || UP_BY.has(word);
}

function cue(word: string): 'up' | 'down' | undefined {
  return UP.has(word) ? 'up' : DOWN.has(word) ? 'down' : undefined;
}

/** Words before "fall" that make it the season: "next fall", "this fall", "in fall 2026". */
const SEASON_BEFORE: ReadonlySet<string> = new Set('next last this that every each early late in'.split(' '));
/** Words after "fall" that make it the season: "the fall semester", "fall term". */
const SEASON_AFTER: ReadonlySet<string> = new Set('semester semesters term terms season quarter intake enrollment enrolment'.split(' '));

/** Words before a verb in its base form: "would fell", "to fell". */
const MODALS: ReadonlySet<string> = new Set('to will would could should must may might shall can cannot'.split(' '));

/** Verbs that "back" after them makes a fall: "pulled back 1.8 km", "scaled back", "pared back". */
const BACK_HOSTS: ReadonlySet<string> = new Set('pull pulls pulled pulling draw draws drew drawn scale scales scaled scaling pare pares pared cut cuts fell fallen eased'.split(' '));

/** The direction token `i` gives a number, if any; "fall" naming the season ("next fall", "fall semester") gives none. */
function cueAt(tokens: readonly QToken[], i: number): 'up' | 'down' | undefined {
  const w = tokens[i]?.lower ?? '';
  // "would fell 46 trees": after a modal or "to", "fell" is the verb to cut down, not the past of "fall".
  if (w === 'fell' && MODALS.has(tokens[i - 1]?.lower ?? '')) return undefined;
  if (w === 'fall' && (SEASON_BEFORE.has(tokens[i - 1]?.lower ?? '') || SEASON_AFTER.has(tokens[i + 1]?.lower ?? ''))) return undefined;
  if (w === 'back') return BACK_HOSTS.has(tokens[i - 1]?.lower ?? '') ? 'down' : undefined;
  return cue(w);
}

/**
 * The direction of the verb a "by N" phrase measures when the verb stands
 * earlier in its clause, across commas ("ridership declined last year, by
 * 5 percent"); it stops at another number, a clause's end or a word opening one.
 */
function byVerb(tokens: readonly QToken[], first: number): 'up' | 'down' | undefined {
  // "by an average of 3.1%", "by a further 2%": the words between "by" and its number say how it is measured.
  let by = first - 1;
  while (by > first - 1 - BY_FILLER_REACH && BY_FILLERS.has(tokens[by]?.lower ?? '')) by--;
  if (tokens[by]?.lower !== 'by') return undefined;
  for (let i = by - 1; i >= 0 && i >= by - BY_REACH; i--) {
    const t = tokens[i];
    if (t === undefined || t.kind === 'num' || /^[.;:!?]$/u.test(t.text) || CLAUSE_OPENERS.has(t.lower)) return undefined;
    const dir = cueAt(tokens, i) ?? (UP_BY.has(t.lower) ? 'up' : undefined);
    if (dir !== undefined && t.lower !== 'up' && t.lower !== 'down') return dir;
  }
  return undefined;
}

/** Prepositions after a change noun that name what changed: "growth in pay", "a rise of …". */
const CHANGED_MARKERS: ReadonlySet<string> = new Set(['in', 'of']);
/** Words that may stand before the change noun heading a subject: "the annual growth in …". */
const SUBJECT_MODIFIERS: ReadonlySet<string> = new Set('the a an this that its their our annual yearly monthly quarterly weekly overall average real nominal underlying headline'.split(' '));
/** How far back from its copula the head of the subject of "… was 5.1%" is looked for. */
const SUBJECT_REACH = 20;

/** True when the change noun at token `i` heads its sentence's or clause's subject: only modifiers stand between it and the start. */
function headsSubject(tokens: readonly QToken[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && SUBJECT_MODIFIERS.has(tokens[k]?.lower ?? '')) k--;
  return k < 0 || /^[.;:,(!?]$/u.test(tokens[k]?.text ?? '');
}

/**
 * The direction of a change noun that heads the subject of the copula right before the number: "Annual growth in
 * employees' average regular earnings (excluding bonuses) was 5.1%", "The rise in prices, excluding energy, was 2%".
 * The noun must name what changed ("growth in", "rise of") and open its sentence or clause; the search stops at a
 * sentence's end or a word opening another clause ("The rise meant that inflation was 5%").
 */
function subjectChange(tokens: readonly QToken[], first: number): 'up' | 'down' | undefined {
  const copula = tokens[first - 1]?.lower === 'at' ? first - 2 : first - 1;
  if (!COPULAS.has(tokens[copula]?.lower ?? '')) return undefined;
  for (let i = copula - 1; i >= 0 && i >= copula - SUBJECT_REACH; i--) {
    const t = tokens[i];
    if (t === undefined || /^[.;:!?]$/u.test(t.text) || CLAUSE_OPENERS.has(t.lower)) return undefined;
    if (CHANGED_MARKERS.has(tokens[i + 1]?.lower ?? '') && t.lower !== 'up' && t.lower !== 'down' && headsSubject(tokens, i)) {
      const dir = cueAt(tokens, i);
      if (dir !== undefined) return dir;
    }
  }
  return undefined;
}

/** Reads the role from the words around the mention at tokens [first, next), a quantity of `unitClass`. */
export function readRole(tokens: readonly QToken[], first: number, next: number, unitClass: UnitClass): RoleInfo {
  // A sign written on the number makes it a change: "+9%", "+12 stations", and a minus on a percentage ("−3.2%";
  // "-5 degrees" is a level below zero).
  const sign = tokens[first - 1];
  if (sign !== undefined && !sign.glued && tokens[first]?.glued === true) {
    if (sign.text === '+') return { role: 'change', direction: 'up' };
    if (MINUS_SIGNS.has(sign.text) && (unitClass === 'percent' || unitClass === 'percentagePoints')) return { role: 'change', direction: 'down' };
  }
  // A verb's object measured out "of" a substance is what it delivered, not a change: "the storm dropped 164 mm of rain".
  const delivered = unitClass !== 'percent' && unitClass !== 'percentagePoints' && tokens[next]?.lower === 'of' && /^\p{L}+$/u.test(tokens[next + 1]?.text ?? '') && !OF_WHOLE.has(tokens[next + 1]?.lower ?? '');
  for (let i = first - 1, seen = 0; i >= 0 && seen < 4 && !delivered; i--, seen++) {
    const w = tokens[i]?.lower ?? '';
    const dir = cueAt(tokens, i);
    // "a 5.2% increase on the 4.62 million" or "a rise from 40": the number after is the base the change is measured on.
    if (dir !== undefined && BASE_MARKERS.has(tokens[i + 1]?.lower ?? '')) break;
    if (dir !== undefined && !((w === 'up' || w === 'down') && PARTICLE_HOSTS.has(tokens[i - 1]?.lower ?? ''))) return { role: 'change', direction: dir };
    // One word after a copula is its complement ("growth was slim at 2.6 percent").
    if (!SKIP_BEFORE.has(w) && !COPULAS.has(tokens[i - 1]?.lower ?? '')) break;
  }
  const by = byVerb(tokens, first) ?? subjectChange(tokens, first);
  if (by !== undefined) return { role: 'change', direction: by };
  const gap = gapAfter(tokens, next);
  if (gap === 'either') return { role: 'change' };
  if (gap !== undefined) return { role: 'change', direction: gap };
  let yearOnYear = false;
  for (let i = next, seen = 0; i < tokens.length && seen < 5; i++, seen++) {
    const w = tokens[i]?.lower ?? '';
    const dir = cueAt(tokens, i);
    if (dir !== undefined && w !== 'up' && w !== 'down') return { role: 'change', direction: dir };
    // "year on year", "a year on the previous"; not "£104 a year on 1 April", a date after "on".
    if (CHANGE_AFTER.has(w) || (w === 'year' && /^(?:on|-|over)$/.test(tokens[i + 1]?.lower ?? '') && !(tokens[i + 1]?.lower === 'on' && tokens[i + 2]?.kind === 'num'))) yearOnYear = true;
    if (!SKIP_AFTER.has(w) && !CHANGE_AFTER.has(w)) break;
  }
  if (yearOnYear) return { role: 'change' };
  // A level reached by a rise or a fall ("fell to 134", "climbed to $5m") keeps the way it went.
  const reached = tokens[first - 1]?.lower === 'to' && !['up', 'down'].includes(tokens[first - 2]?.lower ?? '') ? cueAt(tokens, first - 2) : undefined;
  return reached !== undefined ? { role: 'level', direction: reached } : { role: 'level' };
}
