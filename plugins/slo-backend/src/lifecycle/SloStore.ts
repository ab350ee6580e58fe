import {
  DatabaseService,
  isDatabaseConflictError,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import { connectAndMigrate } from '../database/migrate';
import {
  activeIn,
  applyDecision,
  concurrentDecision,
  DecideCommand,
  DecisionOutcome,
} from './applyDecision';
import { decodeAuditCursor, encodeAuditCursor } from './auditCursor';
import {
  AUDIT,
  auditFromRow,
  auditToRow,
  RawAuditRow,
  RawSloRow,
  SLOS,
  sloFromRow,
  toSloBody,
} from './rows';
import { AuditEvent, AuditPage, StoredSlo, SystemAuditAction } from './types';

export type { DecideCommand, DecisionOutcome } from './applyDecision';

const MAX_PAGE = 200;

/**
 * SLOs and their audit trail. Every change of an entity's active SLO is
 * written in one transaction with its audit row; the audit table itself
 * refuses UPDATE and DELETE (database triggers).
 */
export class SloStore {
  static async create(options: {
    database: DatabaseService;
    /** For tests; defaults to the wall clock. */
    clock?: () => Date;
  }) {
    const db = await connectAndMigrate(options.database);
    return new SloStore(db, options.clock ?? (() => new Date()));
  }

  private constructor(
    private readonly db: Knex,
    private readonly clock: () => Date,
  ) {}

  /**
   * Accepts, modifies or rejects a recommendation. When two decisions on an
   * entity race, one commits and the other gets a ConflictError with
   * nothing written: the loser either finds the recommendation or the
   * previous SLO already changed, or collides on the one-active index.
   */
  async decide(command: DecideCommand): Promise<DecisionOutcome> {
    if (!command.actor) {
      throw new InputError('a decision needs an actor');
    }
    try {
      return await this.db.transaction(tx =>
        applyDecision(tx, command, this.clock()),
      );
    } catch (e) {
      // PostgreSQL: the loser of two first activations hits the partial
      // unique index once the winner commits.
      if (isDatabaseConflictError(e)) {
        throw concurrentDecision(command.entityRef);
      }
      throw e;
    }
  }

  async activeSlo(entityRef: string): Promise<StoredSlo | undefined> {
    return activeIn(this.db, entityRef);
  }

  /** All active SLOs, optionally only those of `entityRefs` (alert export). */
  async listActive(options: { entityRefs?: string[] } = {}) {
    const query = this.db<RawSloRow>(SLOS)
      .where({ status: 'active' })
      .orderBy('entity_ref');
    if (options.entityRefs) {
      query.whereIn('entity_ref', options.entityRefs);
    }
    return (await query).map(sloFromRow);
  }

  /** The entity's audit trail, newest first. */
  async history(
    entityRef: string,
    options: { cursor?: string; limit?: number } = {},
  ): Promise<AuditPage> {
    const limit = Math.min(Math.max(options.limit ?? 50, 1), MAX_PAGE);
    const query = this.db<RawAuditRow>(AUDIT)
      .where({ entity_ref: entityRef })
      .orderBy('seq', 'desc')
      .limit(limit + 1);
    if (options.cursor) {
      query.where('seq', '<', decodeAuditCursor(options.cursor));
    }
    const rows: RawAuditRow[] = await query;
    const page = rows.slice(0, limit);
    return {
      items: page.map(auditFromRow),
      nextCursor:
        rows.length > limit
          ? encodeAuditCursor(Number(page[page.length - 1].seq))
          : undefined,
    };
  }

  /**
   * Logs a system event (a recommendation expired, drift detected) with the
   * entity's active SLO as it stands. Activations by the auto-approver go
   * through `decide` with `auditAction: 'auto_approve'` instead.
   */
  async appendAudit(event: {
    entityRef: string;
    action: SystemAuditAction;
    actor: string;
    recommendationId?: string;
    rationale?: string;
  }): Promise<AuditEvent> {
    return this.db.transaction(async tx => {
      const active = await activeIn(tx, event.entityRef);
      const snapshot = active && toSloBody(active);
      const audit: AuditEvent = {
        ...event,
        id: randomUUID(),
        sloId: active?.id,
        previousSlo: snapshot,
        newSlo: snapshot,
        occurredAt: this.clock(),
      };
      await tx(AUDIT).insert(auditToRow(audit));
      return audit;
    });
  }
}
