import { DatabaseService } from '@backstage/backend-plugin-api';
import type { DriftEventBody } from '@slo-engine/plugin-slo-common';
import { Knex } from 'knex';
import { chunkSize } from '../database/chunkSize';
import { deleteEntitiesNotIn } from '../database/deleteEntitiesNotIn';
import { connectAndMigrate } from '../database/migrate';
import {
  EVENTS,
  eventFromRow,
  eventToRow,
  RawEventRow,
  RawStateRow,
  STATE,
  stateFromRow,
  stateToRow,
} from './driftRows';
import type { DriftEventFilter, StoredDriftState } from './types';

/** What one run of the drift job writes, in one transaction. */
export interface DriftRun {
  states: StoredDriftState[];
  events: DriftEventBody[];
  /** Entities still watched: state of any other entity is deleted. */
  watchedEntityRefs: string[];
  at: Date;
}

/** The drift detectors' state per entity and SLI, and confirmed drifts. */
export class DriftStore {
  static async create(options: { database: DatabaseService }) {
    return new DriftStore(await connectAndMigrate(options.database));
  }

  private constructor(private readonly db: Knex) {}

  async listStates(): Promise<StoredDriftState[]> {
    const rows: RawStateRow[] = await this.db(STATE).select();
    return rows.map(stateFromRow);
  }

  async saveRun(run: DriftRun): Promise<void> {
    const chunk = chunkSize(this.db);
    const states = run.states.map(s => stateToRow(s, run.at));
    const events = run.events.map(eventToRow);
    const watched = new Set(run.watchedEntityRefs);
    await this.db.transaction(async tx => {
      for (let i = 0; i < states.length; i += chunk) {
        await tx(STATE)
          .insert(states.slice(i, i + chunk))
          .onConflict(['entity_ref', 'sli'])
          .merge();
      }
      for (let i = 0; i < events.length; i += chunk) {
        await tx(EVENTS).insert(events.slice(i, i + chunk));
      }
      await deleteEntitiesNotIn(tx, STATE, watched);
    });
  }

  /** Confirmed drifts, newest first. */
  async listEvents(filter: DriftEventFilter): Promise<DriftEventBody[]> {
    const query = this.db<RawEventRow>(EVENTS)
      .where('confirmed_at', '>=', filter.since)
      .orderBy([
        { column: 'confirmed_at', order: 'desc' },
        { column: 'detected_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(filter.limit);
    if (filter.owner) query.where('owner', filter.owner);
    if (filter.system) query.where('system', filter.system);
    if (filter.entityRef) query.where('entity_ref', filter.entityRef);
    const rows: RawEventRow[] = await query;
    return rows.map(eventFromRow);
  }
}
