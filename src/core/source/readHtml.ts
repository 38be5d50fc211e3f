/**
 * HTML reader: a streaming htmlparser2 pass that keeps visible prose, turns
 * block elements into paragraph breaks, decodes entities, and never indexes
 * script, style or navigation bodies. Title, author and date come from
 * `<title>`/`<h1>` and `<meta>`/`<time>` where present.
 */
import { Parser } from 'htmlparser2';
import type { Block, BlockRole, ParsedText } from './block';
import { CleanTextBuilder } from './cleanTextBuilder';

/** Elements whose text is never prose. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'footer', 'iframe', 'object', 'button', 'select', 'textarea', 'figcaption']);
/** Elements that start a new paragraph. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'aside', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'br', 'hr', 'pre', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'body', 'html']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Void elements never get a close tag, so they must not be counted as open. */
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

/** Reads an HTML file. */
export function readHtml(original: string): ParsedText {
  const builder = new CleanTextBuilder(original);
  const blocks: Block[] = [];
  const declared: { title?: string; byline?: string; date?: string } = {};
  let hiddenDepth = 0;
  let headingDepth = 0;
  let blockStart = 0;
  let inTitle = false;
  let firstH1: string | undefined;
  let h1Text = '';
  let inH1 = false;

  const closeBlock = (origin: number): void => {
    if (builder.size > blockStart) {
      const role: BlockRole = headingDepth > 0 ? 'heading' : 'body';
      blocks.push({ span: { start: blockStart, end: builder.size }, role });
    }
    builder.breakParagraph(origin);
    blockStart = builder.size;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') readMeta(attrs, declared);
        if (name === 'time' && attrs.datetime && !declared.date) declared.date = attrs.datetime;
        if (HIDDEN.has(name) && !VOID.has(name)) hiddenDepth++;
        if (hiddenDepth > 0) return;
        if (BLOCKS.has(name)) closeBlock(parser.startIndex);
        if (HEADINGS.has(name)) headingDepth++;
        if (name === 'h1' && firstH1 === undefined) inH1 = true;
      },
      ontext(text) {
        if (inTitle) declared.title = ((declared.title ?? '') + text).trim();
        if (hiddenDepth > 0) return;
        if (inH1) h1Text += text;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (original.slice(start, end) === text) builder.copy(start, end);
        else builder.insert(text, start);
      },
      onclosetag(name, implied) {
        if (name === 'title') inTitle = false;
        if (HIDDEN.has(name) && !VOID.has(name)) {
          hiddenDepth = Math.max(0, hiddenDepth - 1);
          return;
        }
        if (hiddenDepth > 0) return;
        const at = implied ? parser.startIndex : parser.endIndex + 1;
        if (BLOCKS.has(name)) closeBlock(at);
        if (HEADINGS.has(name)) headingDepth = Math.max(0, headingDepth - 1);
        if (name === 'h1' && inH1) {
          inH1 = false;
          firstH1 = h1Text.trim();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(original);
  closeBlock(original.length);
  if (firstH1) declared.title = firstH1;
  return { text: builder.toString(), map: builder.map, blocks, declared };
}

/** Picks author and date out of `<meta>` tags. */
function readMeta(attrs: Record<string, string>, declared: { byline?: string; date?: string }): void {
  const key = (attrs.name ?? attrs.property ?? '').toLowerCase();
  const content = attrs.content?.trim();
  if (!content) return;
  if ((key === 'author' || key === 'article:author') && !declared.byline) declared.byline = content;
  if ((key === 'article:published_time' || key === 'date' || key === 'pubdate') && !declared.date) declared.date = content;
}
