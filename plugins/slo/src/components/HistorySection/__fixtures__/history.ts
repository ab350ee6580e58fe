import {
  AuditEventBody,
  SloBody,
  SloHistoryResponse,
} from '@slo-engine/plugin-slo-common';

/*
 * The checkout service's audit trail, newest first, in two pages: a rule
 * auto-approved the balanced tier, Bob rejected the next recommendation,
 * Alice tightened the SLO (a modify with its delta), then drift was
 * detected. The older page holds Alice's first accept.
 */

const SERVICE = 'component:default/checkout';

const slo = (id: string, patch: Partial<SloBody>): SloBody => ({
  slo_id: id,
  service_id: SERVICE,
  status: 'superseded',
  targets: { availability: 99.9, latency_p99_ms: 300 },
  window_days: 30,
  source: 'recommendation_accepted',
  recommendation_id: null,
  selected_tier: 'balanced',
  modification_delta: null,
  rationale: null,
  activated_at: '2026-02-19T09:30:00.000Z',
  activated_by: 'auto-approval-rule:low-risk services',
  superseded_at: null,
  ...patch,
});

const first = slo('slo-1', {
  targets: { availability: 99.5, latency_p99_ms: 400 },
  selected_tier: 'aggressive',
  activated_at: '2026-02-01T10:00:00.000Z',
  activated_by: 'user:default/alice',
  recommendation_id: 'rec-1',
  superseded_at: '2026-02-19T09:30:00.000Z',
});
const autoApproved = slo('slo-2', {
  recommendation_id: 'rec-2',
  superseded_at: '2026-03-10T14:30:00.000Z',
});
const modified = slo('slo-3', {
  status: 'active',
  targets: { availability: 99.95, latency_p99_ms: 250 },
  source: 'recommendation_modified',
  recommendation_id: 'rec-4',
  activated_at: '2026-03-10T14:30:00.000Z',
  activated_by: 'user:default/alice',
  rationale: 'Checkout is on the payment path; the ACME contract needs 99.95',
  modification_delta: {
    availability: {
      recommended: 99.9,
      target: 99.95,
      delta: 0.05,
      unit: 'percentage_points',
      summary: '+0.05 pp from recommended 99.9',
    },
    latency_p99_ms: {
      recommended: 300,
      target: 250,
      delta: -50,
      unit: 'ms',
      summary: '-50 ms from recommended 300',
    },
  },
});

const event = (
  id: string,
  patch: Partial<AuditEventBody> & Pick<AuditEventBody, 'action' | 'actor'>,
): AuditEventBody => ({
  id,
  service_id: SERVICE,
  recommendation_id: null,
  slo_id: null,
  previous_slo: null,
  new_slo: null,
  selected_tier: null,
  rationale: null,
  modification_delta: null,
  timestamp: '2026-03-20T08:15:00.000Z',
  ...patch,
});

export const drift = event('evt-5', {
  action: 'drift_triggered',
  actor: 'slo-engine:drift-detection',
  rationale:
    'p99 latency 182.0 ms → 231.0 ms (+27%); detected by adwin, page-hinkley (changed at 2026-03-20T06:00:00.000Z, confirmed at 2026-03-20T08:10:00.000Z)',
  timestamp: '2026-03-20T08:15:00.000Z',
});

export const modify = event('evt-4', {
  action: 'modify',
  actor: 'user:default/alice',
  recommendation_id: 'rec-4',
  slo_id: 'slo-3',
  previous_slo: autoApproved,
  new_slo: modified,
  selected_tier: 'balanced',
  rationale: modified.rationale,
  modification_delta: modified.modification_delta,
  timestamp: '2026-03-10T14:30:00.000Z',
});

export const reject = event('evt-3', {
  action: 'reject',
  actor: 'user:default/bob',
  recommendation_id: 'rec-3',
  rationale: 'Wait for the March traffic before tightening',
  timestamp: '2026-03-05T16:45:00.000Z',
});

export const autoApprove = event('evt-2', {
  action: 'auto_approve',
  actor: 'auto-approval-rule:low-risk services',
  recommendation_id: 'rec-2',
  slo_id: 'slo-2',
  previous_slo: first,
  new_slo: autoApproved,
  selected_tier: 'balanced',
  timestamp: '2026-02-19T09:30:00.000Z',
});

export const accept = event('evt-1', {
  action: 'accept',
  actor: 'user:default/alice',
  recommendation_id: 'rec-1',
  slo_id: 'slo-1',
  new_slo: first,
  selected_tier: 'aggressive',
  timestamp: '2026-02-01T10:00:00.000Z',
});

export const NEXT_CURSOR =
  'eyJ0IjoiMjAyNi0wMi0xOVQwOTozMDowMC4wMDBaIiwiaSI6ImV2dC0yIn0';

export const firstPage: SloHistoryResponse = {
  items: [drift, modify, reject, autoApprove],
  next_cursor: NEXT_CURSOR,
};

export const olderPage: SloHistoryResponse = { items: [accept] };
