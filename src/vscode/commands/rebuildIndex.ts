/**
 * "Rebuild Source Index": reads every source again.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';

/** Registers the command; it resolves once the new index is built. */
export function registerRebuildIndex(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourced.rebuildIndex', async () => {
      services.sources.rebuild();
      const index = await services.sources.ready();
      return index.fileCount;
    }),
  );
}
