/**
 * CPU-time measurements for tests that pin how work grows. Pass/fail tests never compare wall-clock time
 * with a limit: on a loaded 2-core machine that fails on unchanged code. They compare the CPU time this
 * process spends on a large input with the time it spends on a small one, best of several runs, against a
 * bound far from both linear and quadratic growth. Wall-clock speed is reported by `npm run bench`.
 */
import assert from 'node:assert/strict';

/** CPU milliseconds (user + system) this process spends running `f`. */
export function cpuMs(f: () => void): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The least CPU time of `repeats` runs of `f`: noise from the rest of the machine only ever adds time. */
export function bestCpuMs(f: () => void, repeats = 3): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) best = Math.min(best, cpuMs(f));
  return best;
}

/** What {@link assertLinearGrowth} measured. */
export interface Growth {
  smallMs: number;
  largeMs: number;
  ratio: number;
}

/**
 * Asserts that `run(n * 8)` costs well under the 64× of quadratic growth over `run(n)` (best of three CPU
 * times each, after a warm-up): the bound is 24×, three times linear. `what` names the input for the message.
 * A floor of 2 ms on the small run keeps timer resolution out of the ratio.
 */
export function assertLinearGrowth(what: string, run: (n: number) => void, n: number): Growth {
  const FACTOR = 8;
  const BOUND = 24;
  run(n); // warm-up: compile and cache before measuring
  const smallMs = Math.max(2, bestCpuMs(() => run(n)));
  const largeMs = bestCpuMs(() => run(n * FACTOR));
  const ratio = largeMs / smallMs;
  assert.ok(ratio < BOUND, `${FACTOR}× the ${what} took ${ratio.toFixed(1)}× the CPU time (${smallMs.toFixed(0)} → ${largeMs.toFixed(0)} ms; linear is ${FACTOR}×, quadratic ${FACTOR ** 2}×)`);
  return { smallMs, largeMs, ratio };
}
