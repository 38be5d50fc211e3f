/**
 * Shared patterns for people's names and the verbs that attribute speech.
 */

/**
 * One capitalised name word: "Chen", "O'Neill", "Jean-Luc", "J.". At most 32
 * letters: an unbounded run made the attribution patterns, which need a comma
 * or a verb after the name, backtrack through every letter of a long word from
 * every capital in it (quadratic: a 30 kB run of "AbAb…" took 26 s).
 */
export const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]{0,31}";
/** A name of one to four capitalised words. */
export const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
/** Verbs that attribute a quote or a statement to someone. */
export const SPEECH_VERBS =
  'said|says|say|noted|notes|added|adds|explained|explains|told|tells|stated|states|pointed out|points out|argued|argues|warned|warns|wrote|writes|asked|asks|continued|remarked|observed|commented|insisted|recalled|acknowledged|declared|emphasi[sz]ed|stressed|announced|confirmed|predicted|replied|concluded|according to';

/** Pronouns that refer back to the last named speaker. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'He', 'She', 'They']);
