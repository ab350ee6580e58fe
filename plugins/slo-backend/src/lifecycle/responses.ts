import { toSloBody } from './rows';
import { DecisionOutcome } from './applyDecision';
import type {
  ActivationResponse,
  AuditEventBody,
  RejectionResponse,
  SloHistoryResponse,
} from '@slo-engine/plugin-slo-common';
import { AuditEvent, AuditPage } from './types';

export type { ActivationResponse, RejectionResponse };

export function toDecisionResponse(
  outcome: DecisionOutcome,
): ActivationResponse | RejectionResponse {
  const { audit, activeSlo } = outcome;
  if (audit.action === 'reject') {
    return {
      action: 'reject',
      recommendation_id: audit.recommendationId ?? '',
      recommendation_status: 'rejected',
      service_id: audit.entityRef,
      rationale: audit.rationale ?? null,
      decided_at: audit.occurredAt.toISOString(),
      decided_by: audit.actor,
      audit_event_id: audit.id,
      active_slo: activeSlo ? toSloBody(activeSlo) : null,
    };
  }
  if (!activeSlo) {
    throw new Error(`decision ${audit.id} activated no SLO`);
  }
  return {
    ...toSloBody(activeSlo),
    action: audit.action as ActivationResponse['action'],
    audit_event_id: audit.id,
  };
}

export function toAuditBody(e: AuditEvent): AuditEventBody {
  return {
    id: e.id,
    service_id: e.entityRef,
    action: e.action,
    actor: e.actor,
    recommendation_id: e.recommendationId ?? null,
    slo_id: e.sloId ?? null,
    previous_slo: e.previousSlo ?? null,
    new_slo: e.newSlo ?? null,
    selected_tier: e.selectedTier ?? null,
    rationale: e.rationale ?? null,
    modification_delta: e.modificationDelta ?? null,
    timestamp: e.occurredAt.toISOString(),
  };
}

export function toHistoryResponse(page: AuditPage): SloHistoryResponse {
  return {
    items: page.items.map(toAuditBody),
    ...(page.nextCursor ? { next_cursor: page.nextCursor } : {}),
  };
}
