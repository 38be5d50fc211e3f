/**
 * Calendar dates and clock times as quantities: "June 26th", "26 June",
 * "1:34 PM", "10am", and elapsed times ("2:07:48", a duration). A day is compared as month × 100 + day (the year, if
 * given, stays a year of its own); a time as minutes past noon or midnight
 * alike, since writers often leave out am or pm (so "1:34" meets "1:34 PM").
 * "June 21st" for June 26th is then a wrong number like any other.
 */
import type { Quantity, Span } from '../model';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = String.raw`Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?`;
/** A month's name as written in running text or in a capitalised heading ("26 NOVEMBER 2026"); not a lower-case "may". */
const MONTH = String.raw`(${MONTH_NAME}|${MONTH_NAME.toUpperCase()})\.?`;
/** One word that is a month's name, whole ("June", "Sept", "NOVEMBER"). */
const MONTH_WORD = new RegExp(String.raw`^(?:${MONTH_NAME}|${MONTH_NAME.toUpperCase()})$`, 'u');

/** True when `word` is a month's name as {@link MONTH} reads it ("June", "Sept", "NOVEMBER"; not "may"). */
export function isMonthName(word: string): boolean {
  return MONTH_WORD.test(word);
}
/** A day of the month: a whole number, not the start or end of a decimal ("January to March 18.6 GWh"). */
const DAY = String.raw`(?<![\d.])(\d{1,2})(?:st|nd|rd|th)?(?![.,]\d)`;
/** "June 26th", "26 June", "the 26th of June". */
const DATE = new RegExp(String.raw`\b(?:${MONTH}\s+${DAY}\b|${DAY}(?:\s+of)?\s+${MONTH}\b)`, 'gu');
/** "1:34 PM", "8.15am", "13:05", "10am", "7 p.m." (not the decimals of another number: "2.5 pm" is no time). */
const TIME = /(?<![\d.:])\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])(?:\.\s?m\.|\s?m\b)|(?<![:\d])\b(\d{1,2}):(\d{2})\b(?!:\d)/giu;
/**
 * A day of the month joined to the day of a date after it: the "8" of "8 and 9 August", "7–8 August", "Saturday 16 and
 * Sunday 17 October".
 */
const JOINED_DAY = /(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|or|to|-|–|&)\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?$/iu;
/** How far before a date {@link JOINED_DAY} looks. */
const JOINED_WINDOW = 28;
/** An elapsed time in hours, minutes and seconds: a race's "2:07:48". */
const ELAPSED = /(?<![:\d.])\b(\d{1,2}):([0-5]\d):([0-5]\d)\b(?![:\d])/gu;
/** Seconds in a day: elapsed times are durations, counted in days. */
const DAY_SECONDS = 86400;
/** Minutes in half a day. */
const HALF_DAY = 720;

/** A date's value is its month times this, plus its day: "26 June" is 626. */
export const MONTH_FACTOR = 100;

/** A dated or timed mention with its span. */
function calendarQuantity(text: string, span: Span, value: number, unitClass: 'date' | 'time' | 'duration', precision = 0.5): Quantity {
  return {
    value,
    low: value - precision,
    high: value + precision,
    unitClass,
    unit: unitClass === 'duration' ? 'day' : unitClass,
    scale: 1,
    precision,
    hedge: 'exact',
    role: 'level',
    written: false,
    span,
    text: text.slice(span.start, span.end),
  };
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

/** The calendar dates, clock times and elapsed times of a text, in order. */
export function findCalendarQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(DATE)) {
    const month = monthNumber(m[1] ?? m[4] ?? '');
    const day = Number(m[2] ?? m[3]);
    if (month < 1 || day < 1 || day > 31) continue;
    // "8 and 9 August": the first day takes the month of the second, when the date starts with its day.
    const joined = m[3] === undefined ? null : JOINED_DAY.exec(text.slice(Math.max(0, m.index - JOINED_WINDOW), m.index));
    const first = Number(joined?.[1] ?? 0);
    if (joined !== null && first >= 1 && first < day) {
      const start = m.index - joined[0].length;
      out.push(calendarQuantity(text, { start, end: start + (joined[1] ?? '').length }, month * MONTH_FACTOR + first, 'date'));
    }
    out.push(calendarQuantity(text, { start: m.index, end: m.index + m[0].length }, month * MONTH_FACTOR + day, 'date'));
  }
  for (const m of text.matchAll(ELAPSED)) {
    const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    out.push(calendarQuantity(text, { start: m.index, end: m.index + m[0].length }, seconds / DAY_SECONDS, 'duration', 0.5 / DAY_SECONDS));
  }
  for (const m of text.matchAll(TIME)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (out.some((q) => q.span.start < span.end && span.start < q.span.end)) continue;
    const hour = Number(m[1] ?? m[4]);
    const minute = Number(m[2] ?? m[5] ?? 0);
    if (hour > 23 || minute > 59) continue;
    out.push(calendarQuantity(text, span, ((hour % 12) * 60 + minute) % HALF_DAY, 'time'));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
