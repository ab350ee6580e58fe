import { DatabaseService } from '@backstage/backend-plugin-api';
import type { ErrorBudgetStatus } from '@slo-engine/plugin-slo-common';
import { Knex } from 'knex';
import type { SliKey } from '../alerts/specs/types';
import { chunkSize } from '../database/chunkSize';
import { deleteEntitiesNotIn } from '../database/deleteEntitiesNotIn';
import { connectAndMigrate } from '../database/migrate';
import {
  BUDGETS,
  budgetFromRow,
  budgetToRow,
  HISTORY,
  hourFromRow,
  RawBudgetRow,
  RawHistoryRow,
} from './budgetRows';
import type { BudgetHour, ErrorBudgetSnapshot } from './types';

/** What one run of the fleet job writes, in one transaction. */
export interface BudgetRun {
  /** Entities computed this run: their rows are replaced by `snapshots`. */
  computedEntityRefs: string[];
  snapshots: ErrorBudgetSnapshot[];
  /** Every entity with an active SLO: rows of any other entity are deleted. */
  activeEntityRefs: string[];
  /** Rolling shares of the current hour and counts of finished hours. */
  hours: BudgetHour[];
  recordedAt: Date;
  pruneHistoryBefore: Date;
}

export type BudgetOrder = 'exhaustion' | 'consumed' | 'burn_rate' | 'entity';

export interface BudgetFleetFilter {
  owner?: string;
  system?: string;
  sli?: SliKey;
}

export interface BudgetFleetQuery extends BudgetFleetFilter {
  statuses?: ErrorBudgetStatus[];
  order: BudgetOrder;
  limit: number;
}

export interface BudgetFleetCounts {
  entities: number;
  byStatus: Partial<Record<ErrorBudgetStatus, number>>;
  /** Consumed share of every SLI with data. */
  shares: number[];
  newest?: Date;
}

const nullsLast = (column: string) =>
  `CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END`;

/** Latest error budgets of the fleet and their hourly history. */
export class ErrorBudgetStore {
  static async create(options: { database: DatabaseService }) {
    return new ErrorBudgetStore(await connectAndMigrate(options.database));
  }

  private constructor(private readonly db: Knex) {}

  /** Writes one run of the fleet job; returns how many history rows were pruned. */
  async saveRun(run: BudgetRun): Promise<{ pruned: number }> {
    const chunk = chunkSize(this.db);
    const rows = run.snapshots.map(budgetToRow);
    const active = new Set(run.activeEntityRefs);
    return this.db.transaction(async tx => {
      // Delete-then-insert also drops SLIs an SLO no longer has.
      for (let i = 0; i < run.computedEntityRefs.length; i += chunk) {
        await tx(BUDGETS)
          .whereIn('entity_ref', run.computedEntityRefs.slice(i, i + chunk))
          .delete();
      }
      for (let i = 0; i < rows.length; i += chunk) {
        await tx(BUDGETS).insert(rows.slice(i, i + chunk));
      }
      await deleteEntitiesNotIn(tx, BUDGETS, active);
      await this.upsertHours(tx, run.hours, run.recordedAt);
      const pruned = await tx(HISTORY)
        .where('hour_start', '<', run.pruneHistoryBefore)
        .delete();
      return { pruned };
    });
  }

  private async upsertHours(tx: Knex, hours: BudgetHour[], at: Date) {
    const chunk = chunkSize(this.db);
    const base = (h: BudgetHour) => ({
      entity_ref: h.entityRef,
      sli: h.sli,
      hour_start: h.hourStart,
      slo_id: h.sloId,
      recorded_at: at,
    });
    // Two upserts that each touch only their own columns: the share of the
    // current hour and the counts of a finished one arrive in different runs.
    const shares = hours
      .filter(h => h.consumedShare !== undefined)
      .map(h => ({ ...base(h), consumed_share: h.consumedShare }));
    const counts = hours
      .filter(h => h.hourTotalEvents !== undefined)
      .map(h => ({
        ...base(h),
        hour_total_events: h.hourTotalEvents,
        hour_bad_events: h.hourBadEvents ?? 0,
      }));
    const key = ['entity_ref', 'sli', 'hour_start'];
    for (let i = 0; i < shares.length; i += chunk) {
      await tx(HISTORY)
        .insert(shares.slice(i, i + chunk))
        .onConflict(key)
        .merge(['slo_id', 'consumed_share', 'recorded_at']);
    }
    for (let i = 0; i < counts.length; i += chunk) {
      await tx(HISTORY)
        .insert(counts.slice(i, i + chunk))
        .onConflict(key)
        .merge([
          'slo_id',
          'hour_total_events',
          'hour_bad_events',
          'recorded_at',
        ]);
    }
  }

