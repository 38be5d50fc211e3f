/**
 * Named entities, approximated as runs of capitalised words ("Jiading
 * District", "Shanghai Motor Vehicle Inspection Certification & Tech
 * Innovation Center"). A sentence's first word counts only when it is part
 * of a longer run, an acronym, a speaker label ("Sally:"), a country's other
 * name ("Americans") or seen capitalised mid-sentence elsewhere.
 */

import { countryOf } from '../text/countries';
import { LEADING_SPEAKER_LABEL } from '../text/speakerLabel';

/** The `(?<!\p{N})` keeps an ordinal from being tried at every digit of a long number, which was quadratic. */
const RUN = /(?:\p{Lu}[\p{L}\p{M}\p{N}'’&-]*|(?<!\p{N})\p{N}+(?:st|nd|rd|th)\b)(?:\s+(?:(?:of|and|for|de|&)\s+)?\p{Lu}[\p{L}\p{M}\p{N}'’&-]*)*/gu;
const CONNECTOR_TAIL = /\s+(?:of|and|for|de|&)$/u;
/** The colon of a speaker label ("Sally: Hey", "Speaker 2: well"), not a field label's before a figure ("Revenue: £1.42 billion"). */
const SPEAKER_COLON = /^(?: \d{1,2})?:\s*(?![\s\p{N}\p{Sc}+−-])/u;

/** Returns the entity names of a sentence, in order, without duplicates. */
export function findEntities(sentence: string, midSentenceWords: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  // The words after a speaker label ("Sally: Hey, mom") open the turn's sentence.
  const afterLabel = LEADING_SPEAKER_LABEL.exec(sentence)?.[0].length ?? -1;
  for (const m of sentence.matchAll(RUN)) {
    let name = m[0].replace(CONNECTOR_TAIL, '').replace(/['’]s$/u, '');
    if (!/^\p{Lu}/u.test(name)) continue;
    if (opensSentence(sentence, m.index) || m.index === afterLabel) {
      const words = name.split(/\s+/u);
      const first = words[0] ?? '';
      // A speaker label ("Sally: …", "Ruth Okonjo: …") names the speaker; a field's label before its value
      // ("Revenue: £1.42 billion") names nothing.
      const label = SPEAKER_COLON.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 8)) && words.length <= 4;
      // A country's other name ("Americans", "Chinese") is a name wherever it stands.
      const keepFirst = words.length > 1 || /^\p{Lu}{2,}/u.test(first) || midSentenceWords.has(first) || label || countryOf(first) !== undefined;
      if (!keepFirst) continue;
      if (words.length > 1 && !midSentenceWords.has(first) && !/^\p{Lu}{2,}/u.test(first) && COMMON_STARTERS.has(first)) {
        name = words.slice(1).join(' ');
      }
    }
    if (name.length > 1 && !PERIOD_NAME.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** A part of a year written like a name ("Q1", "H2", "FY2025", "Q3 FY26"): a period, not something a figure is about. */
const PERIOD_NAME = /^(?:(?:Q[1-4]|H[12]|FY\s?(?:\d{2}|\d{4}))(?:\s+|$))+$/u;

/**
 * Capitalised words that appear after a sentence's first word: evidence that a word is a name.
 * The words before are checked by hand, not by a lookbehind: a lookbehind over `\s+` rescans
 * a run of spaces at every position in it, which was quadratic (20,000 spaces took 29 s).
 */
export function collectMidSentenceWords(sentences: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    for (const m of s.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*/gu)) {
      let i = m.index - 1;
      if (!/\s/u.test(s[i] ?? '')) continue;
      while (i >= 0 && /\s/u.test(s[i] ?? '')) i--;
      // After a colon a capital may open a clause or a speaker's turn ("Sally: Hey"): no evidence of a name.
      if (/[\p{L}\p{N},;)]/u.test(s[i] ?? '')) words.add(m[0].replace(/['’]s$/u, ''));
    }
  }
  return words;
}

/** A list item's marker at the start of a sentence ("- ", "* ", "• ", "3. "). */
const LIST_MARKER = /^\s*(?:[-*+•‣◦]|\d{1,3}[.)])\s+/u;

/** True when only whitespace, a list item's marker and at most one opening quotation mark or bracket come before `at`. */
function opensSentence(sentence: string, at: number): boolean {
  if (at === 0) return true;
  let i = LIST_MARKER.exec(sentence)?.[0].length ?? 0;
  while (i < at && SPACE.test(sentence[i] ?? '')) i++;
  if (i === at && i > 0) return true;
  if (i >= at || !OPENERS.has(sentence[i] ?? '')) return false;
  i++;
  while (i < at && SPACE.test(sentence[i] ?? '')) i++;
  return i === at;
}

const SPACE = /\s/u;
const OPENERS = new Set(['"', '“', '‘', '(']);

/** Sentence openers that are capitalised only because they start the sentence. */
const COMMON_STARTERS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'By', 'From', 'With', 'As', 'After', 'Before', 'During', 'Within', 'Beyond', 'Through', 'According', 'Recently', 'Every', 'This', 'That', 'These', 'Those', 'Such', 'Of', 'Taking', 'Often']);
