import { toSloBody } from './rows';
import { DecisionOutcome } from './applyDecision';
import { AuditEvent, AuditPage, SloBody } from './types';

/** The FR-5 response to an accept or modify: the SLO it activated. */
export interface ActivationResponse extends SloBody {
  action: 'accept' | 'modify' | 'auto_approve';
  audit_event_id: string;
}

/** The response to a reject: the decision and the unchanged active SLO. */
export interface RejectionResponse {
  action: 'reject';
  recommendation_id: string;
  recommendation_status: 'rejected';
  service_id: string;
  rationale: string | null;
  decided_at: string;
  decided_by: string;
  audit_event_id: string;
  active_slo: SloBody | null;
}

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

export function toAuditBody(e: AuditEvent) {
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

export function toHistoryResponse(page: AuditPage) {
  return {
    items: page.items.map(toAuditBody),
    ...(page.nextCursor ? { next_cursor: page.nextCursor } : {}),
  };
}
