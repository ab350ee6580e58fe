import { ReadinessCheck, ReadinessReport } from '@slo-engine/plugin-slo-common';
import { Knex } from 'knex';
import { SloMetricSource } from '@slo-engine/plugin-slo-node';
import { PrometheusClient } from '../prometheus/PrometheusClient';

/** Probes fail rather than hang a readiness request for longer than this. */
const PROBE_TIMEOUT_MS = 5_000;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not answer within ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function probe(
  what: string,
  fn: () => Promise<unknown>,
): Promise<ReadinessCheck> {
  const started = performance.now();
  try {
    await withTimeout(fn(), PROBE_TIMEOUT_MS, what);
    return { status: 'ok', latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    return {
      status: 'error',
      latencyMs: Math.round(performance.now() - started),
      message: e instanceof Error ? e.message : String(e),
    };
  }
}

/** Answers "can the engine do its work right now?" for each dependency. */
export class ReadinessChecker {
  constructor(
    private readonly db: Knex,
    private readonly prometheus: PrometheusClient | undefined,
    private readonly metricSources: SloMetricSource[] = [],
  ) {}

  async check(): Promise<ReadinessReport> {
    const [database, prometheus] = await Promise.all([
      probe('database', () => this.db.raw('select 1')),
      this.prometheus
        ? probe('Prometheus', () => this.prometheus!.ping())
        : Promise.resolve<ReadinessCheck>({
            status: 'error',
            latencyMs: 0,
            message:
              'slo.prometheus.baseUrl is not configured; see docs/configuration.md',
          }),
    ]);
    const extra = await Promise.all(
      this.metricSources.map(
        async s => [s.id, await probe(s.id, () => s.ping())] as const,
      ),
    );
    const all = [database, prometheus, ...extra.map(([, c]) => c)];
    const report: ReadinessReport = {
      status: all.every(c => c.status === 'ok') ? 'ok' : 'error',
      checks: { database, prometheus },
    };
    if (extra.length > 0) report.metricSources = Object.fromEntries(extra);
    return report;
  }
}
