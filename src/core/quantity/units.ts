/**
 * The unit lexicon: scale words, currencies (symbols, codes and names) and
 * measurement units, each mapped to a unit class, a canonical unit and the
 * factor that converts the written unit into the canonical one.
 */
import type { Quantity, UnitClass } from '../model';
import { lex, matchPhrase, type PhraseTable, phraseTable } from './lexer';

/** What a unit phrase means. */
export interface UnitInfo {
  readonly unitClass: UnitClass;
  /** Canonical unit: ISO code, '%', 'pp', 'km', 'm2', 'tonne', 'MW', 'm3', 'C', 'F', 'day', 'km/h', or a counted noun. */
  readonly unit: string;
  /** Multiply the written number by this to get canonical units. */
  readonly factor: number;
}

/** Scale words written after a number, as phrase → multiplier. */
export const SCALES: PhraseTable<number> = phraseTable([
  ['thousand', 1e3],
  ['million', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['billion', 1e9],
  ['bn', 1e9],
  ['bln', 1e9],
  ['trillion', 1e12],
  ['tn', 1e12],
  ['trn', 1e12],
]);

/** Scale letters that only count as scales when glued to the number ("65bn", "$3m", "10k"). */
export const GLUED_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['b', 1e9],
]);

/**
 * Currency markers written before the number. "$" alone is read as USD and
 * "¥" as CNY (the seeds and most English-language China coverage use it so).
 */
