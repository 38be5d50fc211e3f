/**
 * The status bar item: the index's state and size; a click opens the fact
 * picker, and the tooltip lists the files that were skipped and the globs
 * that matched nothing, one line each.
 */
import * as vscode from 'vscode';
import { INSERT_FACT_COMMAND } from './commands/insertFact';
import type { Services } from './services';
import { statusView } from './statusView';

/** What a click on the item does, as its tooltip says. */
export const CLICK_HINT = 'Click to insert a fact or quote.';

/** Registers the status bar item and keeps it current. */
export function registerStatusBar(context: vscode.ExtensionContext, services: Services): void {
  const item = vscode.window.createStatusBarItem('sourced.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Sourced';
  item.command = INSERT_FACT_COMMAND;
  const update = (): void => {
    const view = statusView(services.sources.summary(), CLICK_HINT);
    item.text = view.text;
    item.tooltip = view.tooltip;
  };
  update();
  item.show();
  context.subscriptions.push(item, services.sources.onDidChange(update), services.sources.onDidChangeState(update));
}
