import { Fleet } from './fleet';
import { LATENCY_LE } from './latency';
import { buildLayout, SeriesLayout } from './layout';
import { MetricType } from './metrics';
import { compileFleet, computeStep, createStepState } from './model';
import { StepSampler } from './sampler';
import { timeGrid } from './timeGrid';

export interface GenerateOptions {
  fleet: Fleet;
  /** Unix seconds of the first and last sample. */
  start: number;
  end: number;
  /** Spacing of the samples (of the history, when a fine tail is used). */
  stepSeconds: number;
  seed: number;
  /** Finer spacing for the last `fineWindowSeconds` (default: none). */
  fineStepSeconds?: number;
  fineWindowSeconds?: number;
  /** Time that fleet offsets are relative to (default: `end`). */
  anchor?: number;
  /**
   * Upper bound on the values held at once (series x steps per chunk).
   * Default 4,000,000 (32 MB). When the whole window fits, every series is
   * written in one piece; otherwise time is cut into chunks and each chunk
   * repeats the families.
   */
  maxChunkValues?: number;
}

/** Cumulative samples of one series over one time chunk. */
export interface SeriesBlock {
  family: string;
  type: MetricType;
  help: string;
  /** Sample name, e.g. `http_server_requests_total`. */
  name: string;
  labels: Record<string, string>;
  /** Unix seconds, strictly increasing. */
  timestamps: Float64Array;
  values: Float64Array;
}

const DEFAULT_MAX_CHUNK_VALUES = 4_000_000;

function firstIndexAtOrAfter(grid: Float64Array, time: number): number {
  let k = 0;
  while (k < grid.length && grid[k] < time) k++;
  return k;
}

/** Index of the first sample of every series (its service's or edge's birth). */
function firstSteps(
  grid: Float64Array,
  births: number[],
  layout: SeriesLayout,
) {
  const serviceFirst = births.map(b => firstIndexAtOrAfter(grid, b));
  const series = new Int32Array(layout.series.length);
  layout.services.forEach((s, i) => {
    const indices = [
      s.code200,
      s.code404,
      s.code500,
      s.code503,
      s.count,
      s.sum,
    ];
    for (let b = 0; b < LATENCY_LE.length && s.bucket0 >= 0; b++)
      indices.push(s.bucket0 + b);
    for (const idx of indices) if (idx >= 0) series[idx] = serviceFirst[i];
  });
  const edgeFirst = layout.edges.map(e =>
    Math.max(serviceFirst[e.client], serviceFirst[e.server]),
  );
  layout.edges.forEach((e, j) => {
    series[e.total] = edgeFirst[j];
    series[e.failed] = edgeFirst[j];
  });
  return { serviceFirst, edgeFirst, series };
}

/**
 * Simulates the fleet and yields cumulative counters, one block per series
 * and time chunk, grouped by family within a chunk. A series starts at 0 on
 * its first sample. Same options, same output. Memory is bounded by
 * `maxChunkValues` plus a few numbers per series.
 */
export function* generateSeries(
  options: GenerateOptions,
): Generator<SeriesBlock> {
  const grid = timeGrid(options);
  const cf = compileFleet(options.fleet, options.anchor ?? options.end);
  const layout = buildLayout(cf);
  const first = firstSteps(grid, cf.births, layout);
  const sampler = new StepSampler(cf, layout, options.seed);
  const state = createStepState(cf.services.length);
  const activeService = new Uint8Array(cf.services.length);
  const activeEdge = new Uint8Array(layout.edges.length);
  const seriesCount = layout.series.length;
  const cumulative = new Float64Array(seriesCount);
  const maxValues = options.maxChunkValues ?? DEFAULT_MAX_CHUNK_VALUES;
  const chunkSteps = Math.max(
    1,
    Math.floor(maxValues / Math.max(1, seriesCount)),
  );

  for (let from = 0; from < grid.length; from += chunkSteps) {
    const to = Math.min(grid.length, from + chunkSteps);
    const width = to - from;
    const values = new Float64Array(seriesCount * width);
    for (let k = from; k < to; k++) {
      if (k > 0) {
        first.serviceFirst.forEach(
          (f, i) => (activeService[i] = k > f ? 1 : 0),
        );
        first.edgeFirst.forEach((f, j) => (activeEdge[j] = k > f ? 1 : 0));
        computeStep(cf, grid[k - 1], grid[k], activeService, state);
        sampler.sample(
          grid[k] - grid[k - 1],
          state,
          activeService,
          activeEdge,
          cumulative,
        );
      }
      for (let i = 0; i < seriesCount; i++) {
        // Sums are kept exact and written with millisecond precision.
        values[i * width + (k - from)] =
          Math.round(cumulative[i] * 1000) / 1000;
      }
    }
    const timestamps = grid.subarray(from, to);
    for (let i = 0; i < seriesCount; i++) {
      const skip = Math.max(0, first.series[i] - from);
      if (skip >= width) continue;
      const { metric, name, labels } = layout.series[i];
      yield {
        family: metric.family,
        type: metric.type,
        help: metric.help,
        name,
        labels,
        timestamps: timestamps.subarray(skip),
        values: values.subarray(i * width + skip, (i + 1) * width),
      };
    }
  }
}
