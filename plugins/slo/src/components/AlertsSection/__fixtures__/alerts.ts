import {
  ALERT_EXPORT_FORMATS,
  AlertOverviewResponse,
  AlertWindowPairBody,
  burnRateWindowPairs,
} from '@slo-engine/plugin-slo-common';

/*
 * The checkout service's active SLO (99.9 % availability and p99 ≤ 250 ms
 * over 30 days) as `GET …/slos/alerts/overview` serves it. The pairs come
 * from slo-common's own table, so they are the SRE Workbook ones: 1h/5m
 * at 14.4× (2 % of the budget), 6h/30m at 6× (5 %), 1d/2h at 3× (10 %)
 * and 3d/6h at 1× (10 %).
 */

/** The pairs as the API serves them, like the backend's `pairBody`. */
export function pairBodies(
  windowDays: number,
  objective: number,
  mode: 'static' | 'dynamic',
): AlertWindowPairBody[] {
  return burnRateWindowPairs(windowDays, objective, mode).pairs.map(p => ({
    long_window: p.long,
    short_window: p.short,
    severity: p.severity,
    for: p.for,
    factor: p.factor,
    budget_fraction: p.budgetFraction,
    threshold: p.threshold,
  }));
}

export const alertOverview: AlertOverviewResponse = {
  entity_ref: 'component:default/checkout',
  slo_id: '7f6b1c8e-0f51-4a38-9a53-2d4f0c1e9b10',
  slis: [
    {
      sli: 'availability',
      slo_name: 'component-default-checkout-availability',
      objective: 0.999,
      window_days: 30,
      burn_rate_type: 'dynamic',
      window_source: 'sre-workbook-30d',
      min_traffic_events: 100,
      pairs: {
        static: pairBodies(30, 0.999, 'static'),
        dynamic: pairBodies(30, 0.999, 'dynamic'),
      },
      alert_names: { burn: 'SloErrorBudgetBurn', absent: 'SloMetricAbsent' },
    },
    {
      sli: 'latency_p99_ms',
      slo_name: 'component-default-checkout-latency-p99',
      objective: 0.99,
      window_days: 30,
      burn_rate_type: 'static',
      window_source: 'sre-workbook-30d',
      min_traffic_events: 0,
      pairs: {
        static: pairBodies(30, 0.99, 'static'),
        dynamic: pairBodies(30, 0.99, 'dynamic'),
      },
      alert_names: { burn: 'SloErrorBudgetBurn', absent: 'SloMetricAbsent' },
      bucket_used: 0.25,
      bucket_note: '250 ms is a bucket boundary: le="0.25" is used as is',
    },
  ],
  notes: [],
  export_formats: [...ALERT_EXPORT_FORMATS],
};

/** The start of the Prometheus rule file of that SLO, as the backend writes it. */
export const prometheusRules = `groups:
  - name: component-default-checkout-availability:recordings
    rules:
      - record: slo:sli_error:ratio5m
        expr: (sum(increase(http_server_requests_total{service="checkout",code=~"5.."}[5m])) or vector(0)) / sum(increase(http_server_requests_total{service="checkout"}[5m]))
        labels:
          slo: component-default-checkout-availability
`;
