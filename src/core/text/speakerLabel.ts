/**
 * A transcript's speaker label: one to four capitalised words, or a word and a number ("Speaker 2"), then a
 * colon ("Sally:", "Ruth Okonjo:", "Speaker 2:"). Shared by the plain-text reader (which cuts a transcript
 * into turns) and the entity finder (for which the label names the speaker).
 */

/** The label's words, without the colon, as a regular-expression source (one capture group: the name). */
export const SPEAKER_NAME = String.raw`(\p{Lu}[\p{L}'’.-]{0,30}(?: (?:\p{Lu}[\p{L}'’.-]{0,30}|\d{1,2})){0,3})`;

/** A label at the start of a sentence, with the white space after it. */
export const LEADING_SPEAKER_LABEL = new RegExp(String.raw`^\s*${SPEAKER_NAME}:\s+`, 'u');
