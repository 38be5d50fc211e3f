/**
 * `sourced search`: fuzzy search over facts and quotes.
 */
import { readFile } from 'node:fs/promises';
import type { SearchResult, SourceIndex } from '../../core/index/sourceIndex';
import { UsageError, type CliArgs } from '../args';
import type { CliIo } from '../io';

/** A search hit as the CLI prints it. */
export interface SearchHitJson {
  kind: 'fact' | 'quote';
  text: string;
  speaker?: string;
  source: { file: string; line: number; column: number };
  score: number;
}

/** Runs `sourced search`. */
export async function searchCommand(args: CliArgs, index: SourceIndex, io: CliIo): Promise<number> {
  if (args.queries !== undefined) {
    const queries = (await readFile(args.queries, 'utf8').catch(() => {
      throw new UsageError(`cannot read queries file: ${args.queries}`);
    }))
      .split(/\r?\n/)
      .map((q) => q.trim())
      .filter((q) => q.length > 0);
    const answered = queries.map((query) => ({ query, results: index.search(query, { limit: args.limit }).map(toJson) }));
    if (args.format === 'json') io.out(JSON.stringify({ queries: answered }, null, 2));
    else for (const a of answered) io.out(`? ${a.query}\n${formatHits(a.results)}`);
    return 0;
  }
  const query = args.positionals.join(' ').trim();
  if (!query) throw new UsageError('search needs a QUERY or --queries FILE');
  const results = index.search(query, { limit: args.limit }).map(toJson);
  io.out(args.format === 'json' ? JSON.stringify({ results }, null, 2) : formatHits(results) || 'no results');
  return 0;
}

/** Converts a search result to its JSON shape. */
export function toJson(r: SearchResult): SearchHitJson {
  const { item } = r;
  return {
    kind: item.kind,
    text: item.text,
    ...(item.kind === 'quote' && item.speaker ? { speaker: item.speaker } : {}),
    source: { file: item.file, line: item.location.line, column: item.location.column },
    score: Math.round(r.score * 1e4) / 1e4,
  };
}

function formatHits(hits: readonly SearchHitJson[]): string {
  return hits
    .map((h, i) => `${i + 1}. ${h.source.file}:${h.source.line}:${h.source.column} [${h.kind}${h.speaker ? `: ${h.speaker}` : ''}] ${oneLine(h.text)}`)
    .join('\n');
}

/** Collapses a passage's whitespace for one-line display. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
