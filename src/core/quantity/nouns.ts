/**
 * The counted noun of a bare number: "26 national-level advanced
 * manufacturing clusters" → "cluster", "nearly 800 automotive companies" →
 * "company". The noun phrase after the number runs until a function word,
 * a number or punctuation; its first plural-looking word is the head (not a
 * word in capitals that qualifies the next: "134 UCAS points").
 */
import { STOPWORDS } from '../text/tokens';
import { isAcronym, type QToken } from './lexer';
import { lemma, looksPlural } from './lemma';

const MAX_RUN = 7;
/** A plural in "-ics" of a noun in "-ic" ("clinics", "topics"), which {@link looksPlural} leaves out with "economics". */
const PLURAL_ICS = /^[a-z]{3,}ics$/u;
/** Words after "N of" that lead to the counted noun: "120 of the oldest carriages", "210 of its buses" (a whole may follow: "14 of their 16 lineouts"). */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/** Comparatives that make a count a gap and may stand between it and its noun. */
const GAP_COMPARATIVES: ReadonlySet<string> = new Set(['more', 'fewer']);

/** Lemma of the noun counted by the number ending before token `i` ('' when none), and whether one was found. */
export function countedNoun(tokens: readonly QToken[], i: number, value: number): string {
  // A hyphenated compound counts the word it is glued to: "a 148-page report", "a 12-storey tower".
  const compound = tokens[i + 1];
  if (tokens[i]?.text === '-' && tokens[i]?.glued === true && compound?.kind === 'word' && compound.glued) return lemma(compound.lower);
  const run: QToken[] = [];
  // "one of the largest ports" picks one out rather than counting ports; "14 of their 16 lineouts" counts lineouts.
  let start = i;
  if (value > 1 && tokens[i]?.lower === 'of') {
    let k = i + 1;
    if (PARTITIVE_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.kind === 'num' && /^\d[\d,]*$/u.test(tokens[k]?.text ?? '')) k++;
    if (k > i + 1) start = k;
  }
  // A gap counts the noun after its comparative: "7 more teams than the 51", "12 fewer buses".
  if (GAP_COMPARATIVES.has(tokens[start]?.lower ?? '') && tokens[start + 1]?.kind === 'word') start++;
  for (let k = start; k < tokens.length && run.length < MAX_RUN; k++) {
    const t = tokens[k];
    if (t === undefined) break;
    // An acronym's own number ("COVID-19 vaccinations") is part of the qualifier.
    if (t.text === '-' && t.glued && tokens[k + 1]?.kind === 'num' && tokens[k + 1]?.glued === true && isAcronym(run[run.length - 1])) {
      k++;
      continue;
    }
    if (t.text === '-' && t.glued && tokens[k + 1]?.glued === true && run.length > 0) continue;
    if (t.kind !== 'word' || STOPWORDS.has(t.lower)) break;
    run.push(t);
  }
  // "2.8 times EBITDA", "five times larger": a multiplier, not a count of times.
  if (run[0]?.lower === 'times') return '';
  // A word in "-ics" is a plural only when nothing else is ("twenty new clinics"; "3 electronics firms" counts firms).
  // A word in capitals before another word of the run qualifies it ("134 UCAS points", "40 NHS trusts"): it is no plural.
  const qualifier = (t: QToken, k: number): boolean => k < run.length - 1 && isAcronym(t);
  const head = run.find((t, k) => looksPlural(t.lower) && !qualifier(t, k)) ?? run.find((t) => PLURAL_ICS.test(t.lower));
  if (head !== undefined) return lemma(head.lower);
  const last = run[run.length - 1];
  return value === 1 && last !== undefined ? last.lower : '';
}
