import { mockServices } from '@backstage/backend-test-utils';
import { PrometheusConfig } from '../config/readPrometheusConfig';
import { PrometheusClient } from '../prometheus/PrometheusClient';

/** Our client for a test Prometheus: 10 s timeout, no headers, a mock logger. */
export function clientFor(
  baseUrl: string,
  config: Partial<PrometheusConfig> = {},
): PrometheusClient {
  return PrometheusClient.create({
    config: { baseUrl, requestTimeoutMs: 10_000, headers: {}, ...config },
    logger: mockServices.logger.mock(),
  });
}
