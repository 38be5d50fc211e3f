/**
 * Deterministic generator of news-like source articles for the benchmark.
 * Each article has a title, a byline, a date line and 8–25 paragraphs of fact
 * sentences, direct quotes and a few plain sentences. The corpus stays in
 * memory; nothing is written to disk.
 */
import type { SourceInput } from '../src/core/model';
import { cityName, companyName, organisationName, personName, speakerTitle } from './names';
import { Rng } from './prng';
import { factSentence, headline, heading, plainSentence, quoteSentence, SECTORS, type Cast, type GeneratedSentence } from './templates';

/** One sentence of the corpus with the file it sits in. */
export interface CorpusSentence extends GeneratedSentence {
  readonly path: string;
}

/** An article before rendering: its paragraphs of sentences (a heading is a paragraph of its own). */
export interface Article {
  readonly path: string;
  readonly title: string;
  readonly byline: string;
  readonly date: string;
  readonly paragraphs: readonly (readonly CorpusSentence[] | string)[];
  /** Blank line between paragraphs, or a single line break (both occur in real sources). */
  readonly paragraphBreak: '\n\n' | '\n';
}

/** A generated corpus: the articles, their rendered files, and every fact or quote sentence in order. */
export interface Corpus {
  readonly articles: readonly Article[];
  readonly inputs: readonly SourceInput[];
  /** Fact and quote sentences (the ones a source index should hold), in file order. */
  readonly facts: readonly CorpusSentence[];
}

/** Options for {@link generateCorpus}. */
export interface CorpusOptions {
  /** Target number of fact and quote sentences; the result overshoots by at most one article. */
  readonly facts: number;
  readonly seed?: number;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Deterministic sub-seed for the `i`-th item of a named pool. */
function poolRng(seed: number, pool: number, i: number): Rng {
  return new Rng(Math.imul(seed + 1, 2654435761) ^ Math.imul(pool + 1, 40503) ^ Math.imul(i + 1, 97531));
}

/** Picks names for one article from corpus-wide pools, so that entities recur across articles as on a beat. */
function castFor(rng: Rng, seed: number, poolSize: number): Cast {
  const cities = Array.from({ length: rng.int(2, 4) }, () => cityName(poolRng(seed, 1, rng.int(0, poolSize - 1))));
  const companies = Array.from({ length: rng.int(2, 4) }, () => {
    const i = rng.int(0, poolSize * 3 - 1);
    return companyName(poolRng(seed, 2, i), cityName(poolRng(seed, 1, i % poolSize)));
  });
  const organisations = cities.map((city) => organisationName(rng, city));
  const employers = [...companies, ...organisations];
  const speakers = Array.from({ length: rng.int(2, 4) }, () => ({ name: personName(rng), title: speakerTitle(rng, rng.pick(employers)) }));
  return { cities, companies, organisations, speakers, sector: rng.pick(SECTORS) };
}

/** One paragraph: a quote (sometimes followed by a fact) or one to four facts with the odd plain sentence. */
function paragraph(rng: Rng, cast: Cast, introduced: Set<string>): GeneratedSentence[] {
  if (rng.chance(0.25)) {
    const quote = quoteSentence(rng, cast, introduced);
    if (quote.speaker !== undefined) introduced.add(quote.speaker);
    return rng.chance(0.4) ? [quote, factSentence(rng, cast)] : [quote];
  }
  const sentences = Array.from({ length: rng.int(1, 4) }, () => (rng.chance(0.12) ? plainSentence(rng) : factSentence(rng, cast)));
  return sentences.filter((s, i) => sentences.findIndex((t) => t.text === s.text) === i);
}

function dateLine(rng: Rng): string {
  const month = rng.pick(MONTH_NAMES);
  const day = rng.int(1, 28);
  const year = rng.int(2018, 2025);
  return rng.chance(0.5)
    ? `${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}, ${month} ${String(day).padStart(2, '0')}, ${year}`
    : `${month} ${day}, ${year}`;
}

/** Generates the `i`-th article; articles are independent, so a smaller corpus is a prefix of a larger one. */
function article(seed: number, i: number, poolSize: number): Article {
  const rng = poolRng(seed, 0, i);
  const cast = castFor(rng, seed, poolSize);
  const introduced = new Set<string>();
  const title = headline(rng, cast);
  const path = `sources/${rng.int(2018, 2025)}/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i}.txt`;
  const paragraphs: (CorpusSentence[] | string)[] = [];
  const count = rng.int(8, 25);
  for (let p = 0; p < count; p++) {
    if (p > 2 && rng.chance(0.08)) paragraphs.push(heading(rng));
    paragraphs.push(paragraph(rng, cast, introduced).map((s) => ({ ...s, path })));
  }
  return { path, title, byline: `By ${personName(rng)}`, date: dateLine(rng), paragraphs, paragraphBreak: rng.chance(0.7) ? '\n\n' : '\n' };
}

/** Renders an article as the text file a writer would keep: title, byline and date, then paragraphs. */
export function renderArticle(a: Article): SourceInput {
  const body = a.paragraphs.map((p) => (typeof p === 'string' ? p : p.map((s) => s.text).join(' ')));
  const text = [a.title, `${a.byline}       ${a.date}`, ...body].join(a.paragraphBreak) + '\n';
  return { path: a.path, text };
}

/** The fact and quote sentences of an article, in order. */
export function articleFacts(a: Article): CorpusSentence[] {
  return a.paragraphs.flatMap((p) => (typeof p === 'string' ? [] : p.filter((s) => s.kind !== 'plain')));
}

/** Generates articles until the corpus holds at least `facts` fact and quote sentences. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const seed = options.seed ?? 20250609;
  // About 33 facts per article; pools grow with the corpus so that names stay varied.
  const poolSize = Math.max(40, Math.ceil(options.facts / 60));
  const articles: Article[] = [];
  const facts: CorpusSentence[] = [];
  while (facts.length < options.facts) {
    const a = article(seed, articles.length, poolSize);
    articles.push(a);
    for (const s of articleFacts(a)) facts.push(s);
  }
  return { articles, inputs: articles.map(renderArticle), facts };
}

/**
 * A revised version of an article, as when a writer's source is updated: one
 * number changes and one fact sentence is appended to the last paragraph.
 */
export function reviseArticle(a: Article, seed: number): Article {
  const rng = new Rng(seed);
  let changed = false;
  const paragraphs = a.paragraphs.map((p) => {
    if (typeof p === 'string' || changed) return p;
    return p.map((s) => {
      if (changed || !/\d/.test(s.text)) return s;
      changed = true;
      return { ...s, text: s.text.replace(/\d+/, (d) => String(Number(d) + 1)) };
    });
  });
  let last = paragraphs.length - 1;
  while (last > 0 && typeof paragraphs[last] === 'string') last--;
  const lastParagraph = paragraphs[last];
  if (typeof lastParagraph !== 'string' && lastParagraph !== undefined) {
    const city = cityName(rng);
    const cast: Cast = {
      cities: [city],
      companies: [companyName(rng, city)],
      organisations: [organisationName(rng, city)],
      speakers: [],
      sector: rng.pick(SECTORS),
    };
    paragraphs[last] = [...lastParagraph, { ...factSentence(rng, cast), path: a.path }];
  }
  return { ...a, paragraphs };
}
