import { ServiceUnavailableError } from '@backstage/errors';
import {
  type AlertReplayQuery,
  type AlertReplayResult,
  type BurnRateType,
  type SloAlertSpec,
  alertReplayPresenceQuery,
  alertReplayQueries,
} from '@slo-engine/plugin-slo-common';
import type { PrometheusClient } from '../../prometheus/PrometheusClient';
import { PrometheusError } from '../../prometheus/PrometheusError';
import { alertEpisodes, Episode } from './episodes';
import { mapWithConcurrency } from './mapWithConcurrency';
import { replayRange, warmUpSeconds } from './replayRange';
import { sloResult, replayNotes, SpecOutcome } from './replayResult';

/** The calls a replay makes; the real `PrometheusClient` in production. */
export type ReplayPrometheus = Pick<PrometheusClient, 'query' | 'queryRange'>;

export interface AlertReplayInput {
  specs: SloAlertSpec[];
  /** Whole days, 1 to 30. */
  lookbackDays: number;
  now: Date;
}

const MODES: BurnRateType[] = ['static', 'dynamic'];
const DAY = 86400;

/**
 * Replays the burn-rate alerts of SLO specs over the recorded history: for
 * each spec, both modes and every window pair, one range query of the
 * pair's condition over raw series (`alertReplayQueries`), turned into
 * pending/firing/resolved episodes. See docs/alert-replay.md.
 */
export class AlertReplayService {
  private readonly prometheus: ReplayPrometheus;
  private readonly concurrency: number;

  constructor(options: {
    prometheus: ReplayPrometheus;
    /** Queries in flight at once; default 4. */
    concurrency?: number;
  }) {
    this.prometheus = options.prometheus;
    this.concurrency = options.concurrency ?? 4;
  }

  /**
   * Throws ServiceUnavailableError (503) when Prometheus cannot answer, and
   * stops sending queries after the first failure.
   */
  async replay(input: AlertReplayInput): Promise<AlertReplayResult> {
    const { lookbackDays } = input;
    if (!Number.isInteger(lookbackDays) || lookbackDays < 1) {
      throw new RangeError(`lookbackDays must be >= 1, got ${lookbackDays}`);
    }
    const plans = input.specs.map(spec => ({
      spec,
      modes: MODES.map(mode => ({
        mode,
        queries: alertReplayQueries(spec, mode),
      })),
    }));
    const maxFor = Math.max(
      0,
      ...plans
        .flatMap(p => p.modes.flatMap(m => m.queries))
        .map(q => q.forSeconds),
    );
    const range = replayRange(lookbackDays, input.now.getTime() / 1000, maxFor);
    const { from, to, stepSeconds: step } = range;

    const outcomes: SpecOutcome[] = plans.map(p => ({
      spec: p.spec,
      hasData: false,
      historyCoversWindow: false,
      modes: p.modes.map(m => ({
        mode: m.mode,
        pairs: m.queries.map(q => ({
          pair: q.pair,
          episodes: [],
          queryStart: from - warmUpSeconds(q.forSeconds, step),
        })),
      })),
    }));
    const tasks: Array<() => Promise<void>> = [];
    plans.forEach((plan, s) => {
      const out = outcomes[s];
      tasks.push(async () => {
        out.hasData = await this.present(plan.spec, to, to - from);
      });
      // Dynamic thresholds count the events of the whole SLO window: is its
      // first day, seen from `from`, in the history at all?
      const windowStart = from - plan.spec.windowDays * DAY;
      tasks.push(async () => {
        out.historyCoversWindow = await this.present(
          plan.spec,
          windowStart + DAY,
          DAY,
        );
      });
      plan.modes.forEach((m, i) =>
        m.queries.forEach((q, k) => {
          const target = out.modes[i].pairs[k];
          tasks.push(async () => {
            target.episodes = await this.episodes(
              q,
              target.queryStart,
              to,
              step,
            );
          });
        }),
      );
    });
    await mapWithConcurrency(tasks, this.concurrency, task => task());

    return {
      from: new Date(from * 1000).toISOString(),
      to: new Date(to * 1000).toISOString(),
      lookback_days: lookbackDays,
      step_seconds: step,
      query_count: tasks.length,
      slos: outcomes.map(o => sloResult(o, range)),
      notes: replayNotes(outcomes, range),
    };
  }

  private async episodes(
    q: AlertReplayQuery,
    start: number,
    end: number,
    step: number,
  ): Promise<Episode[]> {
    const series = await unavailableOnFailure(() =>
      this.prometheus.queryRange(q.expr, { start, end, step }),
    );
    const holdsAt = series.flatMap(s => s.values.map(v => v.timestamp));
    return alertEpisodes(holdsAt, { end, step, forSeconds: q.forSeconds });
  }

  private async present(
    spec: SloAlertSpec,
    at: number,
    windowSeconds: number,
  ): Promise<boolean> {
    const result = await unavailableOnFailure(() =>
      this.prometheus.query(alertReplayPresenceQuery(spec, windowSeconds), at),
    );
    return result.some(s => s.value > 0);
  }
}

async function unavailableOnFailure<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (!(e instanceof PrometheusError)) throw e;
    const hint =
      e.errorType === 'timeout' || e.errorType === 'execution'
        ? '; a smaller lookback_days makes the replay queries cheaper'
        : '';
    throw new ServiceUnavailableError(
      `Alert replay needs Prometheus, which did not answer: ${e.message}${hint}`,
      e,
    );
  }
}
