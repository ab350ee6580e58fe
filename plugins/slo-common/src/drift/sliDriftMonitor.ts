/**
 * Watches one SLI of one entity: standardises each point against a
 * baseline learnt from the first points, feeds Page-Hinkley, ADWIN and
 * KSWIN, and confirms drift when two of them agree (DriftVote). Its whole
 * state is JSON, so a job can store it between runs.
 */
import type { DriftDetectorName, DriftSli } from '../types/drift';
import { Adwin, AdwinParams } from './adwin';
import { DriftVote, DriftVoteParams } from './confirmDrift';
import { Kswin, KswinParams } from './kswin';
import { PageHinkley, PageHinkleyParams } from './pageHinkley';
import {
  medianOrNull,
  SliBaseline,
  sliBaseline,
  SliDriftPoint,
  standardise,
} from './sliBaseline';
import { changePoint } from './changePoint';
import {
  sliDriftMonitorStateSchema,
  SliDriftMonitorState,
} from './sliDriftMonitorState';
import { parseOrThrow } from './validation';

/** Detector order in votes and state. @public */
export const DRIFT_DETECTORS: readonly DriftDetectorName[] = [
  'page_hinkley',
  'adwin',
  'kswin',
];

/** Parameters of a {@link SliDriftMonitor}. @public */
export interface SliDriftMonitorParams {
  sli: DriftSli;
  /** Points collected before the baseline is fixed and detection starts. */
  baselinePoints: number;
  pageHinkley?: Partial<PageHinkleyParams>;
  adwin?: Partial<AdwinParams>;
  kswin?: Partial<KswinParams>;
  vote?: Partial<Omit<DriftVoteParams, 'voters'>>;
  /**
   * Smallest change reported: relative to the p99 before, or to the error
   * ratio before for availability. Defaults in {@link MIN_RELATIVE_CHANGE}.
   */
  minRelativeChange?: number;
}

/**
 * Default smallest reported change. The detectors also pick up changes
 * too small to matter, such as a daily traffic cycle moving the p99 by 1%;
 * owners need those no more than a new recommendation. +50% errors spends
 * the error budget half as fast again.
 * @public
 */
export const MIN_RELATIVE_CHANGE: Readonly<Record<DriftSli, number>> = {
  latency_p99: 0.05,
  availability: 0.5,
};

/** A change two detectors agreed on. @public */
export interface SliDriftConfirmation {
  sli: DriftSli;
  /** End of the first point after the change, estimated from the points kept. */
  changedAt: number;
  /** End of the point at which the vote was reached. */
  detectedAt: number;
  /** The agreeing detectors, in the order they fired. */
  detectors: DriftDetectorName[];
  /**
   * The SLI before `changedAt` and from then on, over the points kept:
   * the median p99, or the availability of all their requests.
   */
  before: number | null;
  after: number | null;
}

const toPoint = ([t, value, events]: [number, number, number]) => ({
  t,
  value,
  events,
});

/** Drift detection on one SLI stream. @public */
export class SliDriftMonitor {
  private pending: SliDriftPoint[] = [];
  private baseline: SliBaseline | null = null;
  private fired: ({ n: number; t: number } | null)[] = [null, null, null];
  private n = 0;
  private carry: SliDriftPoint | null = null;
  private lastDetectedAt: number | null = null;
  private recent: [number, number, number][] = [];

  private constructor(
    readonly sli: DriftSli,
    readonly baselinePoints: number,
    readonly minRelativeChange: number,
    private readonly detectors: [PageHinkley, Adwin, Kswin],
    private readonly vote: DriftVote,
  ) {
    if (!Number.isInteger(baselinePoints) || baselinePoints < 2) {
      throw new RangeError(
        `baselinePoints must be an integer >= 2, got ${baselinePoints}`,
      );
    }
    if (!(minRelativeChange >= 0 && Number.isFinite(minRelativeChange))) {
      throw new RangeError(
        `minRelativeChange must be a finite number >= 0, got ${minRelativeChange}`,
      );
    }
  }

  static create(params: SliDriftMonitorParams): SliDriftMonitor {
    return new SliDriftMonitor(
      params.sli,
      params.baselinePoints,
      params.minRelativeChange ?? MIN_RELATIVE_CHANGE[params.sli],
      [
        new PageHinkley(params.pageHinkley),
        new Adwin(params.adwin),
        new Kswin(params.kswin),
      ],
      new DriftVote({ ...params.vote, voters: 3 }),
    );
  }

  static restore(state: unknown): SliDriftMonitor {
    const s = parseOrThrow(
      sliDriftMonitorStateSchema,
      state,
      'SLI drift monitor state',
    );
    const monitor = new SliDriftMonitor(
      s.sli,
      s.baselinePoints,
      s.minRelativeChange,
      [
        PageHinkley.restore(s.detectors[0]),
        Adwin.restore(s.detectors[1]),
        Kswin.restore(s.detectors[2]),
      ],
      DriftVote.restore(s.vote),
    );
    if (s.baseline && s.baseline.sli !== s.sli) {
      throw new RangeError(
        'invalid SLI drift monitor state: baseline of another SLI',
      );
    }
    monitor.pending = s.pending;
    monitor.baseline = s.baseline;
    monitor.fired = s.fired;
    monitor.n = s.n;
    monitor.carry = s.carry;
    monitor.lastDetectedAt = s.lastDetectedAt;
    monitor.recent = s.recent;
    return monitor;
  }

