import { DashboardBudgetHealthResponse } from '@slo-engine/plugin-slo-common';
import { COMPUTED_AT } from './dashboard';

/**
 * Six SLIs of the five entities with an active SLO. Remaining minutes are
 * `(1 − consumed) × allowed`: 99.9 % over 30 days allows 43.2 minutes,
 * 99.5 % 216, 99 % 432.
 */
export const budgetHealth: DashboardBudgetHealthResponse = {
  computed_at: COMPUTED_AT,
  entities_with_active_slo: 5,
  entities_without_snapshot: 0,
  slis: 6,
  consumption: [
    { bucket: 'lt_25', from: 0, to: 0.25, count: 2 },
    { bucket: '25_50', from: 0.25, to: 0.5, count: 1 },
    { bucket: '50_75', from: 0.5, to: 0.75, count: 0 },
    { bucket: '75_100', from: 0.75, to: 1, count: 1 },
    { bucket: 'gte_100', from: 1, to: null, count: 1 },
    { bucket: 'no_data', from: null, to: null, count: 1 },
  ],
  by_status: { healthy: 3, warning: 0, critical: 1, exhausted: 1, no_data: 1 },
  closest_to_exhaustion: [
    {
      entity_ref: 'component:default/checkout',
      owner: 'group:default/team-checkout',
      system: 'system:default/checkout',
      slo_id: '0b7e1f3a-51c4-4d0e-9a57-6a7c2f0e1d01',
      sli: 'availability',
      consumed_share: 1.12,
      // 43.2 × (1 − 1.12) = −5.184
      remaining_minutes: -5.184,
      status: 'exhausted',
      projected_exhaustion: null,
    },
    {
      entity_ref: 'component:default/payments',
      owner: 'group:default/team-checkout',
      system: 'system:default/checkout',
      slo_id: '0b7e1f3a-51c4-4d0e-9a57-6a7c2f0e1d02',
      sli: 'latency_p99_ms',
      consumed_share: 0.81,
      // 432 × 0.19 = 82.08
      remaining_minutes: 82.08,
      status: 'critical',
      projected_exhaustion: '2026-03-04T06:00:00.000Z',
    },
    {
      entity_ref: 'component:default/cart',
      owner: 'group:default/team-checkout',
      system: 'system:default/checkout',
      slo_id: '0b7e1f3a-51c4-4d0e-9a57-6a7c2f0e1d03',
      sli: 'availability',
      consumed_share: 0.37,
      // 216 × 0.63 = 136.08
      remaining_minutes: 136.08,
      status: 'healthy',
      projected_exhaustion: '2026-03-20T12:00:00.000Z',
    },
    {
      entity_ref: 'component:default/storefront-web',
      owner: 'group:default/team-storefront',
      system: 'system:default/storefront',
      slo_id: '0b7e1f3a-51c4-4d0e-9a57-6a7c2f0e1d04',
      sli: 'availability',
      consumed_share: 0.12,
      // 43.2 × 0.88 = 38.016
      remaining_minutes: 38.016,
      status: 'healthy',
      projected_exhaustion: null,
    },
    {
      entity_ref: 'component:default/reviews',
      owner: 'group:default/team-storefront',
      system: 'system:default/storefront',
      slo_id: '0b7e1f3a-51c4-4d0e-9a57-6a7c2f0e1d05',
      sli: 'availability',
      consumed_share: 0.05,
      // 432 × 0.95 = 410.4
      remaining_minutes: 410.4,
      status: 'healthy',
      projected_exhaustion: null,
    },
  ],
};
