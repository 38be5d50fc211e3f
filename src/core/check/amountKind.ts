/**
 * What kind of amount a number is, beyond its unit: a forecast or a result,
 * and per what (per share, per month) or a total. Two amounts of different
 * kinds are different figures, however alike their words: a company's
 * guidance for next quarter ("expects $1.30 to $1.40") is no misstatement
 * of this quarter's result ($1.87), nor earnings per share of net income.
 *
 * - Forecast: a word of expectation (expect, anticipate, guidance, outlook,
 *   forecast, project…) before the number in its clause (no punctuation
 *   between), within {@link OUTLOOK_REACH} words.
 * - Per: "per share", "a share", "per diluted share", "/month", "per month",
 *   "a year" right after the number, "EPS" before it, or a "per …" phrase before it in its
 *   clause ("earnings per diluted share were $1.51"). A total over several periods ("over
 *   five years" after it, "the three-year programme … totals" before it) is per a span.
 * - Discounted (amounts of money only): a discount word ("discount", "discounted",
 *   "markdown", "rebate", or "off" right after a figure: "10% off list") before the
 *   number in its sentence part (no full stop or semicolon between), within
 *   {@link DISCOUNT_REACH} words. A list price and the price after a discount are two prices.
 * - Limit: a limit, objective or threshold word before the number in its clause ("The annual mean objective for
 *   NO₂ is 40") or closing the noun phrase it opens ("the 182-day custody time limit"). A measure held to a limit is
 *   no misstatement of the limit.
 */
import type { Quantity } from '../model';
import { STOPWORDS, type Token, tokenize } from '../text/tokens';
import { cardinalWord } from '../quantity/numberWords';
import { RATE_WORDS } from '../quantity/extract';
import { isSuperlativeWord } from '../quantity/core';
import { canonicalNoun } from './words';

// A plain future ("will rise from $2.75 to $2.90 on July 1"), a wish ("wants that share to reach 40 percent") or a target
// ("missed its last target, building only 1,350") is no forecast here: writers restate them in other words, and a word
// list that reads them as forecasts also reads results so.

/** What kind of amount a mention is (see the module header). */
export interface AmountKind {
  /** True for a forecast, guidance or target, false for a result. */
  readonly outlook: boolean;
  /** What the amount is per ("share", "month"), "span" for a total over several periods ("over five years"), or '' for a total. */
  readonly per: string;
  /** True for a price after a discount ("10% off list, so $80.10"), false for a list price or any other amount. */
  readonly discounted: boolean;
  /** True for a limit or standard a measure is held to ("The annual mean objective for NO₂ is 40", "a legal limit of 40"). */
  readonly standard: boolean;
  /** True for an earlier value a later one is compared with ("up from £389.4m", "compared with 71.2% a year earlier"). */
  readonly baseline: boolean;
  /** True for a value anything is compared with ("against 87.8%", "instead of £52", "than 5%"), earlier or not. */
  readonly compared: boolean;
  /** True for a day that closes a reporting period ("the year to 30 September", "as at 31 March"), not an event's day. */
  readonly periodEnd: boolean;
}

/** What comes right before a day that closes a reporting period: "the year to", "12 months ending", "as at". */
const PERIOD_END_BEFORE = /(?:\b(?:year|years|months|weeks|period|quarter|half|season)\s+(?:to|ending|ended|up\s+to)|\bas\s+(?:at|of))\s+$/iu;
/** How far before a day {@link PERIOD_END_BEFORE} is looked for. */
const PERIOD_END_REACH = 24;

/**
 * Words right before a number that compare it with another value ("against 5.3 tonnes", "compared with 71.2%"): with
 * groups as often as with times ("compared with 24.1% on placebo"), so they make it an earlier value only when a
 * period phrase after it dates it so ("against 5.3 tonnes in 2025").
 */
const COMPARED_BEFORE: ReadonlySet<string> = new Set(['against', 'versus', 'vs']);
/** Words right before a number that set it against another in any way ("than 5%", "instead of £52", "up 3.2% on 17,880"). */
const ANY_COMPARISON: ReadonlySet<string> = new Set([...COMPARED_BEFORE, 'from', 'than', 'on']);
/**
 * A phrase of `alternatives` within 40 characters after a number, in its clause, with no other number between and no
 * comparison word before it ("… a year earlier", not "… than a year earlier", nor "£18,640, double the £9,210 of two
 * years ago" for the £18,640).
 */
