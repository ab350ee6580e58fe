import { GenerateOptions, generateSeries, SeriesBlock } from './generate';
import { buildLayout, SeriesLayout } from './layout';
import {
  CompiledFleet,
  compileFleet,
  computeStep,
  createStepState,
  StepState,
} from './model';
import { familyHeader, formatLabels, formatValue } from './openmetrics';
import { deriveSeed } from './rng';
import { StepSampler } from './sampler';

/** Options of {@link LiveFeed.afterHistory}. */
export interface LiveFeedOptions extends GenerateOptions {
  /** Longest simulated interval per step when catching up (default 15 s). */
  maxStepSeconds?: number;
}

const seriesKey = (name: string, labels: Record<string, string>) =>
  `${name}${formatLabels(labels)}`;

/**
 * Passes blocks through, keeping each series' last value in `last`: what
 * {@link LiveFeed.afterHistory} needs, taken while the history is written.
 */
export function* tapLastValues(
  blocks: Iterable<SeriesBlock>,
  last: Map<string, number>,
): Generator<SeriesBlock> {
  for (const block of blocks) {
    last.set(
      seriesKey(block.name, block.labels),
      block.values[block.values.length - 1],
    );
    yield block;
  }
}

/**
 * The fleet's telemetry continued in real time after a backfilled history.
 * Counters go on from the history's last values, so a Prometheus that
 * scrapes the feed into the same series (the history has no `job` or
 * `instance` label) sees one series without a reset. Fleet offsets stay
 * relative to the history's anchor: incidents are over, deployments stay.
 */
export class LiveFeed {
  private readonly activeService: Uint8Array;
  private readonly activeEdge: Uint8Array;
  private readonly state: StepState;

  private constructor(
    private readonly cf: CompiledFleet,
    private readonly layout: SeriesLayout,
    private readonly sampler: StepSampler,
    private readonly cumulative: Float64Array,
    private time: number,
    private readonly maxStepSeconds: number,
  ) {
    // Every service is born by the history's end (checked below).
    this.activeService = new Uint8Array(cf.services.length).fill(1);
    this.activeEdge = new Uint8Array(layout.edges.length).fill(1);
    this.state = createStepState(cf.services.length);
  }

  /**
   * Continues the history `options` describes (the same options that wrote
   * the backfill) from its end. Its last values come from `lastValues`
   * (see {@link tapLastValues}), or else from replaying it.
   */
  static afterHistory(
    options: LiveFeedOptions,
    lastValues?: ReadonlyMap<string, number>,
  ): LiveFeed {
    const cf = compileFleet(options.fleet, options.anchor ?? options.end);
    const unborn = cf.births.findIndex(birth => birth > options.end);
    if (unborn >= 0) {
      throw new Error(
        `${cf.services[unborn].name} is born after the history ends: a live feed continues existing series only`,
      );
    }
    const layout = buildLayout(cf);
    let last = lastValues;
    if (!last) {
      const replayed = new Map<string, number>();
      for (const _ of tapLastValues(generateSeries(options), replayed));
      last = replayed;
    }
    const cumulative = Float64Array.from(
      layout.series,
      s => last!.get(seriesKey(s.name, s.labels)) ?? 0,
    );
    // A random stream of its own: the history's draws are not replayed.
    const sampler = new StepSampler(
      cf,
      layout,
      deriveSeed(options.seed, 'live'),
    );
    const maxStep = options.maxStepSeconds ?? 15;
    if (!(maxStep > 0)) throw new Error('maxStepSeconds must be > 0');
    return new LiveFeed(cf, layout, sampler, cumulative, options.end, maxStep);
  }

  /** Unix seconds the counters are simulated up to. */
  get now(): number {
    return this.time;
  }

  /** Simulates up to `time` (Unix seconds); earlier times change nothing. */
  advanceTo(time: number): void {
    while (this.time < time) {
      const next = Math.min(time, this.time + this.maxStepSeconds);
      computeStep(this.cf, this.time, next, this.activeService, this.state);
      this.sampler.sample(
        next - this.time,
        this.state,
        this.activeService,
        this.activeEdge,
        this.cumulative,
      );
      this.time = next;
    }
  }

  /**
   * The current values as OpenMetrics text for a scrape: one sample per
   * series, without timestamps (Prometheus stamps the scrape), `# EOF` last.
   */
  exposition(): string {
    const lines: string[] = [];
    let family: string | undefined;
    this.layout.series.forEach(({ metric, name, labels }, i) => {
      if (metric.family !== family) {
        lines.push(familyHeader(metric.family, metric.type, metric.help));
        family = metric.family;
      }
      const value = Math.round(this.cumulative[i] * 1000) / 1000;
      lines.push(`${name}${formatLabels(labels)} ${formatValue(value)}\n`);
    });
    return `${lines.join('')}# EOF\n`;
  }
}
