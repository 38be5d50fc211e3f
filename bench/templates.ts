/**
 * Sentence templates for the benchmark corpus: fact sentences (numbers and
 * named entities), direct quotes in the three attribution styles news copy
 * uses, and plain connective sentences with neither.
 */
import { count, fraction, measure, money, percent, percentagePoints, period, smallNumber } from './numbers';
import type { Rng } from './prng';

/** A person who can be quoted in an article. */
export interface Speaker {
  readonly name: string;
  readonly title: string;
}

/** The recurring names of one article. */
export interface Cast {
  readonly cities: readonly string[];
  readonly companies: readonly string[];
  readonly organisations: readonly string[];
  readonly speakers: readonly Speaker[];
  readonly sector: string;
}

/** A generated sentence and what it is. */
export interface GeneratedSentence {
  readonly text: string;
  /** `fact`: carries numbers or entities; `quote`: direct speech; `plain`: neither. */
  readonly kind: 'fact' | 'quote' | 'plain';
  /** For quotes: the full name of the person quoted. */
  readonly speaker?: string;
}

/** Industries an article can be about. */
export const SECTORS = [
  'automotive', 'semiconductor', 'biomedicine', 'new energy vehicle', 'logistics', 'textile', 'robotics', 'aviation',
  'photovoltaic', 'shipbuilding', 'artificial intelligence', 'integrated circuit', 'steel', 'petrochemical', 'tourism',
];
const METRICS = ['output', 'revenue', 'exports', 'fixed-asset investment', 'sales', 'net profit', 'R&D spending', 'retail sales', 'foreign trade', 'industrial added value'];
const FACILITIES = ['industrial park', 'test track', 'innovation center', 'logistics hub', 'production base', 'research campus', 'free trade zone', 'data center'];
const FOCUS = ['vehicle R&D and manufacturing', 'key components', 'electronics', 'high-end equipment', 'new materials', 'digital services', 'green energy'];
const MONTHS = ['January', 'March', 'April', 'June', 'July', 'September', 'October', 'December'];
const SOURCES_OF_DATA = ['the Jiefang Daily', 'the People\'s Daily', 'Xinhua', 'the Economic Information Daily', 'the China Securities Journal'];

const QUOTE_OPENINGS = [
  'We continue to focus on', 'Our core competitiveness lies in', 'This represents a perfect integration of', 'We hope that the government can support',
  'The key for us is', 'What matters most now is', 'We are investing heavily in', 'Our next step is to expand', 'The region has become a magnet for',
  'Customers increasingly ask for', 'We see enormous potential in', 'Nobody can afford to ignore',
];
const QUOTE_ADJECTIVES = ['next-generation', 'high-end', 'cross-regional', 'low-carbon', 'intelligent', 'collaborative', 'trustworthy', 'full-scenario', 'modular', 'resilient'];
const QUOTE_NOUNS = [
  'power batteries', 'supply chains', 'data circulation', 'testing platforms', 'manufacturing capacity', 'talent pipelines', 'chip packaging',
  'charging networks', 'industrial clusters', 'port logistics', 'simulation systems', 'research partnerships', 'export markets',
];
const QUOTE_CODAS = [
  'and that will make the whole region more competitive', 'because our customers need faster delivery', 'so that small suppliers can grow with us',
  'which is why we moved our laboratory here', 'and the results are already visible', 'even when demand slows down',
];
const PLAIN = [
  'In the field of new energy, this collaborative innovation is particularly impressive.',
  'At the same time, the cross-regional model helps upgrade overall industrial capacity.',
  'Industry insiders say the momentum is likely to continue.',
  'The pilot production line is a key platform for pushing laboratory technology into industrial applications.',
  'Such cooperation has shortened delivery times for parts suppliers.',
  'Local officials describe the approach as a model for other regions.',
  'The integration has also brought new challenges, from land use to talent shortages.',
  'Analysts expect the trend to accelerate over the coming years.',
];

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a" or "an" before a word. */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function verbOfChange(rng: Rng): [string, string] {
  return rng.chance(0.75) ? ['an increase', 'up'] : ['a decrease', 'down'];
}

