/**
 * Runs a computation over a long draft chunk by chunk, resting between
 * chunks so the process that hosts it (an extension host, a language server)
 * can answer other requests meanwhile, and abandoning the run as soon as the
 * caller says its result went stale.
 */
import type { Span } from '../model';
import { draftChunks } from '../text/draftChunks';
import { movedBy } from '../text/spanEdits';

/** How {@link runInChunks} paces itself and knows when to stop. */
export interface ChunkedRunOptions<T = never> {
  /** Drafts up to this many characters are computed in one go; longer ones chunk by chunk. */
  readonly chunkChars: number;
  /** Longest rest between two chunks; each rest lasts as long as the last chunk worked, up to this. */
  readonly maxRestMs: number;
  /** True once the result would be stale (the draft, the sources or the request changed). Asked after every rest and at the end. */
  readonly isStale: () => boolean;
  /**
   * Results for each chunk that need the whole text in view (citations,
   * whose footnote definitions may lie in another chunk): called with the
   * whole text and the chunk's span, it returns results with spans in the
   * whole text. Merged with the chunks' results in text order.
   */
  readonly whole?: (text: string, chunk: Span) => T[];
}

/** Computes results with spans for one piece of draft text. */
export type ChunkCompute<T> = (text: string) => T[];

/** `compute` over `text`, chunk by chunk, with spans moved to draft offsets; undefined when the result went stale. */
export async function runInChunks<T extends { readonly span: Span }>(text: string, compute: ChunkCompute<T>, options: ChunkedRunOptions<T>): Promise<T[] | undefined> {
  const out: T[] = [];
  let busy = 0;
  for (const chunk of draftChunks(text, options.chunkChars)) {
    if (chunk.start > 0) {
      // Rest as long as the last chunk worked (up to a bound): a long draft is checked at half pace, leaving
      // the host and the machine free for what the writer does meanwhile (completion, hovers, typing).
      await new Promise((resolve) => setTimeout(resolve, Math.min(options.maxRestMs, busy)));
      if (options.isStale()) return undefined;
    }
    const started = Date.now();
    for (const result of compute(text.slice(chunk.start, chunk.end))) out.push(movedBy(result, chunk.start));
    if (options.whole) out.push(...options.whole(text, chunk));
    busy = Date.now() - started;
  }
  if (options.whole) out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return options.isStale() ? undefined : out;
}
