/**
 * Draft preprocessing: hides the parts of a Markdown (or plain-text) draft
 * whose numbers are not claims — front matter, a memo header's date and
 * reference, the draft's own publication stamp and next issue, code, link targets, URLs,
 * HTML comments and tags, footnote labels, heading and list numbering,
 * emphasis markers, table headers and pipes — by overwriting them with
 * spaces, so every offset still maps to the original text. Then splits the
 * visible text into paragraphs (a table row is one) and sentences.
 */
import type { Span } from '../model';
import { splitSentences } from '../text/sentences';

/** A sentence of the draft, with the paragraph it belongs to. */
export interface DraftSentence {
  /** Offsets in the original draft. */
  readonly span: Span;
  /** The sentence text with masked parts blanked (same length as the span). */
  readonly text: string;
  /** Index of the paragraph (block) that holds the sentence. */
  readonly paragraph: number;
  /** True when the sentence's paragraph is the next item of a list the paragraph before it is an item of. */
  readonly nextListItem: boolean;
  /** For a sentence of a pipe table's body row: the row (from its line start) and the table's header row, as written. */
  readonly tableRow?: TableRow;
}

/** A pipe table's body row as written, with the header row of its table (see tableColumns.ts). */
export interface TableRow {
  /** Offset of the row's line in the original draft. */
  readonly start: number;
  readonly row: string;
  readonly header: string;
}

/** The draft ready for checking. */
export interface PreparedDraft {
  /** The draft with non-claim regions replaced by spaces (same length, same line breaks). */
  readonly masked: string;
  readonly sentences: readonly DraftSentence[];
  /** The paragraphs (blocks with visible text), in order: a sentence's `paragraph` indexes this list. */
  readonly paragraphs: readonly Span[];
  /** Regions whose numbers must never be reported (lines marked with `<!-- sourced-ignore -->`). */
  readonly ignored: readonly Span[];
}

/** The inline marker that silences numbers on its line (or on the line before, when alone). */
export const IGNORE_MARKER = '<!-- sourced-ignore -->';

/** Patterns whose whole match is hidden. */
const HIDE_WHOLE: readonly RegExp[] = [
  /^(?:---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)|\+\+\+\r?\n[\s\S]*?\r?\n\+\+\+)[ \t]*(?=\r?\n|$)/y, // front matter (sticky: only at offset 0)
  /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gmu, // fenced code
  /<!--[\s\S]*?(?:-->|$(?![\s\S]))/gu, // HTML comments (the ignore marker included)
  /(`+)[^`\n][\s\S]*?\1/gu, // inline code
  /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$/gmu, // reference definitions
  /<(?:https?|ftp|mailto):[^>\s]*>/giu, // autolinks
  /\b(?:https?:\/\/|www\.)[^\s<>()]+(?:\([^\s<>()]*\)[^\s<>()]*)*/giu, // bare URLs
  /\[\^[^\]\s]+\]/gu, // footnote labels and references
  /<\/?[A-Za-z][^>\n]*>/gu, // HTML tags
  /\*+(?=[^\s*])|(?<=[^\s*])\*+/gu, // emphasis asterisks, so "**Busier.** Ridership rose" starts a sentence at "Ridership"
  /(?<![\p{L}\p{N}_])_+(?=[^\s_])|(?<=[^\s_])_+(?![\p{L}\p{N}_])/gu, // emphasis underscores (not inside words)
];
/** Patterns whose first group is hidden. */
const HIDE_GROUP: readonly RegExp[] = [
  /\]\((\s*[^)\s]+(?:\s+"[^"\n]*")?\s*)\)/dgu, // inline link and image targets
  /^[ \t]{0,3}#{1,6}[ \t]+(\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+)[ \t]/dgmu, // heading numbering "## 2. Results", "### 2.1 Method"
  /^[ \t]*(\d{1,3}[.)])[ \t]+/dgmu, // ordered list numbering
  /^[ \t]*(?:Date|Dated|Sent|Posted|Published|Updated|Last updated|Ref|Reference|Our ref|Your ref)[ \t]*:[ \t]*(\S.*)$/dgimu, // a memo header's date or reference ("Date: 1 December 2026")
  // The draft's own stamp, opening its sentence: "Published 5 December 2026.", "Posted by Ann on 3 May, 9:14pm", not
  // "The report was published on 20 November", which claims a source's date.
  /(?:^|[.!?*_|][ \t]*)[ \t]*(?:Published|Posted|Updated|Last updated|First published|Filed|Dated|Written)(?:[ \t]+by[ \t]+[^\n.,:]{1,40}?)?(?:[ \t]+on)?[ \t]*:?[ \t]+([^.\n|*_]*\d[^.\n|*_]*)/dgmu,
  // A newsletter's own next issue: "Issue 13 is out on Saturday 19 December 2026.", "The next Tally, issue 42, will be
  // published on 21 December" (not "The next members' meeting will be on 25 November", a claim).
  /(?:^|[.!?*_][ \t]+)(?:The[ \t]+next[ \t]+[^.\n]{1,40}?|Issue[ \t]+\d+)[ \t]+(?:is|will[ \t]+be)[ \t]+(?:out|published|online)[ \t]+(?:on[ \t]+)?([^.\n|*_]*\d[^.\n|*_]*)/dgmu,
];
/** A list item's marker: a bullet or an item number, and the space after it. */
const LIST_MARKER = String.raw`(?:[-*+]|\d{1,3}[.)])[ \t]`;
/** A block that is a list item: it opens on a {@link LIST_MARKER}. */
const LIST_ITEM = new RegExp(String.raw`^\s*${LIST_MARKER}`, 'u');
/** Indented code: a run of lines indented by four spaces or a tab, after a blank line. */
const INDENTED_CODE = /(?:^|\n[ \t]*\n)((?:(?: {4}|\t)[^\n]*(?:\n|$))+)/gu;
const BLOCK_SPLIT = new RegExp(String.raw`\n[ \t]*\n|\n(?=[ \t]{0,3}(?:#{1,6}[ \t]|${LIST_MARKER}|>))`, 'gu');
/**
 * A pipe table: a header row, a delimiter row ("|---|:--:|") and body rows.
 * Its header (column labels such as "H1 2025") and delimiter are hidden, its
 * rows' pipes turned into cell separators (see separateCells), and each body
 * row becomes a block of its own, so that a row's numbers are read with the
 * row's words ("Passengers, 14.2 million").
 */
