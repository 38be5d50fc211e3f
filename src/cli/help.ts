/**
 * Help texts for `sourced` and each of its commands.
 */
import type { Command } from './args';

const COMMON = `Options:
  -s, --sources PATH   a folder, file or glob of sources (repeatable; default: seeds/)
  -f, --format FORMAT  text or json (default: text)
  --max-file-size-mb N skip sources larger than N megabytes (default: 10)
  -h, --help           show this help`;

const HELP: Record<Command | 'main', string> = {
  main: `sourced: search your sources and fact-check drafts against them.

Usage:
  sourced search QUERY [--limit N]       fuzzy search of facts and quotes
  sourced search --queries FILE          one query per line
  sourced facts                          list every fact and quote
  sourced check FILE...                  flag numbers that contradict the sources
  sourced lsp --stdio                    run the language server (Neovim, Helix, Zed, Emacs…)

Exit codes: 0 nothing to report, 1 a contradiction was found, 2 usage error or unreadable input.

${COMMON}`,
  search: `sourced search QUERY [--limit N]
sourced search --queries FILE [--limit N]

Fuzzy search over the facts and quotes of the sources. Tolerates typos, partial
words, any word order, speaker names and literal numbers. Best result first.

  -n, --limit N        results per query (default 10)
  -q, --queries FILE   read one query per line from FILE
${COMMON}`,
  facts: `sourced facts

Lists every fact (a sentence with numbers or named entities) and every quote
(with its speaker) found in the sources.

${COMMON}`,
  check: `sourced check FILE...

Checks each draft's numbers against the sources and reports the ones that
contradict them, like a linter: file:line:column severity message.
Exits 1 when a contradiction is found.

  --exit-zero          report contradictions but exit 0

${COMMON}`,
  lsp: `sourced lsp --stdio
sourced lsp --node-ipc

Runs the Sourced language server: fact and quote completion with citations,
hovers on citations and checked numbers, contradiction diagnostics and their
quick fixes, in any editor with an LSP client. It reads the sources of each
workspace folder the client opens, selected by the setting sourced.sources
(default: seeds/** and sources/**), and follows their changes on disk.

  --stdio              talk LSP over stdin and stdout
  --node-ipc           talk LSP over a Node IPC channel (for a Node parent process)
  -h, --help           show this help`,
};

/** The help text for a command, or the overview. */
export function helpText(command?: Command): string {
  return HELP[command ?? 'main'];
}
