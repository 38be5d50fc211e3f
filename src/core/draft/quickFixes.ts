/**
 * The quick fixes for a finding, in any editor: for a contradicted number,
 * replace it with the source's value (preferred); for a misquote, restore
 * the source's words (preferred); either with a citation of the source; for
 * a moved citation, the fix it carries (its new line, preferred); or
 * silence the line with an inline `<!-- sourced-ignore -->` marker. Edits
 * are offsets into the draft's text, all against the same (unedited) text.
 */
import type { Finding, FindingSource } from '../check/checkDraft';
import { IGNORE_MARKER } from '../check/draftText';
import type { CitationStyle } from '../cite/citation';
import type { Span } from '../model';
import type { CitationText } from './citeEdits';

/** A replacement of `[start, end)` in the draft's text (an insertion when start = end). */
export interface TextReplacement {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** One quick fix: its title, whether it is the preferred one, and its edits. */
export interface QuickFix {
  readonly title: string;
  readonly preferred: boolean;
  readonly edits: readonly TextReplacement[];
}

/** The titles of a finding's fixes: the replacement, the replacement with a citation, the ignore marker. */
function titles(finding: Finding, replacement: string): { replace: string; cite: string; ignore: string } {
  if (finding.code === 'citation-moved' || finding.code === 'citation-broken') return { replace: '', cite: '', ignore: 'Ignore this citation here' };
  if (finding.code === 'misquote' || finding.code === 'misattributed' || finding.code === 'unsourced-quote') {
    return { replace: "Restore the source's words", cite: "Restore the source's words and cite", ignore: 'Ignore this quotation here' };
  }
  return { replace: `Replace with ${replacement}`, cite: `Replace with ${replacement} and cite`, ignore: 'Ignore this number here' };
}

/**
 * The fixes for `finding` (a contradiction, a misquote…) at `span` of `text`.
 * `cite` gives the citation of the finding's source in the configured `style`.
 */
export function findingFixes(text: string, span: Span, finding: Finding, style: CitationStyle, cite: (source: FindingSource) => CitationText): QuickFix[] {
  const fixes: QuickFix[] = [];
  const replacement = finding.expectedValueText;
  const title = titles(finding, replacement ?? '');
  if (finding.fix) fixes.push({ title: finding.fix.title, preferred: true, edits: finding.fix.edits });
  else if (replacement) {
    const replace: TextReplacement = { start: span.start, end: span.end, newText: replacement };
    fixes.push({ title: title.replace, preferred: true, edits: [replace] });
    if (finding.source) {
      const citation = cite(finding.source);
      const at = citationPoint(text, span.end, style);
      fixes.push({
        title: title.cite,
        preferred: false,
        edits: [
          replace,
          { start: at, end: at, newText: style === 'footnote' ? citation.text : ` ${citation.text}` },
          ...(citation.definition ? [{ start: citation.definition.offset, end: citation.definition.offset, newText: citation.definition.text }] : []),
        ],
      });
    }
  }
  const line = lineAround(text, span.end);
  const lineText = text.slice(line.start, line.end);
  const ignore = `${/\s$/.test(lineText) || lineText === '' ? '' : ' '}${IGNORE_MARKER}`;
  fixes.push({ title: title.ignore, preferred: false, edits: [{ start: line.end, end: line.end, newText: ignore }] });
  return fixes;
}

/** The line that holds `offset`, without its line break (`\n` or `\r\n`). */
function lineAround(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  let end = newline === -1 ? text.length : newline;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end };
}

/**
 * Where a citation for the number (or quotation) ending at `from` goes: at the end of its
 * sentence on the same line (after the full stop for footnotes, before it
 * otherwise), or at the end of the line.
 */
function citationPoint(text: string, from: number, style: CitationStyle): number {
  const line = lineAround(text, from);
  const rest = text.slice(from, line.end);
  const stop = /[.!?]["”’)]*(?=\s|$)/u.exec(rest);
  if (!stop) return line.start + text.slice(line.start, line.end).trimEnd().length;
  return from + stop.index + (style === 'footnote' ? stop[0].length : 0);
}