export const CURRENCY_PREFIXES: PhraseTable<string> = phraseTable([
  ['$', 'USD'],
  ['us $', 'USD'],
  ['hk $', 'HKD'],
  ['s $', 'SGD'],
  ['a $', 'AUD'],
  ['c $', 'CAD'],
  ['nt $', 'TWD'],
  ['¥', 'CNY'],
  ['rmb', 'CNY'],
  ['cny', 'CNY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['₹', 'INR'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
  ['hkd', 'HKD'],
  ['jpy', 'JPY'],
]);

const CURRENCY_WORDS: readonly (readonly [string, string])[] = [
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['rmb', 'CNY'],
  ['cny', 'CNY'],
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['us dollars', 'USD'],
  ['bucks', 'USD'],
  ['usd', 'USD'],
  ['hong kong dollars', 'HKD'],
  ['hk dollars', 'HKD'],
  ['hkd', 'HKD'],
  ['singapore dollars', 'SGD'],
  ['australian dollars', 'AUD'],
  ['canadian dollars', 'CAD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['eur', 'EUR'],
  ['pounds', 'GBP'],
  ['pounds sterling', 'GBP'],
  ['sterling', 'GBP'],
  ['quid', 'GBP'],
  ['gbp', 'GBP'],
  ['yen', 'JPY'],
  ['jpy', 'JPY'],
  ['won', 'KRW'],
  ['rupees', 'INR'],
];

/** Hundredths of a currency written after the number ("27.53p", "35 pence", "39 cents"), as phrase → currency code. */
const CURRENCY_HUNDREDTHS: readonly (readonly [string, string])[] = [
  ['p', 'GBP'],
  ['pence', 'GBP'],
  ['cents', 'USD'],
  ['cent', 'USD'],
];

const PHYSICAL: readonly (readonly [string, UnitInfo])[] = [
  ...['percent', 'per cent', 'per - cent', '%', 'pct'].map((p): [string, UnitInfo] => [p, { unitClass: 'percent', unit: '%', factor: 1 }]),
  ...['percentage points', 'percentage point', 'pp', 'ppt', 'pts', 'points'].map((p): [string, UnitInfo] => [
    p,
    { unitClass: 'percentagePoints', unit: 'pp', factor: 1 },
  ]),
  ...['basis points', 'basis point', 'bps', 'bp'].map((p): [string, UnitInfo] => [p, { unitClass: 'percentagePoints', unit: 'pp', factor: 0.01 }]),
  ...['km', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres'].map((p): [string, UnitInfo] => [
    p,
    { unitClass: 'length', unit: 'km', factor: 1 },
  ]),
  ...['m', 'meter', 'meters', 'metre', 'metres'].map((p): [string, UnitInfo] => [p, { unitClass: 'length', unit: 'km', factor: 1e-3 }]),
  ...['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'].map((p): [string, UnitInfo] => [p, { unitClass: 'length', unit: 'km', factor: 1e-5 }]),
  ...['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres'].map((p): [string, UnitInfo] => [p, { unitClass: 'length', unit: 'km', factor: 1e-6 }]),
  ...['ft', 'foot', 'feet'].map((p): [string, UnitInfo] => [p, { unitClass: 'length', unit: 'km', factor: 3.048e-4 }]),
  ...['inch', 'inches'].map((p): [string, UnitInfo] => [p, { unitClass: 'length', unit: 'km', factor: 2.54e-5 }]),
  ...['mile', 'miles'].map((p): [string, UnitInfo] => [p, { unitClass: 'length', unit: 'km', factor: 1.609344 }]),
  ...['acre', 'acres'].map((p): [string, UnitInfo] => [p, { unitClass: 'area', unit: 'm2', factor: 4046.8564224 }]),
  ...['hectare', 'hectares', 'ha'].map((p): [string, UnitInfo] => [p, { unitClass: 'area', unit: 'm2', factor: 1e4 }]),
  ...['mu'].map((p): [string, UnitInfo] => [p, { unitClass: 'area', unit: 'm2', factor: 2000 / 3 }]),
  ...['square kilometers', 'square kilometres', 'square kilometer', 'square kilometre', 'sq km', 'km2', 'km ²'].map((p): [string, UnitInfo] => [
    p,
    { unitClass: 'area', unit: 'm2', factor: 1e6 },
  ]),
  ...['square meters', 'square metres', 'square meter', 'square metre', 'sq m', 'sqm', 'm2', 'm ²'].map((p): [string, UnitInfo] => [
    p,
    { unitClass: 'area', unit: 'm2', factor: 1 },
  ]),
  ...['square miles', 'square mile', 'sq mi'].map((p): [string, UnitInfo] => [p, { unitClass: 'area', unit: 'm2', factor: 2589988.11 }]),
  ...['square feet', 'square foot', 'sq ft'].map((p): [string, UnitInfo] => [p, { unitClass: 'area', unit: 'm2', factor: 0.09290304 }]),
  ...['tonne', 'tonnes', 'ton', 'tons', 'metric tons', 'metric tonnes'].map((p): [string, UnitInfo] => [
    p,
    { unitClass: 'mass', unit: 'tonne', factor: 1 },
  ]),
  ...['kg', 'kilogram', 'kilograms', 'kilos'].map((p): [string, UnitInfo] => [p, { unitClass: 'mass', unit: 'tonne', factor: 1e-3 }]),
  ...['gram', 'grams', 'grammes'].map((p): [string, UnitInfo] => [p, { unitClass: 'mass', unit: 'tonne', factor: 1e-6 }]),
  ...['mg', 'milligram', 'milligrams'].map((p): [string, UnitInfo] => [p, { unitClass: 'mass', unit: 'tonne', factor: 1e-9 }]),
  ...['lb', 'lbs'].map((p): [string, UnitInfo] => [p, { unitClass: 'mass', unit: 'tonne', factor: 4.5359237e-4 }]),
  ...['mph', 'miles per hour', 'miles an hour'].map((p): [string, UnitInfo] => [p, { unitClass: 'speed', unit: 'km/h', factor: 1.609344 }]),
  ...['km / h', 'km/h', 'kmh', 'kph', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour'].map((p): [string, UnitInfo] => [
    p,
    { unitClass: 'speed', unit: 'km/h', factor: 1 },
  ]),
  ...['kw', 'kilowatt', 'kilowatts'].map((p): [string, UnitInfo] => [p, { unitClass: 'power', unit: 'MW', factor: 1e-3 }]),
  ...['mw', 'megawatt', 'megawatts'].map((p): [string, UnitInfo] => [p, { unitClass: 'power', unit: 'MW', factor: 1 }]),
  ...['gw', 'gigawatt', 'gigawatts'].map((p): [string, UnitInfo] => [p, { unitClass: 'power', unit: 'MW', factor: 1e3 }]),
  ...['kwh', 'kilowatt-hours', 'kilowatt hours'].map((p): [string, UnitInfo] => [p, { unitClass: 'power', unit: 'MWh', factor: 1e-3 }]),
  ...['mwh', 'megawatt-hours', 'megawatt hours'].map((p): [string, UnitInfo] => [p, { unitClass: 'power', unit: 'MWh', factor: 1 }]),
  ...['gwh', 'gigawatt-hours', 'gigawatt hours'].map((p): [string, UnitInfo] => [p, { unitClass: 'power', unit: 'MWh', factor: 1e3 }]),
  ...['twh', 'terawatt-hours', 'terawatt hours'].map((p): [string, UnitInfo] => [p, { unitClass: 'power', unit: 'MWh', factor: 1e6 }]),
  ...['cubic meters', 'cubic metres', 'm3', 'm ³'].map((p): [string, UnitInfo] => [p, { unitClass: 'volume', unit: 'm3', factor: 1 }]),
  ...['ml', 'milliliters', 'millilitres', 'milliliter', 'millilitre'].map((p): [string, UnitInfo] => [p, { unitClass: 'volume', unit: 'm3', factor: 1e-6 }]),
  ...['liters', 'litres', 'liter', 'litre'].map((p): [string, UnitInfo] => [p, { unitClass: 'volume', unit: 'm3', factor: 1e-3 }]),
  // A temperature, or a rise in it ("held to 1.5C", "2 degrees of warming"); Fahrenheit is its own unit.
  ...['degrees celsius', 'degree celsius', 'degrees centigrade', 'celsius', '°c', '° c', 'degrees', 'degree', 'c'].map((p): [string, UnitInfo] => [
    p,
    { unitClass: 'temperature', unit: 'C', factor: 1 },
  ]),
  ...['degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', '°f', '° f', 'f'].map((p): [string, UnitInfo] => [p, { unitClass: 'temperature', unit: 'F', factor: 1 }]),
  ...['years', 'year'].map((p): [string, UnitInfo] => [p, { unitClass: 'duration', unit: 'day', factor: 365.25 }]),
  ...['months', 'month'].map((p): [string, UnitInfo] => [p, { unitClass: 'duration', unit: 'day', factor: 30.4375 }]),
  ...['weeks', 'week'].map((p): [string, UnitInfo] => [p, { unitClass: 'duration', unit: 'day', factor: 7 }]),
  ...['days', 'day'].map((p): [string, UnitInfo] => [p, { unitClass: 'duration', unit: 'day', factor: 1 }]),
  ...['hours', 'hour'].map((p): [string, UnitInfo] => [p, { unitClass: 'duration', unit: 'day', factor: 1 / 24 }]),
  ...['minutes', 'minute'].map((p): [string, UnitInfo] => [p, { unitClass: 'duration', unit: 'day', factor: 1 / 1440 }]),
  ...['seconds', 'second'].map((p): [string, UnitInfo] => [p, { unitClass: 'duration', unit: 'day', factor: 1 / 86400 }]),
  ...['teu', 'teus', 'twenty - foot equivalent units', 'twenty - foot equivalent unit', 'twenty foot equivalent units'].map((p): [string, UnitInfo] => [p, { unitClass: 'count', unit: 'TEU', factor: 1 }]),
];