function afterNumber(alternatives: string): RegExp {
  // A bracket opened after the number holds another figure, which the phrase in it dates ("11 lives (the year before, 7)").
  return new RegExp(String.raw`^(?:(?!\b(?:than|on|over|against|versus|vs|with|from)\b)[^.;:!?\d(]){0,40}?\b(?:${alternatives})\b`, 'iu');
}

/**
 * Phrases right after a number that date it before the time written about ("9.9 nights a year earlier"); not one a
 * change is measured against ("3.9% higher than a year earlier", "up 5% on a year earlier", "17% from the same period
 * in the previous year").
 */
/** A time some way back from the one written about: "a year earlier", "two years ago", "three seasons before". */
const TIME_BACK = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:year|season|quarter|month|week)s?\s+(?:earlier|ago|before)`;
const BASELINE_AFTER = afterNumber(String.raw`${TIME_BACK}|the\s+(?:previous|prior)\s+(?:year|season|quarter|month|week)|of\s+the\s+(?:year|season)\s+before|previously`);
/**
 * "last year" right after a number: the period reported ("handled 4.86m TEU last year, a 5.2% increase on…"), unless a
 * comparison word before the number makes it the earlier value ("against $4m last year").
 */
const LAST_PERIOD_AFTER = afterNumber(String.raw`last\s+(?:year|quarter|month|summer|winter|spring|autumn|season)`);
/**
 * A sentence that opens on the time before the one written about, with no other number before this one: "A year
 * earlier it was 95.2%." gives the earlier value of the figure before it.
 */
const EARLIER_OPENER = new RegExp(String.raw`^\W*(?:${TIME_BACK}|(?:in\s+)?the\s+(?:previous|prior)\s+(?:year|season)|the\s+(?:year|season)\s+before)\b[^\d.;:!?]*$`, 'iu');
/** True when `q` is the year that dates a bracketed earlier value of `sentence`: "148,320 (136,910 in 2024-25)". */
export function bracketedEarlierYear(sentence: string, q: Quantity): boolean {
  return q.unitClass === 'year' && BRACKETED_YEAR_HEAD.test(sentence.slice(0, q.span.start)) && BRACKETED_YEAR_CLOSE.test(sentence.slice(q.span.end));
}

/** What opens a quotation or the text after a label: "CLIP (Priya Mendelow, 12 sec): "Three years ago …". */
const OPENING_MARKS = [':', '"', '“'];

/** `head`, the text before a number, from the last quotation or label it opens: where a sentence of its own starts. */
function openingOf(head: string): string {
  return head.slice(Math.max(...OPENING_MARKS.map((mark) => head.lastIndexOf(mark))) + 1);
}

/** A period phrase right after a compared number that dates it ("… in 2025", "… in the same quarter of 2025"). */
const DATED_AFTER = /^[^.;:!?,]{0,30}?\bin\s+(?:the\s+same\s+\w+\s+of\s+|the\s+\w+\s+(?:quarter|half)\s+of\s+)?(?:19|20)\d\d\b/iu;

/**
 * A figure, then an opening bracket, right before a number that the bracket holds alone ("Injuries: 27 (34)", "62%
 * (58%)"): the statistician's way of giving the same measure a period earlier.
 */
const BRACKET_AFTER_FIGURE = /\d%?\s*\(\s*$/u;
/**
 * {@link BRACKET_AFTER_FIGURE} with the figure's scale word or a few words of its noun before the bracket ("£4.92 million
 * (£4.51 million)", "38 fully electric vehicles (21)"); a share in brackets after a count is none ("512 fires (38%)").
 */
const BRACKET_AFTER_NAMED_FIGURE = /\d(?:\s*(?:million|billion|thousand|bn|m|k)\b)?(?:\s+[\p{Ll}-]+){0,3}\s*\(\s*$/u;
/** The bracket of {@link BRACKET_AFTER_FIGURE} closing right after its number (and a percent sign). */
const BRACKET_CLOSE = /^%?\s*\)/u;
/** A figure, a bracket and a number in it before the year that dates that number: "148,320 (136,910 in | 2024-25)". */
const BRACKETED_YEAR_HEAD = /\d%?\s*\(\s*[^()\d]{0,3}[\d.,]+%?\s+(?:in|for)\s+$/u;
/** What closes the bracket of {@link BRACKETED_YEAR_HEAD} after its year. */
const BRACKETED_YEAR_CLOSE = /^[^()]{0,4}\)/u;
/**
 * A figure, then a bracket that names the earlier time of the number it holds: "£968,000 (2024-25: £702,000)", "£3.40
 * (it was £3.15 until July)", "62% (last year 58%)", "saving 11 lives (the year before, 7)".
 */
const LABELLED_BRACKET_AFTER_FIGURE =
  /\d%?(?:\s+[\p{Ll}-]+){0,3}\s*\(\s*(?:(?:19|20)\d\d(?:[-–/]\d{2,4})?\s*:|(?:it\s+|they\s+)?(?:was|were)|previously|last\s+year[:,]?|(?:a|the)\s+year\s+(?:earlier|before)[:,]?)\s*$/iu;
/** The bracket of {@link LABELLED_BRACKET_AFTER_FIGURE} closing after its number and a few words ("until July"). */
const LABELLED_BRACKET_CLOSE = /^%?[^()\d]{0,30}\)/u;
/** A figure and a slash right before a number: the two are set side by side ("Pennock Junction: 10,240 / 10,410"). */
const FIGURE_PAIR_BEFORE = /\d%?\s*\/\s*$/u;
/**
 * What marks the number right after it as an earlier value: a past period's possessive ("last year's £52.10", "the
 * previous season's 96,700") or a bracketed "was" beside the current value ("£52 (was £48)").
 */
const EARLIER_BEFORE = /(?:\b(?:last|previous|prior)\s+(?:year|quarter|month|week|season|summer|winter|spring|autumn)['’]s|\(\s*(?:was|were|previously|formerly))\s*$/iu;

/** Verbs whose "from" says where something came from, not what a figure changed from ("They came from 1,106 people"). */
const ORIGIN_VERBS: ReadonlySet<string> = new Set('came come comes coming'.split(' '));

/**
 * Whether the number at tokens [at, …) is the earlier value of a comparison, and whether it is compared with anything
 * (see {@link AmountKind.baseline} and {@link AmountKind.compared}; an earlier value is always a compared one).
 */
function comparison(sentence: string, tokens: readonly Token[], at: number, q: Quantity): { baseline: boolean; compared: boolean } {
  // A rate's "every" stands between a comparison word and its number: "from every 10 minutes", "instead of every 10".
  const lead = RATE_WORDS.has(tokens[at - 1]?.norm ?? '') ? at - 1 : at;
  const before = tokens[lead - 1]?.norm ?? '';
  const after = sentence.slice(q.span.end);
  const head = sentence.slice(0, q.span.start);
  // "up from £389.4m", "fell to 134 from 139", "up 6.8% on the 788,700 recorded in 2025", "every 15 minutes instead of every 10".
  // "from 11:00 to 16:00", "from 14 July to 25 August": a clock time or a day after "from" starts a span, it is no earlier value.
  const spanStart = q.unitClass === 'time' || q.unitClass === 'date';
  const baseline =
    (before === 'from' && !spanStart && !ORIGIN_VERBS.has(tokens[lead - 2]?.norm ?? '')) ||
    (before === 'of' && tokens[lead - 2]?.norm === 'instead') ||
    BASELINE_AFTER.test(after) ||
    (LAST_PERIOD_AFTER.test(after) && comparesWith(tokens, lead, ANY_COMPARISON)) ||
    (comparesWith(tokens, lead, COMPARED_BEFORE) && DATED_AFTER.test(after)) ||
    baselineYear(tokens, at, q) ||
    comparedAgainst(tokens, lead) ||
    EARLIER_BEFORE.test(head) ||
    ((BRACKET_AFTER_FIGURE.test(head) || (q.unitClass !== 'percent' && BRACKET_AFTER_NAMED_FIGURE.test(head))) && BRACKET_CLOSE.test(after)) ||
    (LABELLED_BRACKET_AFTER_FIGURE.test(head) && LABELLED_BRACKET_CLOSE.test(after)) ||
    EARLIER_OPENER.test(openingOf(head)) ||
    bracketedEarlierYear(sentence, q);
  // "on 18 November" dates; it compares nothing.
  const dated = q.unitClass === 'date' && before === 'on';
  // A figure of "last year" is set against the time written about, though it may be the period reported ("the 23 days
  // lost last year" beside this year's 11).
  return { baseline, compared: baseline || FIGURE_PAIR_BEFORE.test(head) || LAST_PERIOD_AFTER.test(after) || (!dated && comparesWith(tokens, lead, ANY_COMPARISON)) };
}

/** Comparatives a figure is set against ("2% less than the 83,730 of 2024/25"). */
const COMPARATIVES: ReadonlySet<string> = new Set(['less', 'more', 'fewer', 'lower', 'higher', 'greater', 'bigger', 'smaller', 'larger']);
/** Comparatives that are no hedge before a bare number ("lower than 83,730"; "less than 50" is a bound). */
const PLAIN_COMPARATIVES: ReadonlySet<string> = new Set(['lower', 'higher', 'greater', 'bigger', 'smaller', 'larger']);

/**
 * True for the number a comparative sets another against: "2% less than the 83,730 tonnes of 2024/25", "7 more teams
 * than the 51", "lower than 83,730". "less than 50" with no article is a hedge's bound, not an earlier value.
 */
function comparedAgainst(tokens: readonly Token[], lead: number): boolean {
  const article = tokens[lead - 1]?.norm === 'the';
  const than = article ? lead - 2 : lead - 1;
  if (tokens[than]?.norm !== 'than') return false;
  const comparative = tokens[than - 1]?.norm ?? '';
  // With the article, the comparative may have its noun between it and "than" ("more teams than the 51").
  return article ? COMPARATIVES.has(comparative) || COMPARATIVES.has(tokens[than - 2]?.norm ?? '') : PLAIN_COMPARATIVES.has(comparative);
}

/** Words of a period phrase that may lead to its year ("the third quarter of", "the same period in"). */
const PERIOD_LEAD_WORDS: ReadonlySet<string> = new Set(
  'the same period quarter half year month fiscal fy of in first second third fourth q1 q2 q3 q4 h1 h2 full january february march april may june july august september october november december'.split(' '),
);
/** How many words of a period phrase may stand between a comparison word and its year. */
const PERIOD_LEAD_REACH = 6;

/**
 * True when the text between a value and a year is a period phrase leading to the year, after at most the value's
 * noun: "in the third quarter of ", " people in ".
 */
function datesPrevious(between: string): boolean {
  const m = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:in|for|during)\s+(.*)$/isu.exec(between);
  if (m === null) return false;
  const words = (m[1] ?? '').trim().toLowerCase().split(/\s+/u).filter((w) => w !== '');
  return words.length <= PERIOD_LEAD_REACH && words.every((w) => PERIOD_LEAD_WORDS.has(w));
}

/** Words right before a year that make it the period a value is compared with ("from 2019", "than 2019"); "since" does unless it dates a record (see {@link recordSince}). */
const YEAR_BASELINE_BEFORE: ReadonlySet<string> = new Set(['from', 'than']);

/** True for the year of a period a result is compared with: "decreased 22.4% from the third quarter of 2019", "compared with 2019", "since 2019". */
function baselineYear(tokens: readonly Token[], at: number, q: Quantity): boolean {
  if (q.unitClass !== 'year') return false;
  let i = at;
  while (i > 0 && at - i < PERIOD_LEAD_REACH && PERIOD_LEAD_WORDS.has(tokens[i - 1]?.norm ?? '')) i--;
  const before = tokens[i - 1]?.norm ?? '';
  return comparesWith(tokens, i, COMPARED_BEFORE) || YEAR_BASELINE_BEFORE.has(before) || (before === 'since' && !recordSince(tokens, i - 1));
}

/** How many words before "since" may hold the record it dates ("the most passages since", "our best year since"). */
const RECORD_REACH = 4;
/** Words of a record that "since" dates, besides superlatives: "the most since 2008", "the first rise since 2019". */
const RECORD_WORDS: ReadonlySet<string> = new Set(['most', 'least', 'first', 'fewest']);

/** True when "since" at `since` dates a record ("the best season since 2019"), not the start of a change. */
function recordSince(tokens: readonly Token[], since: number): boolean {
  for (let i = since - 1; i >= 0 && since - i <= RECORD_REACH; i--) {
    const word = tokens[i]?.norm ?? '';
    if (RECORD_WORDS.has(word) || isSuperlativeWord(word)) return true;
  }
  return false;
}

/** The index of the first token of `q` in `tokens` (its length when none). */
function firstTokenOf(tokens: readonly Token[], q: Quantity): number {
  const first = tokens.findIndex((t) => t.end > q.span.start);
  return first < 0 ? tokens.length : first;
}

/** True when the words right before token `at` set its number against another: one of `words`, "compared with", "on the", "instead of". */
function comparesWith(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
  const before = tokens[at - 1]?.norm ?? '';
  const twoBefore = tokens[at - 2]?.norm ?? '';
  return words.has(before) || (before === 'with' && twoBefore === 'compared') || (before === 'to' && twoBefore === 'compared') || (before === 'the' && twoBefore === 'on') || (before === 'of' && twoBefore === 'instead');
}

const OUTLOOK_WORDS: ReadonlySet<string> = new Set(
  (
    'expect expects expected expecting expectation expectations anticipate anticipates anticipated anticipating guidance guide guided guiding outlook ' +
    'forecast forecasts forecasted forecasting project projects projected projecting projection projections predict predicts predicted predicting ' +
    'envisage envisages envisaged foresee foresees foreseen'
  ).split(' '),
);
/** Words that may stand between "per"/"a" and what an amount is per ("per diluted share"). */
const PER_QUALIFIERS: ReadonlySet<string> = new Set(['diluted', 'basic', 'common', 'fully', 'ordinary']);
/** What "a"/"an" after a number may make it per: "$2 a share", "$5 a month". */
const PER_NOUNS: ReadonlySet<string> = new Set(['share', 'unit', 'person', 'head', 'second', 'minute', 'day', 'night', 'week', 'month', 'season', 'year', 'hour', 'user', 'seat', 'customer', 'capita', 'resident', 'passenger', 'visitor', 'student', 'household', 'ton', 'tonne', 'barrel', 'kilogram', 'pound']);
/** How many words before a number a word of expectation may stand. */
const OUTLOOK_REACH = 14;
/**
 * Conjunctions that open a clause of its own, so that a number after one is not what a word of expectation before it
 * expects ("raised its profit forecast after online orders pushed sales up 6.4% to £1.84bn").
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'because', 'since', 'while', 'whereas', 'although', 'though', 'but', 'when', 'once']);
/** What "after" or "before" qualifies in an accounting term, where it opens no clause ("profit before tax of £200m"). */
const ACCOUNTING_QUALIFIED: ReadonlySet<string> = new Set(['tax', 'taxes', 'taxation', 'interest', 'exceptional', 'exceptionals', 'items', 'costs', 'charges', 'depreciation', 'amortisation', 'amortization']);

/** True when token `i` opens a clause of its own (see {@link CLAUSE_OPENERS}). */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!CLAUSE_OPENERS.has(t.norm)) return false;
  return (t.norm !== 'after' && t.norm !== 'before') || !ACCOUNTING_QUALIFIED.has(tokens[i + 1]?.norm ?? '');
}
/** Words that make the amount after them a discounted price. */
const DISCOUNT_WORDS: ReadonlySet<string> = new Set(['discount', 'discounts', 'discounted', 'markdown', 'rebate', 'rebates']);
/** How many words before an amount a discount word may stand. */
const DISCOUNT_REACH = 12;
/** How many words before a number a "per …" phrase may stand. */
const PER_REACH = 8;

/** Words after "a year", "a month"… that make a time phrase, not a rate ("a year earlier", "a year-on-year rise"). */
const NOT_A_RATE: ReadonlySet<string> = new Set(['earlier', 'ago', 'before', 'later', 'after', 'over', 'previously', 'prior']);
/** Words after "a year on" that make it a comparison ("5% a year on the previous", "a year on year"), not a rate ("£14 a year on bills"). */
const COMPARED_ON: ReadonlySet<string> = new Set(['year', 'the', 'a', 'last', 'previous', 'prior', 'that']);

/** The noun after "per"/"a" at token i (skipping qualifiers), or ''. */
function perNoun(tokens: readonly Token[], i: number, article: boolean): string {
  let j = i + 1;
  while (PER_QUALIFIERS.has(tokens[j]?.norm ?? '')) j++;
  const noun = (tokens[j]?.norm ?? '').replace(/s$/u, '');
  if (!article) return canonicalPer(noun);
  const after = tokens[j + 1]?.norm ?? '';
  const compared = NOT_A_RATE.has(after) || (after === 'on' && COMPARED_ON.has(tokens[j + 2]?.norm ?? ''));
  return PER_NOUNS.has(noun) && !compared ? canonicalPer(noun) : '';
}

/** Words after "per"/"a" that count heads: "a head", "per capita" and "per resident" are one rate. */
const PER_PERSON: ReadonlySet<string> = new Set(['head', 'capita']);

/** What "a head" and "per capita" are per. */
const PER_HEAD = canonicalNoun('person');

/** What an amount is per, as one word for each rate ("person" for "a head", "per capita", "per resident"). */
function canonicalPer(noun: string): string {
  return noun === '' ? '' : PER_PERSON.has(noun) ? PER_HEAD : canonicalNoun(noun);
}

/** What an amount may be per that counts people: "a head" and "per capita" are the same rate as any of them. */
const PEOPLE_PER: ReadonlySet<string> = new Set(['visitor', 'passenger', 'customer', 'user', 'student', 'member', 'employee', 'patient', 'subscriber', 'attendee', 'guest', 'fan', 'tourist'].map(canonicalNoun));

/** True when two amounts are per the same thing: the same noun, or "a head" and a noun that counts people ("€1,285 a head", "€1,285 per visitor"). */
export function samePer(a: string, b: string): boolean {
  return a === b || (a === PER_HEAD && PEOPLE_PER.has(b)) || (b === PER_HEAD && PEOPLE_PER.has(a));
}

/** What an amount is "per" when it is a total over several years or months ("£186m over three years"). */
const SPAN = 'span';

/** Units of time an amount may be per. */
const TIME_PER: ReadonlySet<string> = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'quarter', 'season', 'year', SPAN]);

/** True when an amount is per a length of time ("a week", "a year", a total over several years). */
export function perTime(kind: AmountKind): boolean {
  return TIME_PER.has(kind.per);
}

/** True when a full stop, semicolon or colon stands in `sentence` between two offsets. */
function hardBreak(sentence: string, from: number, to: number): boolean {
  return /[;:.!?](?:\s|$)/u.test(sentence.slice(from, to));
}

/** True when any clause punctuation (a comma, a dash, a parenthesis too) stands in `sentence` between two offsets. */
function clauseBreak(sentence: string, from: number, to: number): boolean {
  return /[,;:!?()—–]|\.(?:\s|$)/u.test(sentence.slice(from, to));
}

/** How an amount's "per" reads after it: " per week", " in all" for a total over several periods, '' for none. */
export function perPhrase(per: string): string {
  return per === '' ? '' : per === SPAN ? ' in all' : ` per ${per}`;
}

/** The kind of each quantity of a sentence (in the order given). */
export function amountKinds(sentence: string, quantities: readonly Quantity[]): AmountKind[] {
  const tokens = tokenize(sentence);
  const kinds: AmountKind[] = [];
  quantities.forEach((q, qi) => {
    // The far end of a range ("$1.30 to $1.40 per share") is what its near end is.
    const previous = quantities[qi - 1];
    const earlier = kinds[qi - 1];
    if (previous !== undefined && earlier !== undefined && previous.unitClass === q.unitClass && RANGE_JOIN.test(sentence.slice(previous.span.end, q.span.start))) {
      // "From £2,080.56 to £2,184.38": the far end is the later value, whatever the near end is.
      kinds.push({ ...earlier, ...comparison(sentence, tokens, firstTokenOf(tokens, q), q) });
      return;
    }
    let kind = kindOf(sentence, tokens, q);
    // The year that dates a compared value is the comparison's too: "compared with $1.39 in the third quarter of 2019".
    if (q.unitClass === 'year' && previous !== undefined && earlier?.baseline === true && datesPrevious(sentence.slice(previous.span.end, q.span.start))) {
      kind = { ...kind, baseline: true, compared: true };
    }
    // "down from 4.1% in Q3 2026 and 5.2% in Q4 2025": an earlier value's dated list goes on with another earlier value.
    let like = qi - 1;
    while (like >= 0 && quantities[like]?.unitClass !== q.unitClass) like--;
    const likeQuantity = quantities[like];
    if (likeQuantity !== undefined && kinds[like]?.baseline === true && EARLIER_LIST_JOIN.test(sentence.slice(likeQuantity.span.end, q.span.start))) {
      kind = { ...kind, baseline: true, compared: true };
    }
    // "The season before it was 372 of 396": the whole an earlier part is taken from is of that time too.
    if (previous !== undefined && earlier?.baseline === true && PART_OF_JOIN.test(sentence.slice(previous.span.end, q.span.start))) {
      kind = { ...kind, baseline: true, compared: true };
    }
    // "We expect revenue of $425 million, gross margin of 47%, and EPS of $0.96": each item of a list a forecast verb
    // governs is a forecast.
    const joint = previous === undefined ? '' : sentence.slice(previous.span.end, q.span.start);
    const listed = earlier?.outlook === true && (LIST_ITEM_JOIN.test(joint) || (APPOSITION_JOIN.test(joint) && !kind.compared));
    kinds.push(listed ? { ...kind, outlook: true } : kind);
  });
  // A "per" said after the far end ("$1.30 to $1.40 a share") is the near end's too.
  return kinds.map((k, i) => {
    const next = kinds[i + 1];
    const q = quantities[i];
    const after = quantities[i + 1];
    return k.per === '' && next !== undefined && q !== undefined && after !== undefined && after.unitClass === q.unitClass && RANGE_JOIN.test(sentence.slice(q.span.end, after.span.start)) ? { ...k, per: next.per } : k;
  });
}

/** What joins a part to the whole it is taken from: "372 of 396", "14 of their 16". */
const PART_OF_JOIN = /^\s+of\s+(?:(?:the|its|their|our)\s+)?$/iu;

/**
 * What joins one earlier value, dated by a period with a number, to the next: " in Q3 2026 and " (not " a year earlier
 * and ", which may go on to another measure: "and 48.3% nationally").
 */
const EARLIER_LIST_JOIN = /^\s+(?:in|for)\s+[^,;:.()]{0,25}?\d[^,;:.()]{0,10}?\s+and\s+$/iu;
/** What joins the two ends of a range: "to", "and", a dash. */
const RANGE_JOIN = /^\s*(?:to|and|-|–|—)\s*$/u;
/**
 * What joins one item of a list of amounts to the next without a verb of its own: ", gross margin of ", ", and
 * adjusted earnings per share of " (not ", while revenue was ", nor ", compared with a forecast of ").
 */
const LIST_ITEM_JOIN = /^\s*,\s*(?:and\s+|or\s+)?(?!(?:while|but|although|though|whereas|compared|versus|against|after|before|since|when|from|up|down)\b)(?:[\p{L}-]+\s+){1,6}of\s+$/iu;

/**
 * What joins an amount to another that restates it, in apposition, perhaps after an aside: ", up 17%", ", or 12%",
 * ", at the midpoint of the range, a year-over-year increase of 17%". A restated forecast is a forecast too.
 */
const APPOSITION_JOIN = /^\s*,\s*(?:[^,;:.()]{1,50},\s*)?(?:(?:a|an)\s+(?:[\p{L}-]+\s+){0,4}(?:of\s+)?|(?:up|down)\s+(?:by\s+)?|or\s+)$/iu;

/** Words before a number, in its clause, that make it a limit a measure is held to, not a measure ("standard" is left out: "our standard loan rate is 1%"). */
const STANDARD_WORDS: ReadonlySet<string> = new Set(['limit', 'limits', 'objective', 'objectives', 'threshold', 'thresholds']);
/** A word that reads as a verb's participle ("extended", "rising"). */
const PARTICIPLE = /^\p{L}{3,}(?:ed|ing)$/u;
/** How many words before a number a {@link STANDARD_WORDS} word may stand ("objective for NO₂ is 40"). */
const STANDARD_REACH = 5;

/**
 * True when a word of {@link STANDARD_WORDS} stands within {@link STANDARD_REACH} words before token `at` in its clause
 * ("a legal limit of 40"), or closes the noun phrase the number opens ("the 182-day custody time limit"; not "46.2,
 * above the limit": a function word or a comma ends the phrase).
 */
function heldTo(sentence: string, tokens: readonly Token[], at: number, next: number, q: Quantity): boolean {
  for (let i = at - 1; i >= 0 && i >= at - STANDARD_REACH; i--) {
    const t = tokens[i] as Token;
    // A verb of its own between makes the number another amount ("the limit was extended 214 times").
    if (clauseBreak(sentence, t.end, q.span.start) || PARTICIPLE.test(t.norm)) break;
    if (STANDARD_WORDS.has(t.norm)) return true;
  }
  for (let i = next; i < tokens.length && i < next + STANDARD_REACH; i++) {
    const t = tokens[i] as Token;
    if (clauseBreak(sentence, q.span.end, t.start) || STOPWORDS.has(t.norm)) return false;
    if (STANDARD_WORDS.has(t.norm)) return true;
  }
  return false;
}

/** The kind of one quantity from the words around it. */
function kindOf(sentence: string, tokens: readonly Token[], q: Quantity): AmountKind {
  const at = firstTokenOf(tokens, q);
  let next = at;
  while (next < tokens.length && (tokens[next]?.start ?? 0) < q.span.end) next++;
  let outlook = false;
  for (let i = at - 1; i >= 0 && i >= at - OUTLOOK_REACH; i--) {
    const t = tokens[i] as Token;
    if (clauseBreak(sentence, t.end, q.span.start) || opensClause(tokens, i)) break;
    if (OUTLOOK_WORDS.has(t.norm)) {
      outlook = true;
      break;
    }
  }
  const slash = /^\s*\/\s*(\p{L}+)/u.exec(sentence.slice(q.span.end));
  let per = slash?.[1] !== undefined ? slash[1].toLowerCase().replace(/s$/u, '') : '';
  const after = tokens[next];
  if (per === '' && after !== undefined && (after.norm === 'per' || after.norm === 'a' || after.norm === 'an') && !hardBreak(sentence, q.span.end, after.start)) per = perNoun(tokens, next, after.norm !== 'per');
  for (let i = at - 1; per === '' && i >= 0 && i >= at - PER_REACH; i--) {
    const t = tokens[i] as Token;
    if (clauseBreak(sentence, t.end, (tokens[i + 1] ?? { start: q.span.start }).start)) break;
    if (t.norm === 'eps') per = 'share';
    else if (t.norm === 'per') per = perNoun(tokens, i, false);
  }
  if (per === '' && spansSeveralPeriods(sentence, tokens, at, next, q)) per = SPAN;
  const periodEnd = q.unitClass === 'date' && PERIOD_END_BEFORE.test(sentence.slice(Math.max(0, q.span.start - PERIOD_END_REACH), q.span.start));
  return { outlook, per, discounted: q.unitClass === 'currency' && discounted(sentence, tokens, at, q), standard: heldTo(sentence, tokens, at, next, q), periodEnd, ...comparison(sentence, tokens, at, q) };
}

/** Lengths of time a total may be spread over. */
const SPAN_UNITS: ReadonlySet<string> = new Set(['year', 'years', 'month', 'months', 'decade', 'decades', 'quarter', 'quarters']);
/** Words that may stand between "over" and the number of periods ("over the next five years"). */
const SPAN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'a', 'next', 'past', 'last', 'coming', 'first', 'following']);
/** How many words before an amount a "three-year" may stand and make it a total over three years. */
const SPAN_REACH = 12;

/** The count a token states, in digits or words ("5", "five"), or undefined. */
function countOf(token: Token | undefined): number | undefined {
  if (token === undefined) return undefined;
  return /^\d+$/u.test(token.norm) ? Number(token.norm) : cardinalWord(token.norm);
}

/**
 * True when the amount at tokens [at, next) is a total over several periods: "over five years" after it in its
 * sentence part, before another number ("€4.6 million from a European grant, over five years"), or a "three-year"
 * before it ("The three-year capital programme totals £186 million").
 */
function spansSeveralPeriods(sentence: string, tokens: readonly Token[], at: number, next: number, q: Quantity): boolean {
  for (let i = next; i < tokens.length && i < next + SPAN_REACH; i++) {
    const t = tokens[i] as Token;
    if (hardBreak(sentence, q.span.end, t.start) || /^\d/u.test(t.norm) && i > next && tokens[i - 1]?.norm !== 'over') break;
    if (t.norm !== 'over' && t.norm !== 'across') continue;
    let k = i + 1;
    while (SPAN_DETERMINERS.has(tokens[k]?.norm ?? '')) k++;
    if ((countOf(tokens[k]) ?? 0) > 1 && SPAN_UNITS.has(tokens[k + 1]?.norm ?? '')) return true;
  }
  for (let i = at - 2; i >= 0 && i >= at - SPAN_REACH; i--) {
    const t = tokens[i] as Token;
    if (hardBreak(sentence, t.end, q.span.start)) break;
    const unit = tokens[i + 1];
    if (unit !== undefined && SPAN_UNITS.has(unit.norm) && sentence.slice(t.end, unit.start) === '-' && (countOf(t) ?? 0) > 1) return true;
  }
  return false;
}

/** True when a discount word stands before the amount starting at token `at`, in its sentence part (see the module header). */
function discounted(sentence: string, tokens: readonly Token[], at: number, q: Quantity): boolean {
  for (let i = at - 1; i >= 0 && i >= at - DISCOUNT_REACH; i--) {
    const t = tokens[i] as Token;
    // A colon may introduce the discounted figures ("a 22% discount: $69.42"); a full stop or semicolon ends the part.
    if (/[;.!?](?:\s|$)/u.test(sentence.slice(t.end, q.span.start))) return false;
    // "off" is a discount only right after a figure ("10% off", "$5 off"), not in "paid off" or "laid off".
    if (DISCOUNT_WORDS.has(t.norm) || (t.norm === 'off' && /[\d%]\s*$/u.test(sentence.slice(0, t.start)))) return true;
  }
  return false;
}
