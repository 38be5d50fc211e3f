/**
 * The prose Sourced inserts for an indexed item: a fact's sentence, or a
 * quote in curly quotation marks with its speaker's attribution, and where a
 * citation attaches to it.
 */
import type { CitationStyle } from '../cite/citation';
import type { Item } from '../model';

/**
 * The text to insert for an item. Quotes read `Name, role, said: “…”`
 * (`Name said: “…”` without a role; just `“…”` when the speaker is unknown).
 */
export function itemProse(item: Item): string {
  if (item.kind === 'fact') return item.text.trim();
  const words = `“${item.text.trim()}”`;
  if (!item.speaker) return words;
  return item.role ? `${item.speaker}, ${item.role}, said: ${words}` : `${item.speaker} said: ${words}`;
}

/**
 * Joins prose and its citation. A footnote marker follows the closing
 * punctuation; inline and Pandoc citations go before a final full stop.
 */
export function withCitation(prose: string, citation: string, style: CitationStyle): string {
  if (style === 'footnote') return `${prose}${citation}`;
  const m = /^([\s\S]*?)([.!?]?)$/.exec(prose);
  const body = m?.[1] ?? prose;
  const stop = m?.[2] ?? '';
  return stop === '.' ? `${body} ${citation}.` : `${prose} ${citation}`;
}

/** Shortens text to about `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max = 72): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/u, '')}…`;
}
