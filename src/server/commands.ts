/**
 * `workspace/executeCommand` commands, and the `sourced/status` request that
 * tells a client (a status bar, a test) what the index holds and how many
 * checks ran, were dropped or published.
 */
import { RequestType0 } from 'vscode-languageserver';
import type { ServerContext } from './context';
import type { DiagnosticsFeature } from './diagnostics';
import { STATUS_METHOD, type ServerStatus } from './protocol';

export type { ServerStatus } from './protocol';

/** Rebuilds the source index from disk; answers the new index summary. */
export const REBUILD_INDEX_COMMAND = 'sourced.rebuildIndex';
/** Checks the draft whose URI is the first argument now; answers the number of contradictions, or null when the draft kept changing. */
export const CHECK_DOCUMENT_COMMAND = 'sourced.checkDocument';
/** The commands the server executes. */
export const COMMANDS = [REBUILD_INDEX_COMMAND, CHECK_DOCUMENT_COMMAND];

/** `sourced/status`: the index summary and the counts of checks. */
export const StatusRequest = new RequestType0<ServerStatus, void>(STATUS_METHOD);

/** Times "check document" starts again when the draft changed during its check. */
const CHECK_ATTEMPTS = 3;

/** Registers the commands and the status request. */
export function registerCommands(context: ServerContext, diagnostics: DiagnosticsFeature): void {
  const { connection } = context;
  connection.onExecuteCommand(async (params) => {
    if (params.command === REBUILD_INDEX_COMMAND) {
      await context.sources.rebuild();
      return context.sources.summary();
    }
    if (params.command === CHECK_DOCUMENT_COMMAND) {
      const uri: unknown = params.arguments?.[0];
      if (typeof uri !== 'string') return null;
      let count: number | undefined;
      for (let attempt = 0; count === undefined && attempt < CHECK_ATTEMPTS; attempt++) count = await diagnostics.checkNow(uri);
      return count ?? null;
    }
    return null;
  });
  connection.onRequest(StatusRequest, () => ({ index: context.sources.summary(), checks: context.checks.status(), diagnostics: { ...diagnostics.counts } }));
}
