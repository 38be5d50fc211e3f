/**
 * Markdown reader: parses with mdast-util-from-markdown (CommonMark, with
 * exact source offsets) and keeps only the prose, so that no Markdown syntax
 * leaks into facts. Code blocks, HTML and images are dropped.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Parents } from 'mdast';
import type { Block, BlockRole, ParsedText } from './block';
import { CleanTextBuilder } from './cleanTextBuilder';
import { blankOut, findFrontMatter } from './frontMatter';

/** Block-level nodes whose inline content becomes one block of clean text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Nodes whose content is never prose. */
const SKIPPED = new Set(['code', 'html', 'image', 'imageReference', 'definition', 'thematicBreak', 'yaml', 'footnoteDefinition']);

/** Reads a Markdown file. */
export function readMarkdown(original: string): ParsedText {
  const front = findFrontMatter(original);
  const parsed = fromMarkdown(front ? blankOut(original, front.span) : original);
  const builder = new CleanTextBuilder(original);
  const blocks: Block[] = [];

  const emitBlock = (node: Parents, role: BlockRole): void => {
    const start = builder.size;
    appendInline(node, original, builder);
    if (builder.size > start) blocks.push({ span: { start, end: builder.size }, role });
    builder.breakParagraph(node.position?.end.offset ?? original.length);
  };

  const walk = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (TEXT_BLOCKS.has(node.type) && 'children' in node) {
      emitBlock(node, node.type === 'heading' ? 'heading' : 'body');
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(parsed);

  const f = front?.fields;
  return {
    text: builder.toString(),
    map: builder.map,
    blocks,
    declared: { title: f?.get('title'), byline: f?.get('author') ?? f?.get('byline'), date: f?.get('date') },
  };
}

/** Inline HTML elements whose content is never prose: the text between their tags is skipped. */
const HIDDEN_OPEN = /^<(script|style|noscript|template|textarea|svg|iframe|object)\b[^>]*?(\/?)>$/i;

/** Which hidden element an inline HTML tag leaves open, given the one open before it. */
function hiddenAfter(tag: string, open: string | undefined): string | undefined {
  if (open !== undefined) return new RegExp(`^</${open}\\s*>$`, 'i').test(tag) ? undefined : open;
  const m = HIDDEN_OPEN.exec(tag);
  return m?.[1] && !m[2] ? m[1].toLowerCase() : undefined;
}

/**
 * Appends the prose inside an inline container, copying verbatim where the
 * source text is the value. Text inside inline `<script>`, `<style>` and
 * similar elements is dropped (`state.hidden` names the one that is open).
 */
function appendInline(node: Parents, original: string, builder: CleanTextBuilder, state: { hidden?: string } = {}): void {
  for (const child of node.children as Nodes[]) {
    if (child.type === 'html') state.hidden = hiddenAfter(child.value.trim(), state.hidden);
    if (SKIPPED.has(child.type) || state.hidden !== undefined) continue;
    const start = child.position?.start.offset ?? 0;
    const end = child.position?.end.offset ?? start;
    if (child.type === 'text' || child.type === 'inlineCode') {
      if (original.slice(start, end) === child.value) builder.copy(start, end);
      else builder.insert(child.value, start);
    } else if (child.type === 'break') {
      builder.insert(' ', start);
    } else if ('children' in child) {
      appendInline(child, original, builder, state);
    }
  }
}
