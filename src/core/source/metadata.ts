/**
 * Recognises the parts of an article that are not its body: title, byline,
 * date, image credits and boilerplate tails ("In Case You Missed It...").
 */
import type { Block } from './block';

const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATE_RE = new RegExp(
  `\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
);
const NAME_WORD = "[\\p{Lu}][\\p{L}.'’-]*";
const BYLINE_RE = new RegExp(`^\\s*(?:By|BY|Written by|Author:)\\s+(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|de|van|von|al|bin))*(?:\\s+(?:and|&)\\s+${NAME_WORD}(?:\\s+${NAME_WORD})*)?)`, 'u');
/** Credit lines for pictures: never facts. */
const CREDIT_RE = /^\(?\s*(?:Illustration|Photo|Photograph|Image|Graphic|Picture|Video|Credit|Source|Caption)s?\s*(?:by)?\s*[:：]/iu;
/** Lines after which an article's body is over. */
const TAIL_RE = /^\s*(?:In Case You Missed It|Read more|Read also|Related(?: stories| articles)?|Recommended|Most popular|Trending|Share this|Follow us|Also read|More from|Editor'?s picks)\b/iu;
/** How many leading blocks may hold the header (site name, title, byline, date). */
const HEADER_WINDOW = 6;

/** Metadata recognised in a document. */
export interface RecognisedMetadata {
  title?: string;
  byline?: string;
  date?: string;
}

/** Finds the byline in a line, e.g. "By Wang Yi 10:33, June 09, 2025" → "Wang Yi". */
export function findByline(line: string): string | undefined {
  return BYLINE_RE.exec(line)?.[1]?.trim();
}

/** Finds a date in a line, e.g. "June 09, 2025". */
export function findDate(line: string): string | undefined {
  return DATE_RE.exec(line)?.[0];
}

/**
 * Sets the role of header, credit and tail blocks, and reads title, byline and date.
 * `declared` metadata (front matter, HTML meta) wins over what the text suggests.
 */
export function recogniseStructure(text: string, blocks: Block[], declared: RecognisedMetadata): RecognisedMetadata {
  const meta: RecognisedMetadata = { ...declared };
  const blockText = (b: Block): string => text.slice(b.span.start, b.span.end);

  const tail = blocks.findIndex((b, i) => i > 0 && TAIL_RE.test(blockText(b)));
  if (tail > 0) for (let i = tail; i < blocks.length; i++) (blocks[i] as Block).role = 'boilerplate';
  for (const b of blocks) {
    if (CREDIT_RE.test(blockText(b))) b.role = 'boilerplate';
    else if (b.role === 'body' && looksLikeHeading(blockText(b))) b.role = 'heading';
  }

  const window = blocks.slice(0, HEADER_WINDOW);
  const bylineAt = window.findIndex((b) => findByline(blockText(b)) !== undefined);
  if (bylineAt >= 0) {
    const line = blockText(blocks[bylineAt] as Block);
    meta.byline ??= findByline(line);
    meta.date ??= findDate(line);
    for (let i = 0; i <= bylineAt; i++) (blocks[i] as Block).role = 'meta';
  }
  if (!meta.date) {
    const dated = window.find((b) => b.role !== 'body' || blockText(b).length < 60 ? findDate(blockText(b)) !== undefined : false);
    if (dated) {
      meta.date = findDate(blockText(dated));
      // A line that says more than its date ("Presented to the team's annual meeting, 3 December 2026") is a fact too.
      if (!saysMoreThanItsDate(blockText(dated))) dated.role = 'meta';
    }
  }
  const titleBlock = pickTitleBlock(blocks, bylineAt, blockText);
  if (titleBlock) {
    titleBlock.role = 'title';
    meta.title ??= blockText(titleBlock).trim();
  }
  return meta;
}

/** Fewest lower-case words besides its date that make a dated line say something of its own. */
const DATELINE_WORDS = 3;

/**
 * True when a dated line says something of its own besides the date, in words of a phrase ("Presented to the team's
 * annual meeting, 3 December 2026"); not a date alone ("March 3, 2025") or who issued it ("Meridian Television press
 * office, 30 November 2026").
 */
function saysMoreThanItsDate(line: string): boolean {
  return line.replace(DATE_RE, ' ').split(/\s+/u).filter((w) => /^[("'“‘]?\p{Ll}{2,}/u.test(w)).length >= DATELINE_WORDS;
}

/** A short single line without closing punctuation, such as "Data sharing", is a section heading. */
function looksLikeHeading(line: string): boolean {
  const trimmed = line.trim();
  return !trimmed.includes('\n') && !/[.!?:;"”…]$/u.test(trimmed) && trimmed.split(/\s+/).length <= 7;
}

/** Fewest words of a line ending in a full stop that reads as a sentence of the text, not as its title. */
const SENTENCE_WORDS = 6;

/** A line that ends as a sentence does and has a sentence's length: the text begins here; it has no title line. */
function readsAsSentence(line: string): boolean {
  const trimmed = line.trim();
  return /[.!?]["”’)]?$/u.test(trimmed) && trimmed.split(/\s+/).length >= SENTENCE_WORDS;
}

/**
 * The title is the heading-like block just before the byline, else the first block, unless that first
 * block reads as a sentence (a transcript or a note that starts straight in has no title line).
 */
function pickTitleBlock(blocks: Block[], bylineAt: number, blockText: (b: Block) => string): Block | undefined {
  if (bylineAt > 0) {
    for (let i = bylineAt - 1; i >= 0; i--) if ((blocks[i] as Block).role !== 'boilerplate') return blocks[i];
  }
  const first = blocks.find((b) => b.role !== 'boilerplate');
  return first && (first.role !== 'body' || !readsAsSentence(blockText(first))) ? first : undefined;
}
