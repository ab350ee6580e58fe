import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';

/** Where runtime dependency edges are read from (OpenTelemetry service graph). */
export interface ServiceGraphConfig {
  metric: string;
  clientLabel: string;
  serverLabel: string;
  /** Range of the `increase()` that counts calls per edge. */
  lookbackMs: number;
  /** Edges of runtime sources not seen for this long become stale. */
  stalenessMs: number;
}

const METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function duration(config: Config | undefined, key: string, fallbackMs: number) {
  return config?.has(key)
    ? durationToMilliseconds(readDurationFromConfig(config, { key }))
    : fallbackMs;
}

export function readServiceGraphConfig(config: Config): ServiceGraphConfig {
  const c = config.getOptionalConfig('slo.serviceGraph');
  const result = {
    metric:
      c?.getOptionalString('metric') ?? 'traces_service_graph_request_total',
    clientLabel: c?.getOptionalString('clientLabel') ?? 'client',
    serverLabel: c?.getOptionalString('serverLabel') ?? 'server',
    lookbackMs: duration(c, 'lookback', 60 * 60_000),
    stalenessMs: duration(c, 'stalenessWindow', 7 * 24 * 3600_000),
  };
  if (!METRIC.test(result.metric)) {
    throw new Error(
      `Invalid SLO plugin configuration: slo.serviceGraph.metric "${result.metric}" is not a metric name`,
    );
  }
  for (const key of ['clientLabel', 'serverLabel'] as const) {
    if (!LABEL.test(result[key])) {
      throw new Error(
        `Invalid SLO plugin configuration: slo.serviceGraph.${key} "${result[key]}" is not a label name`,
      );
    }
  }
  if (result.lookbackMs < 60_000 || result.stalenessMs < result.lookbackMs) {
    throw new Error(
      'Invalid SLO plugin configuration: slo.serviceGraph.lookback must be at least 1 minute and stalenessWindow at least the lookback',
    );
  }
  return result;
}
