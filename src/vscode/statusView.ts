/**
 * What the Sourced status bar item shows for an index summary: the index's
 * state and size, and a tooltip that lists the files that were skipped and
 * the globs that matched nothing, one line each. The desktop extension and
 * the browser client show the same.
 */
import * as vscode from 'vscode';
import type { IndexSummary } from '../core/index/summary';

/** What the status bar item shows: its text and its tooltip (Markdown). */
export interface StatusView {
  readonly text: string;
  readonly tooltip: vscode.MarkdownString;
}

/** The status bar item's text and tooltip for an index summary; `clickHint` (what a click does, '' for nothing) ends the first line of the tooltip. */
export function statusView(summary: IndexSummary, clickHint: string): StatusView {
  const hint = clickHint === '' ? '' : ` ${clickHint}`;
  if (summary.state !== 'ready') {
    const indexing = summary.state === 'indexing';
    return {
      text: indexing ? '$(sync~spin) Sourced: indexing…' : '$(book) Sourced',
      tooltip: new vscode.MarkdownString(indexing ? 'Sourced is reading the sources.' : `Sourced indexes the sources when first needed.${hint}`),
    };
  }
  const icon = summary.sources === 0 ? '$(warning)' : '$(book)';
  const tooltip = new vscode.MarkdownString(`${plural(summary.quotes, 'quote')} also indexed.${hint}`);
  tooltip.supportHtml = false;
  appendList(tooltip, 'Skipped', summary.skipped.map(({ path, reason }) => `${path}: ${reason}`));
  appendList(tooltip, 'Sources not found', summary.notes);
  return { text: `${icon} Sourced: ${plural(summary.sources, 'source')} · ${plural(summary.facts, 'fact')}`, tooltip };
}

/** Appends a heading and one escaped line per entry, when there are entries. */
function appendList(md: vscode.MarkdownString, heading: string, lines: readonly string[]): void {
  if (lines.length === 0) return;
  md.appendMarkdown(`\n\n${heading}:\n`);
  for (const line of lines) md.appendMarkdown('\n- ').appendText(line);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