  /** Whether the baseline is learnt and points are being tested. */
  get detecting(): boolean {
    return this.baseline !== null;
  }

  /**
   * Feeds one point; returns the confirmations it produced (several only
   * while the points collected for the baseline are replayed).
   */
  update(point: SliDriftPoint): SliDriftConfirmation[] {
    if (this.baseline) return this.feed(this.baseline, point);
    this.pending.push({ ...point });
    if (this.pending.length < this.baselinePoints) return [];
    const baseline = sliBaseline(this.sli, this.pending);
    this.baseline = baseline;
    const replay = this.pending;
    this.pending = [];
    return replay.flatMap(p => this.feed(baseline, p));
  }

  /**
   * A point expected to hold less than one failed request has an error
   * ratio of mostly zeros and single errors, which the detectors read as
   * wild swings; such points are merged with the next ones first.
   */
  private merge(
    baseline: SliBaseline,
    point: SliDriftPoint,
  ): SliDriftPoint | undefined {
    if (baseline.sli !== 'availability') return point;
    const c = this.carry;
    const events = (c?.events ?? 0) + point.events;
    const good = (c ? c.value * c.events : 0) + point.value * point.events;
    const merged = { t: point.t, value: good / events, events };
    if (events * baseline.errorRatio < 1) {
      this.carry = merged;
      return undefined;
    }
    this.carry = null;
    return merged;
  }

  private feed(
    baseline: SliBaseline,
    raw: SliDriftPoint,
  ): SliDriftConfirmation[] {
    const point = this.merge(baseline, raw);
    if (!point) return [];
    const score = standardise(baseline, point);
    this.recent.push([point.t, point.value, point.events]);
    const keep = 2 * this.vote.params.window;
    if (this.recent.length > keep)
      this.recent.splice(0, this.recent.length - keep);
    const detections = this.detectors.map(d => d.update(score));
    detections.forEach((hit, i) => {
      if (hit) this.fired[i] = { n: this.n, t: point.t };
    });
    const window = this.vote.params.window;
    const holders = this.fired
      .map((f, i) => ({ f, name: DRIFT_DETECTORS[i] }))
      .filter(
        (h): h is { f: { n: number; t: number }; name: DriftDetectorName } =>
          h.f !== null && this.n - h.f.n < window,
      )
      .sort((a, b) => a.f.n - b.f.n);
    const confirmed = this.vote.record(detections);
    this.n++;
    if (!confirmed) return [];
    this.fired = [null, null, null];
    // A second drift soon after the first (an outage's recovery) is
    // searched for after the first, not at its larger start again.
    const since = this.recent.filter(
      ([t]) => this.lastDetectedAt === null || t > this.lastDetectedAt,
    );
    const span = since.length >= 2 ? since : this.recent;
    const split = changePoint(span.map(p => standardise(baseline, toPoint(p))));
    const changedAt = span[split][0];
    const before = this.summarise(span.slice(0, split));
    const after = this.summarise(span.slice(split));
    this.lastDetectedAt = point.t;
    if (!this.material(before, after)) return [];
    return [
      {
        sli: this.sli,
        changedAt,
        detectedAt: point.t,
        detectors: holders.map(h => h.name),
        before,
        after,
      },
    ];
  }

  private summarise(points: [number, number, number][]): number | null {
    if (this.sli === 'latency_p99') return medianOrNull(points.map(p => p[1]));
    let events = 0;
    let good = 0;
    for (const [, value, n] of points) {
      events += n;
      good += value * n;
    }
    return events > 0 ? good / events : null;
  }

  private material(before: number | null, after: number | null): boolean {
    if (before === null || after === null) return true;
    const [b, a] =
      this.sli === 'availability' ? [1 - before, 1 - after] : [before, after];
    if (b === 0) return a !== 0;
    return Math.abs(a - b) / b >= this.minRelativeChange;
  }

  state(): SliDriftMonitorState {
    return {
      kind: 'sli-drift-monitor',
      version: 1,
      sli: this.sli,
      baselinePoints: this.baselinePoints,
      minRelativeChange: this.minRelativeChange,
      pending: this.pending.map(p => ({ ...p })),
      baseline: this.baseline && { ...this.baseline },
      detectors: [
        this.detectors[0].state(),
        this.detectors[1].state(),
        this.detectors[2].state(),
      ],
      vote: this.vote.state(),
      fired: this.fired.map(f => f && { ...f }),
      n: this.n,
      carry: this.carry && { ...this.carry },
      lastDetectedAt: this.lastDetectedAt,
      recent: this.recent.map(([t, v, n]) => [t, v, n]),
    };
  }
}
