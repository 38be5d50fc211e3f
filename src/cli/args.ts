/**
 * Command-line parsing for `sourced`, on Node's own `util.parseArgs`.
 */
import { parseArgs } from 'node:util';

/** The commands `sourced` knows. */
export const COMMANDS = ['search', 'facts', 'check', 'lsp'] as const;
/** One of {@link COMMANDS}. */
export type Command = (typeof COMMANDS)[number];

/** Parsed command line. */
export interface CliArgs {
  readonly command?: Command;
  readonly positionals: string[];
  readonly sources: string[];
  readonly format: 'text' | 'json';
  readonly limit: number;
  readonly queries?: string;
  readonly help: boolean;
  readonly version: boolean;
  /** `check` only: exit 0 even when contradictions are found (report-only runs). */
  readonly exitZero: boolean;
  /** Sources larger than this many megabytes (MiB) are skipped without being read. */
  readonly maxFileSizeMb: number;
  /** `lsp` only: how the server talks to its client. */
  readonly transport?: 'stdio' | 'node-ipc';
}

/** Default for `--max-file-size-mb`. */
export const DEFAULT_MAX_FILE_SIZE_MB = 10;

/** A mistake in how the CLI was called: exit code 2, with a one-line message. */
export class UsageError extends Error {}

/** Parses argv (without the node and script entries). Throws {@link UsageError} on bad flags. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        sources: { type: 'string', multiple: true, short: 's' },
        format: { type: 'string', short: 'f', default: 'text' },
        limit: { type: 'string', short: 'n', default: '10' },
        queries: { type: 'string', short: 'q' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        'exit-zero': { type: 'boolean', default: false },
        'max-file-size-mb': { type: 'string', default: String(DEFAULT_MAX_FILE_SIZE_MB) },
        stdio: { type: 'boolean', default: false },
        'node-ipc': { type: 'boolean', default: false },
        // Language clients pass their process id so that the server can exit with them; vscode-languageserver reads it.
        clientProcessId: { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  if (first !== undefined && !(COMMANDS as readonly string[]).includes(first)) throw new UsageError(`unknown command '${first}' (try: ${COMMANDS.join(', ')})`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not '${values.format}'`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not '${values.limit}'`);
  const maxFileSizeMb = Number(values['max-file-size-mb']);
  if (!Number.isFinite(maxFileSizeMb) || maxFileSizeMb <= 0) throw new UsageError(`--max-file-size-mb must be a positive number, not '${values['max-file-size-mb']}'`);
  if (values.stdio && values['node-ipc']) throw new UsageError('choose one transport: --stdio or --node-ipc');
  const transport = values.stdio ? 'stdio' : values['node-ipc'] ? 'node-ipc' : undefined;
  if (transport && first !== 'lsp') throw new UsageError(`--${transport} is an option of the lsp command`);
  return {
    command: first as Command | undefined,
    positionals: rest,
    sources: values.sources && values.sources.length > 0 ? values.sources : ['seeds'],
    format: values.format,
    limit,
    queries: values.queries,
    help: values.help ?? false,
    version: values.version ?? false,
    exitZero: values['exit-zero'] ?? false,
    maxFileSizeMb,
    ...(transport ? { transport } : {}),
  };
}
