/**
 * `sourced facts`: every fact and quote in the index.
 */
import type { SourceIndex } from '../../core/index/sourceIndex';
import type { CliIo } from '../io';
import type { SkippedSource } from '../loadSources';
import { oneLine } from './search';

/** Runs `sourced facts`; `skipped` sources are listed in the JSON output too (stderr has them in both formats). */
export function factsCommand(format: 'text' | 'json', index: SourceIndex, io: CliIo, skipped: readonly SkippedSource[] = []): number {
  const items = [...index.facts, ...index.quotes].sort((a, b) => a.file.localeCompare(b.file) || a.span.start - b.span.start);
  if (format === 'json') {
    const sources = index.documents.map((d) => ({ file: d.file, ...d.metadata, facts: index.itemsOf(d.file).filter((i) => i.kind === 'fact').length, quotes: index.itemsOf(d.file).filter((i) => i.kind === 'quote').length }));
    const json = items.map((i) => ({
      kind: i.kind,
      text: i.text,
      ...(i.kind === 'quote' ? { speaker: i.speaker, role: i.role } : { entities: i.entities, quantities: i.quantities.map((q) => q.text) }),
      source: { file: i.file, line: i.location.line, column: i.location.column },
    }));
    io.out(JSON.stringify({ sources, items: json, skipped: skipped.map((s) => ({ file: s.path, reason: s.reason })) }, null, 2));
    return 0;
  }
  for (const i of items) {
    const who = i.kind === 'quote' ? ` — ${i.speaker ?? 'unattributed'}${i.role ? `, ${i.role}` : ''}` : '';
    io.out(`${i.file}:${i.location.line}:${i.location.column} [${i.kind}] ${oneLine(i.text)}${who}`);
  }
  io.out(`${index.facts.length} facts, ${index.quotes.length} quotes in ${index.fileCount} sources`);
  return 0;
}
