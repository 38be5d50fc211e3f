/**
 * "Rebuild Source Index": reads every source again and resolves to the
 * index's summary (what was indexed, what was skipped and why, notes on
 * globs that matched nothing), which tests and other extensions can read.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';
import type { IndexSummary } from '../sourceIndexService';

/** Registers the command. */
export function registerRebuildIndex(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourced.rebuildIndex', async (): Promise<IndexSummary> => {
      services.sources.rebuild();
      await services.sources.ready();
      return services.sources.summary();
    }),
  );
}
