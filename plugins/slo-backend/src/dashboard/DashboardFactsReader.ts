import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { BUDGETS, budgetFromRow, RawBudgetRow } from '../budgets/budgetRows';
import type { ErrorBudgetSnapshot } from '../budgets/types';
import { connectAndMigrate } from '../database/migrate';
import {
  AUDIT,
  RawSloRow,
  RECOMMENDATIONS,
  SLOS,
  sloFromRow,
} from '../lifecycle/rows';
import type { StoredSlo } from '../lifecycle/types';
import type { DecisionAction, DecisionTally } from './types';

const DECISION_ACTIONS: DecisionAction[] = [
  'accept',
  'modify',
  'reject',
  'auto_approve',
];
const DECIDED = new Set(['accepted', 'rejected']);

type DbTime = Date | string | number;

/** `YYYY-MM-DD` of the UTC day `at` falls on. */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Read-only queries the refresh needs on tables other stores own, where
 * those stores have no method for the whole fleet. Never writes.
 */
export class DashboardFactsReader {
  static async create(options: { database: DatabaseService }) {
    return new DashboardFactsReader(await connectAndMigrate(options.database));
  }

  private constructor(private readonly db: Knex) {}

  /**
   * Entities whose latest recommendation (newest `generated_at` of any SLI
   * type and lookback) is neither accepted nor rejected.
   */
  async undecidedRecommendations(): Promise<Set<string>> {
    const latest = this.db(RECOMMENDATIONS)
      .select('entity_ref')
      .max({ latest: 'generated_at' })
      .groupBy('entity_ref')
      .as('l');
    const rows: Array<{ entity_ref: string; status: string }> = await this.db(
      `${RECOMMENDATIONS} as r`,
    )
      .join(latest, function onLatest() {
        this.on('l.entity_ref', '=', 'r.entity_ref').andOn(
          'l.latest',
          '=',
          'r.generated_at',
        );
      })
      .select('r.entity_ref as entity_ref', 'r.status as status');
    // Recommendations generated in the same instant: a decision on any of
    // them answers the entity's latest recommendation.
    const decided = new Set(
      rows.filter(r => DECIDED.has(r.status)).map(r => r.entity_ref),
    );
    return new Set(
      rows.map(r => r.entity_ref).filter(ref => !decided.has(ref)),
    );
  }

  /** Every SLO, active or not, activated from a recommendation with an availability target. */
  async recommendedAvailabilitySlos(): Promise<StoredSlo[]> {
    const rows: RawSloRow[] = await this.db<RawSloRow>(SLOS)
      .whereIn('source', ['recommendation_accepted', 'recommendation_modified'])
      .whereNotNull('availability_target')
      .orderBy(['entity_ref', 'activated_at']);
    return rows.map(sloFromRow);
  }

  /**
   * Decisions per entity, UTC day, action and tier from the audit log.
   * Rejects may name no tier: `none`.
   */
  async decisionTallies(): Promise<DecisionTally[]> {
    const rows: Array<{
      entity_ref: string;
      action: DecisionAction;
      selected_tier: DecisionTally['tier'] | null;
      occurred_at: DbTime;
    }> = await this.db(AUDIT)
      .whereIn('action', DECISION_ACTIONS)
      .select('entity_ref', 'action', 'selected_tier', 'occurred_at');
    const tallies = new Map<string, DecisionTally>();
    for (const r of rows) {
      const tally: DecisionTally = {
        entityRef: r.entity_ref,
        day: utcDay(new Date(r.occurred_at)),
        action: r.action,
        tier: r.selected_tier ?? 'none',
        decisions: 0,
      };
      const key = [tally.entityRef, tally.day, tally.action, tally.tier].join(
        '\u0000',
      );
      const found = tallies.get(key) ?? tally;
      found.decisions++;
      tallies.set(key, found);
    }
    return [...tallies.values()];
  }

  /** The latest budget snapshot of every SLI (written by the error budget task). */
  async budgetSnapshots(): Promise<ErrorBudgetSnapshot[]> {
    const rows: RawBudgetRow[] = await this.db(BUDGETS).orderBy([
      'entity_ref',
      'sli',
    ]);
    return rows.map(budgetFromRow);
  }
}
