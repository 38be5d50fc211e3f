/**
 * Timing and memory helpers for the benchmark: wall-clock timing, order
 * statistics, heap size after a forced collection, and the longest
 * event-loop stall while an async task runs.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/** Median and 95th percentile of a sample, in the sample's unit. */
export interface Distribution {
  readonly median: number;
  readonly p95: number;
  readonly count: number;
}

/** The value at quantile `q` (0–1) of the samples, nearest-rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = samples.slice().sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? NaN;
}

/** Median and p95 of the samples. */
export function distribution(samples: readonly number[]): Distribution {
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), count: samples.length };
}

/** Runs `fn` once and returns its result with the elapsed milliseconds. */
export function timed<T>(fn: () => T): { readonly value: T; readonly ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** Runs an async `fn` and returns its result with the elapsed milliseconds. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ readonly value: T; readonly ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

/**
 * Memory in use after a full collection, in bytes: the JS heap plus the array
 * buffers behind typed arrays, which `heapUsed` leaves out. Needs `node --expose-gc`.
 */
export function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('Run with node --expose-gc to measure heap.');
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Runs an async task and reports the longest time the event loop was blocked meanwhile, in milliseconds. */
export async function maxStallDuring<T>(task: () => Promise<T>): Promise<{ readonly value: T; readonly stallMs: number; readonly ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const { value, ms } = await timedAsync(task);
  histogram.disable();
  return { value, ms, stallMs: histogram.max / 1e6 };
}
