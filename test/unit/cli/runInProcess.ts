/**
 * Test helper: runs the `sourced` CLI in-process in a given folder and captures what it prints.
 */
import { runCli } from '../../../src/cli/main';

/** What one CLI run returned and printed. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI with `argv` as if started in `cwd`, restoring the working folder afterwards. */
export async function runCliIn(cwd: string, ...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out, err };
  } finally {
    process.chdir(before);
  }
}