/** Units written after the number (and its scale), including currency names. */
export const UNITS: PhraseTable<UnitInfo> = phraseTable([
  ...CURRENCY_WORDS.map(([p, code]): [string, UnitInfo] => [p, { unitClass: 'currency', unit: code, factor: 1 }]),
  ...CURRENCY_HUNDREDTHS.map(([p, code]): [string, UnitInfo] => [p, { unitClass: 'currency', unit: code, factor: 0.01 }]),
  ...PHYSICAL,
]);

/** Units that are ambiguous with ordinary words and only count when glued to the number or hyphenated ("30m", "5-year"). */
export const GLUE_ONLY_UNITS: ReadonlySet<string> = new Set(['c', 'f', 'm', 'p', 'ha', 'mu', 'bp', 'pp', 'pts', 'points', 'won', 'day', 'week', 'month', 'hour', 'minute', 'second', 'year']);

/** Unit classes of physical measures, whose amounts may be written in several units of one kind ("37.5 hours", "four days"). */
const MEASURE_CLASSES: ReadonlySet<UnitClass> = new Set<UnitClass>(['duration', 'length', 'area', 'mass', 'volume', 'power', 'speed', 'temperature']);

/**
 * How many canonical units one written unit of a measure's mention holds ("37.5-hour" 1/24 of a day, "four days" 1), or
 * undefined for a mention that is no physical measure or names no unit.
 */
export function writtenUnitFactor(q: { readonly unitClass: UnitClass; readonly text: string }): number | undefined {
  if (!MEASURE_CLASSES.has(q.unitClass)) return undefined;
  const tokens = lex(q.text);
  for (let i = 0; i < tokens.length; i++) {
    const unit = matchPhrase(tokens, i, UNITS);
    if (unit !== undefined && unit.value.unitClass === q.unitClass) return unit.value.factor;
  }
  return undefined;
}

/** A number read in `unit`: so many of it, in the unit's class and canonical unit ("104" of days is 104 days). */
export function inUnit(q: Quantity, unit: UnitInfo): Quantity {
  const f = unit.factor;
  return { ...q, unitClass: unit.unitClass, unit: unit.unit, value: q.value * f, low: q.low * f, high: q.high * f, precision: q.precision * f };
}
