import { Knex } from 'knex';
import { randomUUID } from 'crypto';
import { ConflictError } from '@backstage/errors';
import { planActivation } from './decision';
import { SloDecision } from '@slo-engine/plugin-slo-common';
import {
  closeRecommendation,
  loadDecidableRecommendation,
} from './recommendationGuard';
import {
  AUDIT,
  auditToRow,
  RawSloRow,
  SLOS,
  sloFromRow,
  sloToRow,
  toSloBody,
} from './rows';
import { AuditEvent, StoredSlo } from './types';

/** A decision by `actor` (a user entity ref, or the auto-approver). */
export interface DecideCommand {
  entityRef: string;
  actor: string;
  decision: SloDecision;
  /** Logs an accept as `auto_approve` (FR-11) instead of `accept`. */
  auditAction?: 'auto_approve';
}

export interface DecisionOutcome {
  audit: AuditEvent;
  /** The SLO active after the decision; unchanged by a reject. */
  activeSlo?: StoredSlo;
}

/**
 * Writes one decision inside `tx`: the recommendation's new status, the
 * supersede of the previous SLO, the new SLO and the audit row. Any refusal
 * throws, and the caller's transaction then leaves nothing behind.
 */
export async function applyDecision(
  tx: Knex.Transaction,
  command: DecideCommand,
  now: Date,
): Promise<DecisionOutcome> {
  const { entityRef, actor, decision } = command;
  const rec = await loadDecidableRecommendation(
    tx,
    decision.recommendation_id,
    entityRef,
    now,
  );
  const previous = await activeIn(tx, entityRef);
  const event = {
    id: randomUUID(),
    entityRef,
    actor,
    recommendationId: rec.id,
    selectedTier: decision.selected_tier,
    rationale: decision.rationale,
    occurredAt: now,
    previousSlo: previous && toSloBody(previous),
  };
  if (decision.action === 'reject') {
    await closeRecommendation(tx, rec.id, 'rejected');
    const audit: AuditEvent = {
      ...event,
      action: 'reject',
      newSlo: event.previousSlo,
    };
    await tx(AUDIT).insert(auditToRow(audit));
    return { audit, activeSlo: previous };
  }
  const plan = planActivation(decision, rec.body);
  // Every decision locks its recommendation row before any SLO row, so two
  // decisions never wait for each other in opposite orders.
  await closeRecommendation(tx, rec.id, 'accepted');
  if (previous) {
    const superseded = await tx(SLOS)
      .where({ id: previous.id, status: 'active' })
      .update({ status: 'superseded', superseded_at: now });
    // No row: another decision superseded it after we read it. PostgreSQL
    // re-checks the status once the winner's row lock is released.
    if (superseded !== 1) {
      throw concurrentDecision(entityRef);
    }
  }
  const slo: StoredSlo = {
    id: randomUUID(),
    entityRef,
    status: 'active',
    targets: plan.targets,
    windowDays: plan.windowDays,
    source: plan.source,
    recommendationId: rec.id,
    selectedTier: decision.selected_tier,
    modificationDelta: plan.modificationDelta,
    rationale: decision.rationale,
    activatedAt: now,
    activatedBy: actor,
  };
  await tx(SLOS).insert(sloToRow(slo));
  const audit: AuditEvent = {
    ...event,
    action: command.auditAction ?? decision.action,
    sloId: slo.id,
    newSlo: toSloBody(slo),
    modificationDelta: plan.modificationDelta,
  };
  await tx(AUDIT).insert(auditToRow(audit));
  return { audit, activeSlo: slo };
}

/** The entity's active SLO, read on `db` (a transaction or not). */
export async function activeIn(db: Knex, entityRef: string) {
  const row: RawSloRow | undefined = await db<RawSloRow>(SLOS)
    .where({ entity_ref: entityRef, status: 'active' })
    .first();
  return row && sloFromRow(row);
}

export function concurrentDecision(entityRef: string) {
  return new ConflictError(
    `the SLO of ${entityRef} was changed by another decision a moment ago; ` +
      'nothing was saved: reload the active SLO and its history and decide again',
  );
}
