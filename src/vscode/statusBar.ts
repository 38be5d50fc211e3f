/**
 * The status bar item: the index's state and size; a click opens the fact
 * picker, and the tooltip lists the files that were skipped and the globs
 * that matched nothing, one line each.
 */
import * as vscode from 'vscode';
import { INSERT_FACT_COMMAND } from './commands/insertFact';
import type { Services } from './services';
import type { IndexSummary } from './sourceIndexService';

/** What the status bar item shows: its text and its tooltip (Markdown). */
export interface StatusView {
  readonly text: string;
  readonly tooltip: vscode.MarkdownString;
}

/** The status bar item's text and tooltip for an index summary. */
export function statusView(summary: IndexSummary): StatusView {
  if (summary.state !== 'ready') {
    const indexing = summary.state === 'indexing';
    return {
      text: indexing ? '$(sync~spin) Sourced: indexing…' : '$(book) Sourced',
      tooltip: new vscode.MarkdownString(indexing ? 'Sourced is reading the sources.' : 'Sourced indexes the sources when first needed. Click to insert a fact or quote.'),
    };
  }
  const icon = summary.sources === 0 ? '$(warning)' : '$(book)';
  const tooltip = new vscode.MarkdownString(`${plural(summary.quotes, 'quote')} also indexed. Click to insert a fact or quote.`);
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

/** Registers the status bar item and keeps it current. */
export function registerStatusBar(context: vscode.ExtensionContext, services: Services): void {
  const item = vscode.window.createStatusBarItem('sourced.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Sourced';
  item.command = INSERT_FACT_COMMAND;
  const update = (): void => {
    const view = statusView(services.sources.summary());
    item.text = view.text;
    item.tooltip = view.tooltip;
  };
  update();
  item.show();
  context.subscriptions.push(item, services.sources.onDidChange(update), services.sources.onDidChangeState(update));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
