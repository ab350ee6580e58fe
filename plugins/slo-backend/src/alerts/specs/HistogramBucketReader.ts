import { PrometheusClient } from '../../prometheus/PrometheusClient';

const TTL_MS = 10 * 60_000;
const FAILURE_TTL_MS = 30_000;

type Buckets = number[] | { unknown: string };

/**
 * Reads the `le` boundaries of an entity's classic histogram from
 * Prometheus, so a latency threshold can be mapped onto a bucket that
 * exists. Cached: boundaries change with deployments, not per request.
 */
export class HistogramBucketReader {
  private readonly cache = new Map<string, { at: number; value: Buckets }>();

  constructor(
    private readonly prometheus: Pick<PrometheusClient, 'query'> | undefined,
    private readonly clock: () => number = Date.now,
  ) {}

  /** `selector` is a safe PromQL series selector, e.g. `x_bucket{service="a"}`. */
  async read(selector: string): Promise<Buckets> {
    const hit = this.cache.get(selector);
    const now = this.clock();
    if (hit) {
      const ttl = Array.isArray(hit.value) ? TTL_MS : FAILURE_TTL_MS;
      if (now - hit.at < ttl) return hit.value;
    }
    const value = await this.fetch(selector);
    this.cache.set(selector, { at: now, value });
    return value;
  }

  private async fetch(selector: string): Promise<Buckets> {
    if (!this.prometheus) {
      return { unknown: 'slo.prometheus is not configured' };
    }
    try {
      // Over the last day rather than at this instant: a histogram that
      // was scraped an hour ago still has the same boundaries.
      const samples = await this.prometheus.query(
        `group by (le) (last_over_time(${selector}[1d]))`,
      );
      const bounds = [
        ...new Set(
          samples
            .map(s => Number(s.metric.le))
            .filter(b => Number.isFinite(b) && b > 0),
        ),
      ].sort((a, b) => a - b);
      return bounds.length > 0
        ? bounds
        : { unknown: `no histogram series match ${selector} in the last day` };
    } catch (e) {
      return {
        unknown: `the bucket boundaries of ${selector} could not be read (${
          (e as Error).message
        })`,
      };
    }
  }
}
