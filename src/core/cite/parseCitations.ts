/**
 * Finds Sourced citations in a draft: inline links to `file#Lline`, footnote
 * markers and their definitions, and Pandoc keys with a line locator. Each
 * comes back with its span in the draft and the source file and line it
 * points at, so that hovers and "open source" can resolve it.
 */
import type { Span } from '../model';

/** A citation found in a draft. */
export interface CitationRef {
  readonly kind: 'inline' | 'footnoteMarker' | 'footnoteDefinition' | 'pandoc';
  readonly span: Span;
  /** The file as written in the citation (for Pandoc: the source key). */
  readonly file: string;
  readonly line: number;
}

const LINK = /\[[^\]\n]*\]\(\s*<?([^()\s<>#]+)#L(\d+)>?\s*\)/g;
const DEFINITION = /^\[\^([^\]\s]+)\]:[^\n]*?\]\(\s*<?([^()\s<>#]+)#L(\d+)>?\s*\)/gm;
const MARKER = /\[\^([^\]\s]+)\](?!:)/g;
const PANDOC = /\[@([\w:.#$%&+?<>~/-]+?),\s*(?:l\.|line)\s*(\d+)\]/g;

/** All citations in a draft, in text order. */
export function parseCitations(text: string): CitationRef[] {
  const out: CitationRef[] = [];
  const definitions = new Map<string, { file: string; line: number }>();
  for (const m of text.matchAll(DEFINITION)) {
    const [whole, id, file, line] = m;
    if (!id || !file || !line) continue;
    const target = { file: safeDecode(file), line: Number(line) };
    definitions.set(id, target);
    out.push({ kind: 'footnoteDefinition', span: { start: m.index, end: m.index + whole.length }, ...target });
  }
  const inDefinition = (at: number): boolean => out.some((c) => c.kind === 'footnoteDefinition' && at >= c.span.start && at < c.span.end);
  for (const m of text.matchAll(LINK)) {
    const [whole, file, line] = m;
    if (!file || !line || inDefinition(m.index)) continue;
    out.push({ kind: 'inline', span: { start: m.index, end: m.index + whole.length }, file: safeDecode(file), line: Number(line) });
  }
  for (const m of text.matchAll(MARKER)) {
    const target = m[1] ? definitions.get(m[1]) : undefined;
    if (target && !inDefinition(m.index)) out.push({ kind: 'footnoteMarker', span: { start: m.index, end: m.index + m[0].length }, ...target });
  }
  for (const m of text.matchAll(PANDOC)) {
    if (m[1] && m[2]) out.push({ kind: 'pandoc', span: { start: m.index, end: m.index + m[0].length }, file: m[1], line: Number(m[2]) });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The citation whose span holds an offset, if any. */
export function citationAt(text: string, offset: number): CitationRef | undefined {
  return parseCitations(text).find((c) => offset >= c.span.start && offset <= c.span.end);
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}
