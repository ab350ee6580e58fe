import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { SloGraphSource } from './graphSource';
import { SloMetricSource } from './metricSource';

/** @public */
export interface SloMetricSourceExtensionPoint {
  addMetricSource(...sources: SloMetricSource[]): void;
}

/**
 * Lets backend modules add telemetry sources to the SLO engine.
 * @public
 */
export const sloMetricSourceExtensionPoint =
  createExtensionPoint<SloMetricSourceExtensionPoint>({
    id: 'slo.metric-sources',
  });

/** @public */
export interface SloGraphSourceExtensionPoint {
  addGraphSource(...sources: SloGraphSource[]): void;
}

/**
 * Lets backend modules add dependency-graph sources to the SLO engine.
 * @public
 */
export const sloGraphSourceExtensionPoint =
  createExtensionPoint<SloGraphSourceExtensionPoint>({
    id: 'slo.graph-sources',
  });
