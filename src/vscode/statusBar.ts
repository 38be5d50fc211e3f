/**
 * The status bar item: the index's state and size; a click opens the fact
 * picker, and the tooltip lists files that were skipped.
 */
import * as vscode from 'vscode';
import { INSERT_FACT_COMMAND } from './commands/insertFact';
import type { Services } from './services';

/** Registers the status bar item and keeps it current. */
export function registerStatusBar(context: vscode.ExtensionContext, services: Services): void {
  const item = vscode.window.createStatusBarItem('sourced.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Sourced';
  item.command = INSERT_FACT_COMMAND;
  const update = (): void => {
    const { sources } = services;
    const index = sources.current;
    if (sources.state === 'indexing' || !index) {
      item.text = sources.state === 'indexing' ? '$(sync~spin) Sourced: indexing…' : '$(book) Sourced';
      item.tooltip = sources.state === 'indexing' ? 'Sourced is reading the sources.' : 'Sourced indexes the sources when first needed. Click to insert a fact or quote.';
    } else {
      item.text = `$(book) Sourced: ${plural(index.fileCount, 'source')} · ${plural(index.facts.length, 'fact')}`;
      const tooltip = new vscode.MarkdownString(`${plural(index.quotes.length, 'quote')} also indexed. Click to insert a fact or quote.`);
      const skipped = [...sources.skipped];
      if (skipped.length > 0) tooltip.appendMarkdown('\n\nSkipped:\n');
      for (const [path, reason] of skipped) tooltip.appendMarkdown('\n- ').appendText(`${path}: ${reason}`);
      item.tooltip = tooltip;
    }
  };
  update();
  item.show();
  context.subscriptions.push(item, services.sources.onDidChange(update), services.sources.onDidChangeState(update));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
