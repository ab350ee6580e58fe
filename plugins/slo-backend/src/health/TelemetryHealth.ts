import {
  LoggerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { ReadinessCheck } from '@slo-engine/plugin-slo-common';
import { Knex } from 'knex';
import { CircuitBreakerSnapshot } from '../prometheus/CircuitBreaker';
import { probe } from './probe';
import { readTelemetryHealthConfig } from './readTelemetryHealthConfig';

/** Whether recommendations generated from the stored aggregates are current. */
export interface TelemetryHealthStatus {
  stale: boolean;
  /** What is wrong and since when; set when `stale`. */
  reason?: string;
  /** End of the newest successful aggregation run, on any replica. */
  lastAggregatedAt?: Date;
}

/** The part of {@link PrometheusClient} telemetry health looks at. */
export interface PrometheusProbeTarget {
  ping(): Promise<void>;
  state(): CircuitBreakerSnapshot;
}

/** Outcome of one `AggregationTask.run`. */
export interface AggregationRunOutcome {
  ok: boolean;
  at: Date;
  error?: string;
}

export interface TelemetryHealthOptions {
  /** The plugin's database: the newest `telemetry_status.updated_at` is read. */
  db: Knex;
  /** Absent when `slo.prometheus` is not configured. */
  prometheus?: PrometheusProbeTarget;
  /** Aggregates older than this make recommendations stale. */
  maxAgeMs: number;
  /**
   * How often Prometheus is probed and the aggregation time re-read, at
   * most, driven by requests; readiness probes count as well. Default 10 s.
   */
  refreshIntervalMs?: number;
  /** Injected for tests; defaults to `Date.now`. */
  clock?: () => number;
  logger?: LoggerService;
}

/** Default of {@link TelemetryHealthOptions.refreshIntervalMs}. */
export const TELEMETRY_REFRESH_INTERVAL_MS = 10_000;
/** The first request waits at most this long for the first probe. */
const FIRST_PROBE_WAIT_MS = 2_000;

/** `2026-11-23T20:10Z`: minutes are enough for an operator. */
export const minuteIso = (d: Date | number) =>
  `${new Date(d).toISOString().slice(0, 16)}Z`;

/** `ECONNREFUSED` out of `Prometheus /api/v1/query unreachable: ECONNREFUSED`. */
function cause(message: string): string {
  return message.replace(/^Prometheus \S+ (unreachable|failed): /, '');
}

/** PostgreSQL returns a Date, SQLite milliseconds (as a number or string). */
function toDate(v: unknown): Date | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Date) return v;
  const d = new Date(
    typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string),
  );
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function humanMs(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Math.round(ms / 1000)} s`;
}

/**
 * Whether the telemetry behind recommendations is current, from state the
 * plugin records anyway: its own Prometheus probes (the readiness check's
 * and one every `refreshIntervalMs` while requests come in), the Prometheus
 * client's circuit breaker, the outcome of the aggregation runs this
 * replica made, and the end of the newest aggregation run of any replica
 * (`telemetry_status.updated_at` in the database).
 *
 * `status()` never waits on Prometheus or the database except for the very
 * first call of the process (at most 2 s); afterwards it answers from the
 * last observations and refreshes them in the background. A stopped
 * Prometheus is therefore noticed within `refreshIntervalMs` plus one probe.
 */
export class TelemetryHealth {
  /** Reads `slo.recommendations.telemetryMaxAge` (see config.d.ts). */
  static create(options: {
    config: Config;
    db: Knex;
    prometheus?: PrometheusProbeTarget;
    aggregationSchedule: SchedulerServiceTaskScheduleDefinition;
    logger?: LoggerService;
  }): TelemetryHealth {
    const { maxAgeMs } = readTelemetryHealthConfig(
      options.config,
      options.aggregationSchedule,
    );
    return new TelemetryHealth({ ...options, maxAgeMs });
  }

  private readonly clock: () => number;
  private readonly refreshIntervalMs: number;
  private probeFailure?: { since: number; message: string };
  private lastAggregatedAt?: Date;
  private lastRun?: AggregationRunOutcome;
  private lastRunFailure?: AggregationRunOutcome;
  private refreshedAt?: number;
  private refreshing?: Promise<void>;

  constructor(private readonly options: TelemetryHealthOptions) {
    this.clock = options.clock ?? Date.now;
    this.refreshIntervalMs =
      options.refreshIntervalMs ?? TELEMETRY_REFRESH_INTERVAL_MS;
  }

  /** Records a Prometheus probe made elsewhere, e.g. by readiness. */
  recordProbe(check: ReadinessCheck, at: number = this.clock()): void {
    if (check.status === 'ok') {
      this.probeFailure = undefined;
    } else {
      this.probeFailure = {
        since: this.probeFailure?.since ?? at,
        message: check.message ?? 'probe failed',
      };
    }
  }

  /** Records the outcome of an aggregation run of this replica. */
  recordAggregationRun(outcome: AggregationRunOutcome): void {
    this.lastRun = outcome;
    if (outcome.ok) {
      this.lastRunFailure = undefined;
      if (!this.lastAggregatedAt || outcome.at > this.lastAggregatedAt) {
        this.lastAggregatedAt = outcome.at;
      }
    } else if (!this.lastRunFailure) {
      this.lastRunFailure = outcome;
    }
  }

  /**
   * Probes Prometheus and re-reads the newest aggregation time now; one
   * refresh at a time, concurrent callers share it.
   */
  refresh(): Promise<void> {
    if (!this.refreshing) {
      this.refreshing = this.doRefresh().finally(() => {
        this.refreshing = undefined;
      });
    }
    return this.refreshing;
  }

  async status(
    now: Date = new Date(this.clock()),
  ): Promise<TelemetryHealthStatus> {
    const t = this.clock();
    if (this.refreshedAt === undefined) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.refresh(),
        new Promise(r => {
          timer = setTimeout(r, FIRST_PROBE_WAIT_MS);
        }),
      ]).finally(() => clearTimeout(timer));
    } else if (t - this.refreshedAt >= this.refreshIntervalMs) {
      this.refresh().catch(() => undefined);
    }
    return this.evaluate(now);
  }

  /** The status from the last observations, without any I/O. */
  evaluate(now: Date): TelemetryHealthStatus {
    const problems: string[] = [];
    const breaker = this.options.prometheus?.state();
    const failure = this.probeFailure;
    if (failure || (breaker && breaker.state !== 'closed')) {
      const since = Math.min(
        failure?.since ?? Infinity,
        breaker?.openedAt ?? Infinity,
      );
      const why = cause(breaker?.lastFailure ?? failure!.message);
      const circuit =
        breaker && breaker.state !== 'closed'
          ? `, circuit breaker ${breaker.state}`
          : '';
      problems.push(
        `Prometheus unreachable since ${minuteIso(since)} (${why}${circuit})`,
      );
    }
    const runFailure = this.lastRunFailure;
    if (runFailure) {
      problems.push(
        `aggregation failing since ${minuteIso(runFailure.at)}${
          this.lastRun?.error ? ` (${cause(this.lastRun.error)})` : ''
        }`,
      );
    }
    const last = this.lastAggregatedAt;
    const tooOld =
      last !== undefined &&
      now.getTime() - last.getTime() > this.options.maxAgeMs;
    if (problems.length === 0 && !tooOld) {
      return { stale: false, lastAggregatedAt: last };
    }
    problems.push(
      last
        ? `telemetry last aggregated at ${minuteIso(last)}${
            tooOld ? `, more than ${humanMs(this.options.maxAgeMs)} ago` : ''
          }`
        : 'telemetry never aggregated',
    );
    return { stale: true, reason: problems.join('; '), lastAggregatedAt: last };
  }

  private async doRefresh(): Promise<void> {
    const { prometheus, db, logger } = this.options;
    const [check, newest] = await Promise.all([
      prometheus
        ? probe('Prometheus', () => prometheus.ping())
        : Promise.resolve(undefined),
      db('telemetry_status')
        .max({ at: 'updated_at' })
        .first()
        .then(
          row => toDate(row?.at),
          error => {
            logger?.warn(
              `Reading when telemetry was last aggregated failed: ${error}`,
            );
            return this.lastAggregatedAt;
          },
        ),
    ]);
    if (check) this.recordProbe(check);
    if (newest && (!this.lastAggregatedAt || newest > this.lastAggregatedAt)) {
      this.lastAggregatedAt = newest;
    }
    this.refreshedAt = this.clock();
  }
}
