import { LATENCY_LE } from './latency';
import {
  HTTP_DURATION,
  HTTP_REQUESTS,
  MetricFamily,
  SERVICE_GRAPH_FAILED,
  SERVICE_GRAPH_REQUESTS,
} from './metrics';
import { CompiledFleet } from './model';

/** One output series. */
export interface SeriesDescriptor {
  metric: MetricFamily;
  /** Sample name, e.g. `http_server_requests_total`. */
  name: string;
  labels: Record<string, string>;
}

/** Series index of each value of one service; -1 where it has none. */
export interface ServiceSeries {
  code200: number;
  code404: number;
  code500: number;
  code503: number;
  /** Index of the first `_bucket` series; the 12 buckets are consecutive. */
  bucket0: number;
  count: number;
  sum: number;
}

export interface EdgeSeries {
  client: number;
  server: number;
  callsPerRequest: number;
  total: number;
  failed: number;
}

export interface SeriesLayout {
  series: SeriesDescriptor[];
  services: ServiceSeries[];
  edges: EdgeSeries[];
}

const NONE: ServiceSeries = {
  code200: -1,
  code404: -1,
  code500: -1,
  code503: -1,
  bucket0: -1,
  count: -1,
  sum: -1,
};

/**
 * All series of a fleet, grouped by family in this order: requests by code,
 * duration histograms (buckets, `_count`, `_sum` per service), service-graph
 * totals, service-graph failures. Only `service` kinds get HTTP series; the
 * `404` series exists only for services with a notFoundRatio.
 */
export function buildLayout(cf: CompiledFleet): SeriesLayout {
  const series: SeriesDescriptor[] = [];
  const add = (
    metric: MetricFamily,
    name: string,
    labels: Record<string, string>,
  ) => series.push({ metric, name, labels }) - 1;
  const http = cf.services.map(s => s.kind === 'service');
  const services: ServiceSeries[] = cf.services.map(() => ({ ...NONE }));
  const requests = `${HTTP_REQUESTS.family}_total`;
  cf.services.forEach((s, i) => {
    if (!http[i]) return;
    const out = services[i];
    out.code200 = add(HTTP_REQUESTS, requests, {
      service: s.name,
      code: '200',
    });
    if ((s.notFoundRatio ?? 0) > 0) {
      out.code404 = add(HTTP_REQUESTS, requests, {
        service: s.name,
        code: '404',
      });
    }
    out.code500 = add(HTTP_REQUESTS, requests, {
      service: s.name,
      code: '500',
    });
    out.code503 = add(HTTP_REQUESTS, requests, {
      service: s.name,
      code: '503',
    });
  });
  const hist = HTTP_DURATION.family;
  cf.services.forEach((s, i) => {
    if (!http[i]) return;
    const out = services[i];
    for (const le of LATENCY_LE) {
      const index = add(HTTP_DURATION, `${hist}_bucket`, {
        service: s.name,
        le,
      });
      if (le === LATENCY_LE[0]) out.bucket0 = index;
    }
    out.count = add(HTTP_DURATION, `${hist}_count`, { service: s.name });
    out.sum = add(HTTP_DURATION, `${hist}_sum`, { service: s.name });
  });
  const edges: EdgeSeries[] = [];
  cf.deps.forEach((deps, client) => {
    for (const d of deps) {
      edges.push({
        client,
        server: d.callee,
        callsPerRequest: d.callsPerRequest,
        total: -1,
        failed: -1,
      });
    }
  });
  const edgeLabels = (e: EdgeSeries) => ({
    client: cf.services[e.client].name,
    server: cf.services[e.server].name,
  });
  for (const e of edges) {
    e.total = add(
      SERVICE_GRAPH_REQUESTS,
      `${SERVICE_GRAPH_REQUESTS.family}_total`,
      edgeLabels(e),
    );
  }
  for (const e of edges) {
    e.failed = add(
      SERVICE_GRAPH_FAILED,
      `${SERVICE_GRAPH_FAILED.family}_total`,
      edgeLabels(e),
    );
  }
  return { series, services, edges };
}