/** One fact sentence built from the article's cast. */
export function factSentence(rng: Rng, cast: Cast): GeneratedSentence {
  const city = rng.pick(cast.cities);
  const company = rng.pick(cast.companies);
  const org = rng.pick(cast.organisations);
  const metric = rng.pick(METRICS);
  const [change, upDown] = verbOfChange(rng);
  const sector = cast.sector;
  let text: string;
  switch (rng.int(0, 12)) {
    case 0:
      text = `${sentenceCase(period(rng))}, ${city}, focusing on ${rng.pick(FOCUS)}, achieved ${sector} ${metric} of ${money(rng)}, a year-on-year ${change.slice(change.indexOf(' ') + 1)} of ${percent(rng)}.`;
      break;
    case 1:
      text = `${company} reported ${metric} of ${money(rng)} ${period(rng)}, ${upDown} ${percent(rng)} year on year.`;
      break;
    case 2:
      text = `${city} has gathered ${count(rng)}, and its ${sector} ${metric} stood at ${money(rng)} ${period(rng)}.`;
      break;
    case 3: {
      const m = measure(rng);
      text = `The ${m.adjective} ${rng.pick(FACILITIES)} in ${city} is home to ${count(rng)}.`;
      break;
    }
    case 4:
      text = `${city} accounted for ${percent(rng)} of the national total in ${sector} ${metric}, according to ${rng.pick(SOURCES_OF_DATA)}.`;
      break;
    case 5:
      text = `${company}'s ${rng.pick(FACILITIES)} in ${city}, launched in ${rng.pick(MONTHS)} ${rng.int(2015, 2025)}, covers ${measure(rng).phrase}.`;
      break;
    case 6:
      text = `According to ${org}, ${metric} in ${city} ${upDown === 'up' ? 'rose' : 'fell'} ${percent(rng)} to ${money(rng)} ${period(rng)}.`;
      break;
    case 7:
      text = `The ${sector} industry of ${city} represents approximately ${fraction(rng)} of the provincial total.`;
      break;
    case 8:
      text = `${city} had established ${smallNumber(rng)} national-level ${sector} clusters, making up ${percent(rng)} of the national total.`;
      break;
    case 9:
      text = `The share of ${sector} in ${city}'s industrial output ${upDown === 'up' ? 'rose' : 'fell'} ${percentagePoints(rng)} to ${percent(rng)} ${period(rng)}.`;
      break;
    case 10:
      text = `${company} signed an agreement with ${rng.pick(cast.companies.filter((c) => c !== company).concat(org))} to build ${article(sector)} ${sector} ${rng.pick(FACILITIES)} in ${city}.`;
      break;
    case 11:
      text = `${sentenceCase(period(rng))}, ${city} attracted ${count(rng)} with total investment of ${money(rng)}.`;
      break;
    default:
      text = `${company}, which employs ${count(rng).replace(/ [a-z ]+$/, '')} people in ${city}, plans to invest ${money(rng)} in ${rng.pick(QUOTE_NOUNS)}.`;
  }
  return { text, kind: 'fact' };
}

/** Quoted words without the closing punctuation, sometimes with a number in them. */
function quoteBody(rng: Rng, cast: Cast): string {
  const first = `${rng.pick(QUOTE_OPENINGS)} ${rng.pick(QUOTE_ADJECTIVES)} ${rng.pick(QUOTE_NOUNS)}`;
  const second = rng.chance(0.35)
    ? `. This year our ${cast.sector} ${rng.pick(METRICS)} grew by ${percent(rng)}, ${rng.pick(QUOTE_CODAS)}`
    : ` ${rng.pick(QUOTE_CODAS)}`;
  return first + second;
}

/**
 * A direct quote in one of three styles: `"…," said Name, title.`,
 * `Name, title, said: "…"`, or `"…," Surname noted.` (the last only for a
 * speaker the article has already introduced).
 */
export function quoteSentence(rng: Rng, cast: Cast, introduced: ReadonlySet<string>): GeneratedSentence {
  const speaker = rng.pick(cast.speakers);
  const body = quoteBody(rng, cast);
  const style = introduced.has(speaker.name) ? rng.int(0, 2) : rng.int(0, 1);
  let text: string;
  if (style === 0) text = `"${body}," said ${speaker.name}, ${speaker.title}.`;
  else if (style === 1) text = `${speaker.name}, ${speaker.title}, said: "${body}."`;
  else text = `"${body}," ${speaker.name.split(' ')[0] ?? speaker.name} ${rng.pick(['noted', 'added', 'explained'])}.`;
  return { text, kind: 'quote', speaker: speaker.name };
}

/** A connective sentence with no numbers and no names. */
export function plainSentence(rng: Rng): GeneratedSentence {
  return { text: rng.pick(PLAIN), kind: 'plain' };
}

/** A short section heading such as "Collaborative development". */
export function heading(rng: Rng): string {
  const word = rng.pick(QUOTE_ADJECTIVES);
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${rng.pick(['development', 'growth', 'push', 'partnerships', 'outlook'])}`;
}

/** A headline naming a city and the sector. */
export function headline(rng: Rng, cast: Cast): string {
  const city = rng.pick(cast.cities);
  const verb = rng.pick(['Strengthens', 'Expands', 'Plays Pivotal Role in', 'Bets on', 'Doubles Down on']);
  const sector = cast.sector.replace(/\b\w/g, (c) => c.toUpperCase());
  return `${city} ${verb} ${sector} ${rng.pick(['Growth', 'Cluster', 'Integration', 'Exports'])}`;
}
