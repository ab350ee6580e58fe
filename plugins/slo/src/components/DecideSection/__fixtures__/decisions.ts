import {
  ActivationResponse,
  RejectionResponse,
  SloBody,
} from '@slo-engine/plugin-slo-common';
import { checkoutRecommendation } from '../../../__fixtures__/recommendations';

/** The balanced tier of checkoutRecommendation, accepted by the guest. */
export const accepted: ActivationResponse = {
  action: 'accept',
  audit_event_id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  slo_id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
  service_id: 'component:default/checkout',
  status: 'active',
  targets: { availability: 99.5, latency_p99_ms: 250 },
  window_days: 30,
  source: 'recommendation_accepted',
  recommendation_id: checkoutRecommendation.recommendation_id,
  selected_tier: 'balanced',
  modification_delta: null,
  rationale: null,
  activated_at: '2025-06-02T08:15:00.000Z',
  activated_by: 'user:default/guest',
  superseded_at: null,
};

/** Balanced, modified to 99.9% over 28 days, as the backend records it. */
export const modified: ActivationResponse = {
  ...accepted,
  action: 'modify',
  audit_event_id: 'd2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60',
  slo_id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c',
  targets: { availability: 99.9, latency_p99_ms: 250 },
  window_days: 28,
  source: 'recommendation_modified',
  modification_delta: {
    availability: {
      recommended: 99.5,
      target: 99.9,
      delta: 0.4,
      unit: 'percentage_points',
      summary: '+0.4 pp from recommended 99.5',
    },
    window_days: {
      recommended: 30,
      target: 28,
      delta: -2,
      unit: 'days',
      summary: '-2 days from recommended 30',
    },
  },
  rationale: 'checkout is tier 1 for the holiday season',
};

const previous: SloBody = {
  ...accepted,
  slo_id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  recommendation_id: null,
  source: 'manual',
  selected_tier: null,
  targets: { availability: 99.9 },
  activated_at: '2025-03-01T10:00:00.000Z',
  activated_by: 'user:default/ops-lead',
};

export const rejected: RejectionResponse = {
  action: 'reject',
  recommendation_id: checkoutRecommendation.recommendation_id,
  recommendation_status: 'rejected',
  service_id: 'component:default/checkout',
  rationale: 'wait until the payments migration is done',
  decided_at: '2025-06-02T08:20:00.000Z',
  decided_by: 'user:default/guest',
  audit_event_id: 'e3f4a5b6-c7d8-4e9f-8a1b-2c3d4e5f6a7b',
  active_slo: previous,
};
