import {
  ErrorBudgetBurnDownPoint,
  ErrorBudgetBurnDownResponse,
  ErrorBudgetResponse,
  ErrorBudgetSliBody,
  SloBody,
} from '@slo-engine/plugin-slo-common';

/*
 * The checkout service on 2026-03-21T12:00Z, using the numbers of the
 * worked example in docs/error-budgets.md: 99.9 % availability over 30
 * days, 1,000,000 requests of which 600 failed; the last day burned at
 * 1.5×, so the remaining 40 % lasts 0.4 × 30 / 1.5 = 8 more days. The
 * one active SLO and budget of the tab's sections, the entity card and
 * the plugin tests.
 */

export const NOW = '2026-03-21T12:00:00.000Z';
const WINDOW_START = '2026-02-19T12:00:00.000Z';

export const activeSlo: SloBody = {
  slo_id: '7f6b1c8e-0f51-4a38-9a53-2d4f0c1e9b10',
  service_id: 'component:default/checkout',
  status: 'active',
  targets: { availability: 99.9, latency_p99_ms: 250 },
  window_days: 30,
  source: 'recommendation_accepted',
  recommendation_id: 'rec-2026-02-19-checkout',
  selected_tier: 'balanced',
  modification_delta: null,
  rationale: null,
  activated_at: '2026-02-19T09:30:00.000Z',
  activated_by: 'user:default/alice',
  superseded_at: null,
};

export const availabilityBudget: ErrorBudgetSliBody = {
  sli: 'availability',
  objective: 0.999,
  window_days: 30,
  total_events: 1000000,
  allowed_events: 1000,
  consumed_events: 600,
  remaining_events: 400,
  allowed_minutes: 43.2,
  consumed_minutes: 25.92,
  remaining_minutes: 17.28,
  consumed_share: 0.6,
  burn_rates: {
    '1h/5m': {
      long_window: '1h',
      short_window: '5m',
      long: 2,
      short: 0,
      long_events: 2000,
      short_events: 200,
      alert_factor: 14.4,
      severity: 'page',
    },
    '1d/2h': {
      long_window: '1d',
      short_window: '2h',
      long: 1.5,
      short: 1.5,
      long_events: 40000,
      short_events: 3000,
      alert_factor: 3,
      severity: 'ticket',
    },
  },
  projection_window: '1d',
  projection_burn_rate: 1.5,
  projected_exhaustion: '2026-03-29T12:00:00.000Z',
  status: 'warning',
  note: null,
  computed_at: NOW,
};

/*
 * p99 ≤ 250 ms is an objective of 0.99 of fast requests: 10,000 slow ones
 * allowed, 1,200 used (12 %). The last day had 80 slow of 40,000:
 * (80 / 40,000) / 0.01 = 0.2×, so 0.88 × 30 / 0.2 = 132 days remain.
 */
export const latencyBudget: ErrorBudgetSliBody = {
  sli: 'latency_p99_ms',
  objective: 0.99,
  window_days: 30,
  total_events: 1000000,
  allowed_events: 10000,
  consumed_events: 1200,
  remaining_events: 8800,
  allowed_minutes: 432,
  consumed_minutes: 51.84,
  remaining_minutes: 380.16,
  consumed_share: 0.12,
  burn_rates: {},
  projection_window: '1d',
  projection_burn_rate: 0.2,
  projected_exhaustion: '2026-07-31T12:00:00.000Z',
  status: 'healthy',
  note: 'latency SLI uses the le="0.25" bucket (250 ms is a bucket boundary)',
  computed_at: NOW,
};

export const errorBudget: ErrorBudgetResponse = {
  entity_ref: 'component:default/checkout',
  slo_id: activeSlo.slo_id,
  owner: 'group:default/payments',
  system: 'system:default/shop',
  window_days: 30,
  thresholds: { warning: 0.5, critical: 0.8 },
  slis: [availabilityBudget, latencyBudget],
  notes: [],
  computed_at: NOW,
  stale: false,
  stale_reason: null,
};

export const staleErrorBudget: ErrorBudgetResponse = {
  ...errorBudget,
  computed_at: '2026-03-21T11:55:00.000Z',
  stale: true,
  stale_reason:
    'Prometheus did not answer within 5000 ms; showing the snapshot computed at 2026-03-21T11:55:00.000Z',
};

const HOUR = 3600 * 1000;

/**
 * 720 hours: availability burns 0.4 of its budget evenly plus 0.2 in one
 * incident in hour 481, so it ends at 0.6; hours 241–252 were not
 * recorded. Latency burns 0.12 evenly.
 */
function points(
  cumulative: (hour: number) => number | null,
): ErrorBudgetBurnDownPoint[] {
  const start = Date.parse(WINDOW_START);
  return Array.from({ length: 720 }, (_, i) => {
    const hour = i + 1;
    return {
      hour_start: new Date(start + i * HOUR).toISOString(),
      at: new Date(start + hour * HOUR).toISOString(),
      ideal_consumed_share: hour / 720,
      cumulative_consumed_share: cumulative(hour),
      rolling_consumed_share: null,
    };
  });
}

export const burnDown: ErrorBudgetBurnDownResponse = {
  entity_ref: 'component:default/checkout',
  slo_id: activeSlo.slo_id,
  window_days: 30,
  window_start: WINDOW_START,
  window_end: NOW,
  slis: [
    {
      sli: 'availability',
      objective: 0.999,
      points: points(h =>
        h > 240 && h <= 252 ? null : (0.4 * h) / 720 + (h >= 481 ? 0.2 : 0),
      ),
      total_events: 985000,
      bad_events: 591,
      coverage: { hours: 720, hours_with_counts: 708 },
    },
    {
      sli: 'latency_p99_ms',
      objective: 0.99,
      points: points(h => (0.12 * h) / 720),
      total_events: 1000000,
      bad_events: 1200,
      coverage: { hours: 720, hours_with_counts: 720 },
    },
  ],
};
