/**
 * The status bar item: what the server's index holds, from its
 * `sourced/didChangeIndex` notifications (sent when the index changes and
 * when a rebuild starts), with the files that were skipped and the globs
 * that matched nothing in the tooltip. A click opens the fact picker.
 */
import * as vscode from 'vscode';
import type { IndexChangedParams } from '../server/protocol';
import { INSERT_FACT_COMMAND } from './commands/insertFact';
import { statusView, type StatusView } from './statusView';

/** What a click on the item does, as its tooltip says. */
export const CLICK_HINT = 'Click to insert a fact or quote.';

/** The status bar item, kept current by the server. */
export interface StatusBar extends vscode.Disposable {
  /** What the item shows now. */
  readonly view: StatusView;
}

/** Shows the item ("indexing…" until the server reports its first build), kept current by `indexChanged`. */
export function registerStatusBar(indexChanged: vscode.Event<IndexChangedParams>): StatusBar {
  const item = vscode.window.createStatusBarItem('sourced.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Sourced';
  item.command = INSERT_FACT_COMMAND;
  let view = statusView({ state: 'indexing', sources: 0, facts: 0, quotes: 0, skipped: [], notes: [] }, CLICK_HINT);
  const show = (summary: IndexChangedParams): void => {
    view = statusView(summary, CLICK_HINT);
    item.text = view.text;
    item.tooltip = view.tooltip;
  };
  item.text = view.text;
  item.tooltip = view.tooltip;
  item.show();
  const disposable = vscode.Disposable.from(item, indexChanged(show));
  return {
    get view(): StatusView {
      return view;
    },
    dispose: (): void => {
      disposable.dispose();
    },
  };
}
