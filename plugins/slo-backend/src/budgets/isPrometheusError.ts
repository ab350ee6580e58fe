import { PrometheusError } from '../prometheus/PrometheusError';

/**
 * Whether a query failed in or on the way to Prometheus (unreachable,
 * timeout, open circuit, rejected query), as opposed to a bug here.
 */
export const isPrometheusError = (e: unknown): e is Error =>
  e instanceof PrometheusError ||
  (e as { name?: unknown } | undefined)?.name === 'PrometheusError';