  /** The stored budgets of one entity's SLIs. */
  async listEntity(entityRef: string): Promise<ErrorBudgetSnapshot[]> {
    const rows: RawBudgetRow[] = await this.db(BUDGETS)
      .where({ entity_ref: entityRef })
      .orderBy('sli');
    return rows.map(budgetFromRow);
  }

  /**
   * The fleet's budgets. `exhaustion` puts spent budgets first, then the
   * earliest projected exhaustion, then the most consumed; SLIs without
   * data come last in every order.
   */
  async listFleet(query: BudgetFleetQuery): Promise<ErrorBudgetSnapshot[]> {
    const q = this.filtered(query);
    if (query.statuses) q.whereIn('status', query.statuses);
    switch (query.order) {
      case 'exhaustion':
        q.orderByRaw(nullsLast('projected_exhaustion'))
          .orderBy('projected_exhaustion', 'asc')
          .orderByRaw(nullsLast('consumed_share'))
          .orderBy('consumed_share', 'desc');
        break;
      case 'consumed':
        q.orderByRaw(nullsLast('consumed_share')).orderBy(
          'consumed_share',
          'desc',
        );
        break;
      case 'burn_rate':
        q.orderByRaw(nullsLast('projection_burn_rate')).orderBy(
          'projection_burn_rate',
          'desc',
        );
        break;
      default:
        break;
    }
    const rows: RawBudgetRow[] = await q
      .orderBy(['entity_ref', 'sli'])
      .limit(query.limit);
    return rows.map(budgetFromRow);
  }

  /** Counts for the fleet summary, over every SLI matching the filter. */
  async fleetCounts(filter: BudgetFleetFilter): Promise<BudgetFleetCounts> {
    const [statusRows, entityRows, shareRows, newestRows] = await Promise.all([
      this.filtered(filter)
        .select('status')
        .count({ n: '*' })
        .groupBy('status'),
      this.filtered(filter).countDistinct({ n: 'entity_ref' }),
      this.filtered(filter)
        .whereNotNull('consumed_share')
        .select('consumed_share'),
      this.filtered(filter).max({ newest: 'computed_at' }),
    ]);
    const byStatus: BudgetFleetCounts['byStatus'] = {};
    for (const r of statusRows as Array<{
      status: ErrorBudgetStatus;
      n: unknown;
    }>) {
      byStatus[r.status] = Number(r.n);
    }
    const newest = (
      newestRows as Array<{ newest: Date | string | number | null }>
    )[0]?.newest;
    return {
      entities: Number((entityRows as Array<{ n: unknown }>)[0]?.n ?? 0),
      byStatus,
      shares: (shareRows as Array<{ consumed_share: number }>).map(r =>
        Number(r.consumed_share),
      ),
      ...(newest === null || newest === undefined
        ? {}
        : { newest: new Date(newest) }),
    };
  }

  /** Hourly history of one SLO's SLIs with `hour_start` in [from, to). */
  async history(
    entityRef: string,
    sloId: string,
    from: Date,
    to: Date,
  ): Promise<BudgetHour[]> {
    const rows: RawHistoryRow[] = await this.db(HISTORY)
      .where({ entity_ref: entityRef, slo_id: sloId })
      .where('hour_start', '>=', from)
      .where('hour_start', '<', to)
      .orderBy(['sli', 'hour_start']);
    return rows.map(hourFromRow);
  }

  private filtered(filter: BudgetFleetFilter) {
    const q = this.db(BUDGETS);
    if (filter.owner) q.where('owner', filter.owner);
    if (filter.system) q.where('system', filter.system);
    if (filter.sli) q.where('sli', filter.sli);
    return q;
  }
}
