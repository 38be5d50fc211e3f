/**
 * "Rebuild Source Index": reads every source again.
 */
import * as vscode from 'vscode';
import type { Services } from '../services';

/** What the command resolves to once the new index is built. */
export interface RebuildSummary {
  readonly sources: number;
  readonly facts: number;
  readonly quotes: number;
  /** Files the globs matched but that were not indexed, with the reason. */
  readonly skipped: { readonly path: string; readonly reason: string }[];
}

/** Registers the command. */
export function registerRebuildIndex(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourced.rebuildIndex', async (): Promise<RebuildSummary> => {
      services.sources.rebuild();
      const index = await services.sources.ready();
      const skipped = [...services.sources.skipped].map(([path, reason]) => ({ path, reason }));
      return { sources: index.fileCount, facts: index.facts.length, quotes: index.quotes.length, skipped };
    }),
  );
}
