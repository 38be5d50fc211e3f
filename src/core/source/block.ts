import type { Span } from '../model';

/** What a block of a source document is for; only `body` blocks yield facts and quotes. */
export type BlockRole = 'title' | 'meta' | 'heading' | 'body' | 'boilerplate';

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
