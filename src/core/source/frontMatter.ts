/**
 * YAML/TOML front matter at the top of a Markdown file: its span and its
 * title, author and date keys. Only flat `key: value` lines are read.
 */
import type { Span } from '../model';

/** Front matter found at the start of a file. */
export interface FrontMatter {
  readonly span: Span;
  readonly fields: ReadonlyMap<string, string>;
}

const FRONT_MATTER = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/;

/** Finds front matter at the very start of `text`, if any. */
export function findFrontMatter(text: string): FrontMatter | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  const fields = new Map<string, string>();
  for (const line of (m[2] ?? '').split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.+?)\s*$/.exec(line);
    if (kv?.[1] && kv[2]) fields.set(kv[1].toLowerCase(), kv[2].replace(/^["']|["']$/g, ''));
  }
  return { span: { start: 0, end: m[0].length }, fields };
}

/** Replaces a span with spaces (newlines kept), so that a parser skips it while every offset stays put. */
export function blankOut(text: string, span: Span): string {
  return text.slice(0, span.start) + text.slice(span.start, span.end).replace(/[^\r\n]/g, ' ') + text.slice(span.end);
}
