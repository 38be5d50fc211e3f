import type { Span } from '../model';

/** What a block of a source document is for; `body`, `title` and `heading` blocks yield facts and quotes (headlines carry numbers too). */
export type BlockRole = 'title' | 'meta' | 'heading' | 'body' | 'boilerplate';

/** Whether a block's sentences are indexed as facts and quotes. */
export function yieldsFacts(block: Block): boolean {
  return block.role === 'body' || block.role === 'title' || block.role === 'heading';
}

/** A paragraph-level piece of a document's clean text. */
export interface Block {
  readonly span: Span;
  role: BlockRole;
}

/** What a format reader hands back before metadata and boilerplate are recognised. */
export interface ParsedText {
  readonly text: string;
  readonly map: import('./offsetMap').OffsetMap;
  readonly blocks: Block[];
  /** Metadata the format itself declared (front matter, HTML meta tags). */
  readonly declared: { title?: string; byline?: string; date?: string };
}
