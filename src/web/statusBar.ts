/**
 * The browser build's status bar item: what the server's index holds, from
 * its `sourced/didChangeIndex` notifications, with the same text and tooltip
 * as on the desktop. A click does nothing here: the fact picker is
 * desktop-only.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/browser';
import { INDEX_CHANGED_METHOD, type IndexChangedParams } from '../server/protocol';
import { statusView } from '../vscode/statusView';

/** Shows the item ("indexing…" until the first build is reported) and keeps it current; register before the client starts. */
export function registerStatusBar(client: BaseLanguageClient): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sourced.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Sourced';
  const show = (summary: IndexChangedParams): void => {
    const view = statusView(summary, '');
    item.text = view.text;
    item.tooltip = view.tooltip;
  };
  show({ state: 'indexing', sources: 0, facts: 0, quotes: 0, skipped: [], notes: [] });
  item.show();
  return vscode.Disposable.from(item, client.onNotification(INDEX_CHANGED_METHOD, show));
}