const TABLE = /^([ \t]{0,3}\|[^\n]*\|[ \t]*\n[ \t]{0,3}\|[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|[ \t]*)$((?:\n[ \t]{0,3}\|[^\n]*)*)/gmu;

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

/**
 * Blanks a table row's outer pipes and turns the inner ones into commas, so
 * that cells stay apart ("Fleet | 69 aircraft" is no name "Fleet 69") while
 * the row's first word still opens its sentence.
 */
function separateCells(chars: string[], start: number, row: string): void {
  const pipes = [...row.matchAll(/\|/gu)].map((m) => m.index);
  const first = /^\s*\|/u.test(row) ? pipes[0] : undefined;
  const last = /\|\s*$/u.test(row) ? pipes[pipes.length - 1] : undefined;
  for (const at of pipes) chars[start + at] = at === first || at === last ? ' ' : ',';
}

function lineAround(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl < 0 ? text.length : nl };
}

function ignoredLines(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(IGNORE_MARKER); at >= 0; at = text.indexOf(IGNORE_MARKER, at + IGNORE_MARKER.length)) {
    const line = lineAround(text, at);
    out.push(line);
    if (text.slice(line.start, line.end).trim() === IGNORE_MARKER && line.start > 0) out.push(lineAround(text, line.start - 1));
  }
  return out;
}

/** Masks non-claim regions of `text` and splits the rest into sentences. */
export function prepareDraft(text: string): PreparedDraft {
  const chars = text.split(''); // UTF-16 code units, so offsets match the string's
  for (const re of HIDE_WHOLE) {
    re.lastIndex = 0;
    if (re.sticky) {
      const m = re.exec(text);
      if (m) blank(chars, m.index, m.index + m[0].length);
      continue;
    }
    for (const m of text.matchAll(re)) blank(chars, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(INDENTED_CODE)) {
    const code = m[1] ?? '';
    const start = m.index + m[0].length - code.length;
    blank(chars, start, start + code.length);
  }
  /** Where each table body row starts: every row is a block of its own. */
  const rowStarts: number[] = [];
  /** The body rows, with their tables' header rows. */
  const rows: TableRow[] = [];
  for (const m of text.matchAll(TABLE)) {
    const head = m[1] ?? '';
    blank(chars, m.index, m.index + head.length);
    const header = head.slice(0, head.indexOf('\n')).trim();
    const bodyStart = m.index + head.length;
    const body = m[2] ?? '';
    let lineStart = 0;
    for (let i = 0; i <= body.length; i++) {
      if (i < body.length && body[i] !== '\n') continue;
      rowStarts.push(bodyStart + i + 1);
      const row = body.slice(lineStart, i);
      separateCells(chars, bodyStart + lineStart, row);
      if (row.trim() !== '') rows.push({ start: bodyStart + lineStart, row, header });
      lineStart = i + 1;
    }
  }
  const partly = chars.join('');
  for (const re of HIDE_GROUP) {
    for (const m of partly.matchAll(re)) {
      const range = m.indices?.[1];
      if (range) blank(chars, range[0], range[1]);
    }
  }
  const masked = chars.join('');
  const sentences: DraftSentence[] = [];
  const paragraphs: Span[] = [];
  let paragraph = 0;
  let blockStart = 0;
  const blocks: Span[] = [];
  const breaks = [...[...masked.matchAll(BLOCK_SPLIT)].map((m) => ({ at: m.index, length: m[0].length })), ...rowStarts.map((at) => ({ at, length: 0 }))].sort((a, b) => a.at - b.at);
  for (const { at, length } of breaks) {
    if (at < blockStart) continue;
    blocks.push({ start: blockStart, end: at });
    blockStart = at + length;
  }
  blocks.push({ start: blockStart, end: masked.length });
  for (const block of blocks) {
    if (masked.slice(block.start, block.end).trim() === '') continue;
    const before = paragraphs[paragraphs.length - 1];
    const nextListItem = before !== undefined && LIST_ITEM.test(text.slice(before.start, before.end)) && LIST_ITEM.test(text.slice(block.start, block.end)) && !/\n[ \t]*\n/u.test(text.slice(before.end, block.start));
    paragraphs.push(block);
    const tableRow = rows.find((r) => r.start <= block.start && block.end <= r.start + r.row.length + 1);
    for (const span of splitSentences(masked, block)) sentences.push({ span, text: masked.slice(span.start, span.end), paragraph, nextListItem, ...(tableRow !== undefined ? { tableRow } : {}) });
    paragraph++;
  }
  return { masked, sentences, paragraphs, ignored: ignoredLines(text) };
}
