/**
 * Number phrases as news copy writes them: currencies with scales and
 * conversions, percentages, hedged counts, compound adjectives, measures and
 * written-out numbers. Each function returns the phrase only; templates put it
 * in a sentence.
 */
import type { Rng } from './prng';

const SMALL_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty'];
const FRACTIONS = ['one-third', 'two-thirds', 'one-quarter', 'three-quarters', 'three-fifths', 'two-fifths', 'half'];
const HEDGES = ['nearly ', 'over ', 'about ', 'more than ', 'almost ', 'around ', ''];
const COUNT_NOUNS = [
  'companies', 'enterprises', 'projects', 'employees', 'patents', 'suppliers', 'research institutes', 'charging stations',
  'vehicles', 'startups', 'production lines', 'laboratories', 'industrial parks', 'exhibitors', 'students',
];
const MEASURES: readonly (readonly [string, string])[] = [
  ['kilometers', 'kilometer'], ['square kilometers', 'square-kilometer'], ['square meters', 'square-meter'],
  ['acres', 'acre'], ['hectares', 'hectare'], ['tonnes', 'tonne'], ['megawatts', 'megawatt'], ['TEUs', 'TEU'],
];

/** Formats with thousands separators and at most `decimals` decimals, e.g. 3000 → "3,000", 141.790 → "141.79". */
export function formatNumber(value: number, decimals: number): string {
  const [whole = '0', fraction = ''] = value.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed.length > 0 ? `${grouped}.${trimmed}` : grouped;
}

/** A value with a random magnitude and precision, e.g. 141.79, 65, 3.7. */
function scaledValue(rng: Rng, max: number): string {
  const decimals = rng.pick([0, 0, 1, 1, 2]);
  const value = rng.next() * max + 1;
  return formatNumber(Number(value.toFixed(decimals)), decimals);
}

/** A money amount, e.g. "141.79 billion yuan (US$19.9 billion)", "US$450 million", "2.4 billion euros". */
export function money(rng: Rng): string {
  const scale = rng.pick(['billion', 'billion', 'million', 'million', 'trillion']);
  const amount = scaledValue(rng, scale === 'trillion' ? 9 : 900);
  switch (rng.int(0, 5)) {
    case 0:
      return `${amount} ${scale} yuan (US$${scaledValue(rng, 120)} ${scale})`;
    case 1:
      return `US$${amount} ${scale}`;
    case 2:
      return `${amount} ${scale} euros`;
    case 3:
      return `HK$${amount} ${scale}`;
    default:
      return `${amount} ${scale} yuan`;
  }
}

/** A percentage, e.g. "1.5 percent", "12%". */
export function percent(rng: Rng): string {
  const value = scaledValue(rng, rng.chance(0.7) ? 15 : 60);
  return rng.chance(0.85) ? `${value} percent` : `${value}%`;
}

/** A change in percentage points, e.g. "0.8 percentage points". */
export function percentagePoints(rng: Rng): string {
  return `${formatNumber(Number((rng.next() * 5 + 0.1).toFixed(1)), 1)} percentage points`;
}

/** A share written in words, e.g. "three-fifths". */
export function fraction(rng: Rng): string {
  return rng.pick(FRACTIONS);
}

/** A hedged count with its noun, e.g. "nearly 800 companies", "seven laboratories". */
export function count(rng: Rng): string {
  const noun = rng.pick(COUNT_NOUNS);
  if (rng.chance(0.15)) return `${rng.pick(SMALL_WORDS)} ${noun}`;
  const value = rng.chance(0.5) ? rng.int(12, 990) : Math.round(rng.int(1000, 90000) / 10) * 10;
  return `${rng.pick(HEDGES)}${formatNumber(value, 0)} ${noun}`;
}

/** A measure, either as a noun phrase ("30 kilometers") or a compound adjective ("3,000-acre"). */
export function measure(rng: Rng): { readonly phrase: string; readonly adjective: string } {
  const [plural, singular] = rng.pick(MEASURES);
  const value = formatNumber(rng.chance(0.5) ? rng.int(2, 950) : rng.int(10, 900) * 100, 0);
  return { phrase: `${rng.pick(HEDGES)}${value} ${plural}`, adjective: `${value}-${singular}` };
}

/** A period phrase, e.g. "in the first half of 2025", "in 2024", "in the third quarter". */
export function period(rng: Rng): string {
  const year = rng.int(2016, 2025);
  switch (rng.int(0, 4)) {
    case 0:
      return `in the ${rng.pick(['first', 'second'])} half of ${year}`;
    case 1:
      return `in the ${rng.pick(['first', 'second', 'third', 'fourth'])} quarter of ${year}`;
    case 2:
      return `from January to ${rng.pick(['May', 'June', 'August', 'October'])} ${year}`;
    default:
      return `in ${year}`;
  }
}

/** A small number in words or digits, e.g. "seven" or "26". */
export function smallNumber(rng: Rng): string {
  return rng.chance(0.5) ? rng.pick(SMALL_WORDS) : String(rng.int(2, 60));
}
