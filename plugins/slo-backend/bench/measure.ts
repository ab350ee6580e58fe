import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

setFlagsFromString('--expose-gc');
/** The V8 collector, exposed without a command-line flag. */
export const gc: () => void = runInNewContext('gc');

const MB = 1024 * 1024;
export const mb = (bytes: number) => bytes / MB;

export interface Memory {
  /** Highest RSS above the start, sampled every 5 ms while awaiting. */
  peakRssMb: number;
  /** Heap used at the end minus at the start (garbage included). */
  heapMb: number;
  /** Heap still used after a full GC at the end minus at the start. */
  retainedMb: number;
}

/** Times `fn` and samples the memory it uses, from a collected heap. */
export async function measure<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; ms: number; memory: Memory }> {
  gc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 5);
  const start = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - start;
    sample();
    const end = process.memoryUsage();
    gc();
    const retained = process.memoryUsage();
    return {
      result,
      ms,
      memory: {
        peakRssMb: mb(peakRss - base.rss),
        heapMb: mb(end.heapUsed - base.heapUsed),
        retainedMb: mb(retained.heapUsed - base.heapUsed),
      },
    };
  } finally {
    clearInterval(timer);
  }
}

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles. */
export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) =>
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ];
  return {
    n: sorted.length,
    p50: rank(50),
    p95: rank(95),
    p99: rank(99),
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

export const median = (values: number[]) => percentiles(values).p50;
