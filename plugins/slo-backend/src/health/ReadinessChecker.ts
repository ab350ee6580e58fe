import { ReadinessCheck, ReadinessReport } from '@slo-engine/plugin-slo-common';
import { Knex } from 'knex';
import { SloMetricSource } from '@slo-engine/plugin-slo-node';
import { PrometheusClient } from '../prometheus/PrometheusClient';
import { probe } from './probe';
import { TelemetryHealth } from './TelemetryHealth';

/** Answers "can the engine do its work right now?" for each dependency. */
export class ReadinessChecker {
  constructor(
    private readonly db: Knex,
    private readonly prometheus: PrometheusClient | undefined,
    private readonly metricSources: SloMetricSource[] = [],
    /** Told about every Prometheus probe, so recommendations know too. */
    private readonly telemetry?: TelemetryHealth,
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
    if (this.prometheus) this.telemetry?.recordProbe(prometheus);
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
