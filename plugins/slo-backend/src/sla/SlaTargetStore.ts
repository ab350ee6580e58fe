import { DatabaseService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { Knex } from 'knex';
import { chunkSize } from '../database/chunkSize';
import { connectAndMigrate } from '../database/migrate';

const TARGETS = 'sla_targets';
const HISTORY = 'sla_target_history';
const MAX_HISTORY = 200;

type DbTime = Date | string | number;
// PostgreSQL returns bigint (seq) as a string.
type DbNumber = number | string;

/** An SLA target set through the API. */
export interface ApiSlaTarget {
  entityRef: string;
  targetPercent: number;
  setBy: string;
  setAt: Date;
  rationale?: string;
}

/** One change of an entity's API SLA target. */
export interface SlaTargetChange {
  entityRef: string;
  action: 'set' | 'delete';
  /** Undefined for `delete`. */
  targetPercent?: number;
  previousTargetPercent?: number;
  actor: string;
  rationale?: string;
  occurredAt: Date;
}

interface TargetRow {
  entity_ref: string;
  target_percent: DbNumber;
  set_by: string;
  set_at: DbTime;
  rationale: string | null;
}

interface HistoryRow {
  seq: DbNumber;
  entity_ref: string;
  action: 'set' | 'delete';
  target_percent: DbNumber | null;
  previous_target_percent: DbNumber | null;
  actor: string;
  rationale: string | null;
  occurred_at: DbTime;
}

const opt = (v: DbNumber | null) => (v === null ? undefined : Number(v));

function fromRow(r: TargetRow): ApiSlaTarget {
  return {
    entityRef: r.entity_ref,
    targetPercent: Number(r.target_percent),
    setBy: r.set_by,
    setAt: new Date(r.set_at),
    rationale: r.rationale ?? undefined,
  };
}

function changeFromRow(r: HistoryRow): SlaTargetChange {
  return {
    entityRef: r.entity_ref,
    action: r.action,
    targetPercent: opt(r.target_percent),
    previousTargetPercent: opt(r.previous_target_percent),
    actor: r.actor,
    rationale: r.rationale ?? undefined,
    occurredAt: new Date(r.occurred_at),
  };
}

/**
 * SLA targets set through the API, one per entity, and the append-only
 * history of their changes. Every change writes both tables in one
 * transaction, so the history never misses or invents a change.
 */
export class SlaTargetStore {
  static async create(options: {
    database: DatabaseService;
    /** For tests; defaults to the wall clock. */
    clock?: () => Date;
  }) {
    const db = await connectAndMigrate(options.database);
    return new SlaTargetStore(db, options.clock ?? (() => new Date()));
  }

  private constructor(
    private readonly db: Knex,
    private readonly clock: () => Date,
  ) {}

  async get(entityRef: string): Promise<ApiSlaTarget | undefined> {
    const row = await this.db<TargetRow>(TARGETS)
      .where({ entity_ref: entityRef })
      .first();
    return row && fromRow(row);
  }

  /** All API targets, or those of `entityRefs`, by entity ref. */
  async list(entityRefs?: string[]): Promise<Map<string, ApiSlaTarget>> {
    const rows: TargetRow[] = [];
    if (!entityRefs) {
      rows.push(...(await this.db<TargetRow>(TARGETS).orderBy('entity_ref')));
    } else {
      const chunk = chunkSize(this.db);
      for (let i = 0; i < entityRefs.length; i += chunk) {
        rows.push(
          ...(await this.db<TargetRow>(TARGETS).whereIn(
            'entity_ref',
            entityRefs.slice(i, i + chunk),
          )),
        );
      }
    }
    return new Map(rows.map(r => [r.entity_ref, fromRow(r)]));
  }

  /** Sets (or replaces) the entity's API target and records the change. */
  async set(input: {
    entityRef: string;
    targetPercent: number;
    actor: string;
    rationale?: string;
  }): Promise<{ target: ApiSlaTarget; previous?: ApiSlaTarget }> {
    if (!input.actor)
      throw new InputError('an SLA target change needs an actor');
    const now = this.clock();
    return this.db.transaction(async tx => {
      const before = await tx<TargetRow>(TARGETS)
        .where({ entity_ref: input.entityRef })
        .forUpdate()
        .first();
      const row: TargetRow = {
        entity_ref: input.entityRef,
        target_percent: input.targetPercent,
        set_by: input.actor,
        set_at: now,
        rationale: input.rationale ?? null,
      };
      await tx(TARGETS).insert(row).onConflict('entity_ref').merge();
      await tx(HISTORY).insert({
        entity_ref: input.entityRef,
        action: 'set',
        target_percent: input.targetPercent,
        previous_target_percent: before?.target_percent ?? null,
        actor: input.actor,
        rationale: input.rationale ?? null,
        occurred_at: now,
      });
      return { target: fromRow(row), previous: before && fromRow(before) };
    });
  }

  /**
   * Removes the entity's API target and records it; returns the removed
   * target, or undefined (and records nothing) when there was none.
   */
  async remove(input: {
    entityRef: string;
    actor: string;
  }): Promise<ApiSlaTarget | undefined> {
    if (!input.actor)
      throw new InputError('an SLA target change needs an actor');
    const now = this.clock();
    return this.db.transaction(async tx => {
      const before = await tx<TargetRow>(TARGETS)
        .where({ entity_ref: input.entityRef })
        .forUpdate()
        .first();
      if (!before) return undefined;
      await tx(TARGETS).where({ entity_ref: input.entityRef }).delete();
      await tx(HISTORY).insert({
        entity_ref: input.entityRef,
        action: 'delete',
        target_percent: null,
        previous_target_percent: before.target_percent,
        actor: input.actor,
        rationale: null,
        occurred_at: now,
      });
      return fromRow(before);
    });
  }

  /** The entity's changes, newest first. */
  async history(entityRef: string, limit = 50): Promise<SlaTargetChange[]> {
    const rows: HistoryRow[] = await this.db(HISTORY)
      .where({ entity_ref: entityRef })
      .orderBy('seq', 'desc')
      .limit(Math.min(Math.max(limit, 1), MAX_HISTORY));
    return rows.map(changeFromRow);
  }
}
