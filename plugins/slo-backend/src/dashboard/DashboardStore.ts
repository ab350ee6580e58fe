import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { chunkSize } from '../database/chunkSize';
import { connectAndMigrate } from '../database/migrate';
import {
  DECISIONS,
  decisionToRow,
  ENTITIES,
  entityFromRow,
  entityToRow,
  RawEntityRow,
  RawWindowRow,
  REFRESH,
  windowFromRow,
  WINDOWS,
  windowToRow,
} from './dashboardRows';
import type {
  DashboardEntity,
  DashboardFilter,
  DecisionSum,
  DecisionTally,
  JudgedWindow,
} from './types';

/** What one refresh writes, in one transaction. */
export interface DashboardRefresh {
  /** Replace every entity row. */
  entities: DashboardEntity[];
  /** Replace every decision row. */
  decisions: DecisionTally[];
  /** Windows judged this run, inserted or overwritten; others are kept. */
  windows: JudgedWindow[];
  computedAt: Date;
}

const LATEST = 'latest';

/**
 * The precomputed dashboard. Requests read only these tables, filtered by
 * owner and system: O(entities), never the audit log or SLI history.
 */
export class DashboardStore {
  static async create(options: { database: DatabaseService }) {
    return new DashboardStore(await connectAndMigrate(options.database));
  }

  private constructor(private readonly db: Knex) {}

  /** Writes one refresh; a failure leaves the previous one in place. */
  async saveRefresh(run: DashboardRefresh): Promise<void> {
    const chunk = chunkSize(this.db);
    const entities = run.entities.map(e => entityToRow(e, run.computedAt));
    const decisions = run.decisions.map(decisionToRow);
    const windows = run.windows.map(windowToRow);
    await this.db.transaction(async tx => {
      await tx(ENTITIES).delete();
      for (let i = 0; i < entities.length; i += chunk) {
        await tx(ENTITIES).insert(entities.slice(i, i + chunk));
      }
      await tx(DECISIONS).delete();
      for (let i = 0; i < decisions.length; i += chunk) {
        await tx(DECISIONS).insert(decisions.slice(i, i + chunk));
      }
      for (let i = 0; i < windows.length; i += chunk) {
        await tx(WINDOWS)
          .insert(windows.slice(i, i + chunk))
          .onConflict(['slo_id', 'window_index'])
          .merge();
      }
      await tx(REFRESH)
        .insert({
          id: LATEST,
          computed_at: run.computedAt,
          entities: entities.length,
        })
        .onConflict('id')
        .merge();
    });
  }

  /** End of the last refresh; undefined before the first one. */
  async computedAt(): Promise<Date | undefined> {
    const row: { computed_at: Date | string | number } | undefined =
      await this.db(REFRESH).where({ id: LATEST }).first('computed_at');
    return row ? new Date(row.computed_at) : undefined;
  }

  async listEntities(filter: DashboardFilter): Promise<DashboardEntity[]> {
    const rows: RawEntityRow[] = await this.filtered(this.db(ENTITIES), filter)
      .select()
      .orderBy('entity_ref');
    return rows.map(entityFromRow);
  }

  /** Decisions on the filtered entities from `since` (a UTC day) on. */
  async sumDecisions(
    filter: DashboardFilter & { since?: string },
  ): Promise<DecisionSum[]> {
    const q = this.db(`${DECISIONS} as d`)
      .join(`${ENTITIES} as e`, 'e.entity_ref', 'd.entity_ref')
      .select('e.owner as owner', 'd.action as action', 'd.tier as tier')
      .sum({ decisions: 'd.decisions' })
      .groupBy('e.owner', 'd.action', 'd.tier');
    if (filter.owner) q.where('e.owner', filter.owner);
    if (filter.system) q.where('e.system', filter.system);
    if (filter.since) q.where('d.day', '>=', filter.since);
    const rows = (await q) as Array<{
      owner: string | null;
      action: DecisionSum['action'];
      tier: DecisionSum['tier'];
      decisions: number | string;
    }>;
    return rows.map(r => ({
      ...(r.owner === null ? {} : { owner: r.owner }),
      action: r.action,
      tier: r.tier,
      decisions: Number(r.decisions),
    }));
  }

  /** Every window judged so far (for the refresh task). */
  async listWindows(): Promise<JudgedWindow[]> {
    const rows: RawWindowRow[] = await this.db(WINDOWS).orderBy([
      'slo_id',
      'window_index',
    ]);
    return rows.map(windowFromRow);
  }

  private filtered(q: Knex.QueryBuilder, filter: DashboardFilter) {
    if (filter.owner) q.where('owner', filter.owner);
    if (filter.system) q.where('system', filter.system);
    return q;
  }
}
