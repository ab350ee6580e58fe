import { DashboardDriftResponse } from '@slo-engine/plugin-slo-common';

/** Drift of the demo's stories: payments got slower, search less available. */
export const drift: DashboardDriftResponse = {
  computed_at: '2026-03-01T12:03:12.000Z',
  since: '2026-02-22T12:03:12.000Z',
  total: 2,
  truncated: false,
  by_team: [
    { owner: 'group:default/team-checkout', count: 1 },
    { owner: 'group:default/team-storefront', count: 1 },
  ],
  by_sli: [
    { sli: 'availability', count: 1 },
    { sli: 'latency_p99', count: 1 },
  ],
  events: [
    {
      id: 'd1f0c9f4-1a52-4c0e-8d7b-6f4c1a0b9e21',
      entity_ref: 'component:default/payments',
      owner: 'group:default/team-checkout',
      system: 'system:default/checkout',
      sli: 'latency_p99',
      changed_at: '2026-02-28T18:40:00.000Z',
      detected_at: '2026-02-28T19:10:00.000Z',
      confirmed_at: '2026-02-28T19:15:02.000Z',
      detectors: ['page_hinkley', 'kswin'],
      before: 41.2,
      after: 50.3,
      unit: 'ms',
      summary:
        'p99 latency 41.2 ms → 50.3 ms (+22%); detected by page_hinkley, kswin',
    },
    {
      id: 'd1f0c9f4-1a52-4c0e-8d7b-6f4c1a0b9e22',
      entity_ref: 'component:default/search',
      owner: 'group:default/team-storefront',
      system: 'system:default/storefront',
      sli: 'availability',
      changed_at: '2026-02-25T03:20:00.000Z',
      detected_at: '2026-02-25T04:00:00.000Z',
      confirmed_at: '2026-02-25T04:00:41.000Z',
      detectors: ['adwin', 'page_hinkley'],
      before: 99.95,
      after: 99.7,
      unit: 'percent',
      summary:
        'availability 99.95% → 99.70% (−0.25 pp); detected by adwin, page_hinkley',
    },
  ],
};

export const noDrift: DashboardDriftResponse = {
  ...drift,
  total: 0,
  by_team: [],
  by_sli: [],
  events: [],
};
