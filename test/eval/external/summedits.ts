/**
 * The SummEdits development share (test/eval/external/summedits/, Apache-2.0), read and scored exactly as
 * its README and reference-score.js say, but in process over the core (one index per source document).
 *
 * - keep samples whose summary has a number token;
 * - a number edit is a label-0 sample whose number tokens (as a multiset) differ from the original summary's;
 *   other label-0 samples are word edits and are left out; an agreeing sample is a label-1 sample;
 * - a sample is flagged when the checker reports a contradiction in it, with its document as the only source.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkDraft, type Finding } from '../../../src/core/check/checkDraft';
import type { CheckerParams } from '../../../src/core/check/params';
import { SourceIndex } from '../../../src/core/index/sourceIndex';

/** One source document of the share. */
export interface ExternalDoc {
  readonly docId: string;
  readonly domain: string;
  readonly doc: string;
}

/** A scored sample: a one-paragraph draft about its document. */
export interface ExternalSample {
  readonly docId: string;
  readonly domain: string;
  readonly id: string;
  readonly summary: string;
  readonly cls: 'number-edit' | 'agreeing';
}

/** Where the share lives in the repository. */
export function summEditsDir(): string {
  return path.resolve(__dirname, '..', '..', '..', '..', 'test', 'eval', 'external', 'summedits');
}

function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

const WORD_VALUES: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const SCALE_WORDS = ['hundred', 'thousand', 'million', 'billion'];
const NUMBER_TOKEN = new RegExp(String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(%|\bper\s?cent\b)|\b(${[...Object.keys(WORD_VALUES), ...SCALE_WORDS].join('|')})\b`, 'gi');

/** The benchmark's canonical number tokens of a text ("1,000" → "1000", "five" → "5", "percent" → "%"). */
export function benchmarkNumberTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER_TOKEN)) {
    if (m[1]) out.push(String(Number(m[1].replace(/,/g, ''))));
    else if (m[2]) out.push('%');
    else if (m[3]) {
      const word = m[3].toLowerCase();
      out.push(word in WORD_VALUES ? String(WORD_VALUES[word]) : word);
    }
  }
  return out;
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

/** The share's documents and its scored samples (number edits and agreeing summaries that carry a number). */
export function loadSummEdits(dir = summEditsDir()): { docs: Map<string, ExternalDoc>; samples: ExternalSample[] } {
  const docs = new Map(readJsonl<ExternalDoc>(path.join(dir, 'docs.jsonl')).map((d) => [d.docId, d]));
  const samples: ExternalSample[] = [];
  for (const row of readJsonl<{ docId: string; domain: string; id: string; label: number | string; summary: string; original_summary: string }>(path.join(dir, 'samples.jsonl'))) {
    const summary = String(row.summary ?? '').replace(/\s*[\r\n]+\s*/g, ' ').trim();
    const tokens = benchmarkNumberTokens(summary);
    if (tokens.length === 0) continue;
    const label = String(row.label).trim();
    if (label === '1') samples.push({ docId: row.docId, domain: row.domain, id: row.id, summary, cls: 'agreeing' });
    else if (label === '0' && !sameMultiset(tokens, benchmarkNumberTokens(String(row.original_summary ?? '')))) {
      samples.push({ docId: row.docId, domain: row.domain, id: row.id, summary, cls: 'number-edit' });
    }
  }
  return { docs, samples };
}

/** A stable 32-bit hash (FNV-1a) of a string. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/**
 * Splits the share's documents into two halves, domain by domain: "fit" documents may be looked at and
 * fitted on, "check" documents are only measured. Within a domain the documents are ordered by a stable
 * hash of their id and dealt out alternately, so every run splits the same way and both halves hold
 * every domain.
 */
export function shareHalves(docs: Iterable<ExternalDoc>): Map<string, 'fit' | 'check'> {
  const byDomain = new Map<string, ExternalDoc[]>();
  for (const doc of docs) byDomain.set(doc.domain, [...(byDomain.get(doc.domain) ?? []), doc]);
  const halves = new Map<string, 'fit' | 'check'>();
  for (const list of byDomain.values()) {
    [...list].sort((a, b) => hash(a.docId) - hash(b.docId) || a.docId.localeCompare(b.docId)).forEach((doc, i) => halves.set(doc.docId, i % 2 === 0 ? 'fit' : 'check'));
  }
  return halves;
}

/** A sample with the checker's contradictions in it. */
export interface CheckedSample extends ExternalSample {
  readonly findings: readonly Finding[];
  readonly flagged: boolean;
}

/** One index per source document of the share, built once and reused by every check. */
export function documentIndexes(docs: ReadonlyMap<string, ExternalDoc>): Map<string, SourceIndex> {
  return new Map([...docs.values()].map((d) => [d.docId, SourceIndex.build([{ path: 'sources/doc.txt', text: d.doc }])]));
}

/** Checks every sample against the index of its own document. */
export function checkSamples(indexes: ReadonlyMap<string, SourceIndex>, samples: readonly ExternalSample[], params?: CheckerParams): CheckedSample[] {
  return samples.map((sample) => {
    const index = indexes.get(sample.docId);
    const findings = index === undefined ? [] : checkDraft(`${sample.summary}\n`, index.quantities, params === undefined ? {} : { params }).filter((f) => f.code === 'contradiction');
    return { ...sample, findings, flagged: findings.length > 0 };
  });
}

/** Recall, precision and false alarms over a set of checked samples. */
export interface Tally {
  readonly numberEdits: number;
  readonly flaggedEdits: number;
  readonly agreeing: number;
  readonly flaggedAgreeing: number;
  readonly recall: number;
  readonly precision: number;
  readonly falseAlarmRate: number;
  readonly documents: number;
  readonly documentsWithFalseAlarm: number;
}

/** Scores checked samples the benchmark's way (precision 0 when nothing is flagged, as the reference scorer does). */
export function tally(samples: readonly CheckedSample[]): Tally {
  const edits = samples.filter((s) => s.cls === 'number-edit');
  const agreeing = samples.filter((s) => s.cls === 'agreeing');
  const flaggedEdits = edits.filter((s) => s.flagged).length;
  const flaggedAgreeing = agreeing.filter((s) => s.flagged).length;
  return {
    numberEdits: edits.length,
    flaggedEdits,
    agreeing: agreeing.length,
    flaggedAgreeing,
    recall: edits.length > 0 ? flaggedEdits / edits.length : 0,
    precision: flaggedEdits + flaggedAgreeing > 0 ? flaggedEdits / (flaggedEdits + flaggedAgreeing) : 0,
    falseAlarmRate: agreeing.length > 0 ? flaggedAgreeing / agreeing.length : 0,
    documents: new Set(samples.map((s) => s.docId)).size,
    documentsWithFalseAlarm: new Set(agreeing.filter((s) => s.flagged).map((s) => s.docId)).size,
  };
}
