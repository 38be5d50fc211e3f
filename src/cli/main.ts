/**
 * `sourced`: the command-line front end over the core. Errors are one line
 * on stderr and never a stack trace.
 */
import { SourceIndex } from '../core/index/sourceIndex';
import { parseCliArgs, UsageError } from './args';
import { checkCommand } from './commands/check';
import { factsCommand } from './commands/facts';
import { lspCommand } from './commands/lsp';
import { searchCommand } from './commands/search';
import { helpText } from './help';
import { processIo, type CliIo } from './io';
import { loadSources, type SkippedSource } from './loadSources';

/** Runs the CLI and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.version) {
      io.out('sourced 0.1.0');
      return 0;
    }
    if (args.help || !args.command) {
      io.out(helpText(args.command));
      return args.command || args.help ? 0 : 2;
    }
    if (args.command === 'lsp') {
      lspCommand(args.transport);
      return 0;
    }
    const loaded = await loadSources(args.sources, { maxFileBytes: args.maxFileSizeMb * 2 ** 20 });
    if (loaded.inputs.length === 0) throw new UsageError(noSourcesMessage(args.sources, loaded.skipped));
    for (const s of loaded.skipped) io.err(`sourced: skipped ${s.path}: ${s.reason}`);
    for (const w of loaded.warnings) io.err(`sourced: warning: ${w.path}: ${w.message}`);
    const index = SourceIndex.build(loaded.inputs);
    switch (args.command) {
      case 'search':
        return await searchCommand(args, index, io);
      case 'facts':
        return factsCommand(args.format, index, io, loaded.skipped);
      case 'check':
        return (await checkCommand(args.positionals, args.format, index, io)) === 1 && !args.exitZero ? 1 : 0;
    }
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    io.err(`sourced: ${message.split('\n')[0] ?? ''}`);
    return 2;
  }
}

/** The one line that explains why no source could be read, e.g. "no sources: notes/: not found". */
function noSourcesMessage(specs: readonly string[], skipped: readonly SkippedSource[]): string {
  const [only] = skipped;
  if (skipped.length === 1 && only) return `no sources: ${only.path}: ${only.reason}`;
  const reasons = skipped.length > 0 ? ` (${skipped.length} skipped; first: ${skipped[0]?.path}: ${skipped[0]?.reason})` : '';
  return `no readable sources in ${specs.join(', ')}${reasons}`;
}

if (require.main === module) {
  // A reader that stops early ("sourced check draft.md | head") closes the pipe: that ends the output, it is no error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
