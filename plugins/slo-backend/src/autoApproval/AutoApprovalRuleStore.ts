import {
  DatabaseService,
  isDatabaseConflictError,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  autoApprovalConditionsSchema,
  AutoApprovalRule,
  AutoApprovalRuleInput,
} from '@slo-engine/plugin-slo-common';
import { randomUUID } from 'crypto';
import { Knex } from 'knex';
import { connectAndMigrate } from '../database/migrate';

const TABLE = 'auto_approval_rules';

interface RuleRow {
  id: string;
  name: string;
  enabled: boolean | number;
  conditions: string;
  created_by: string;
  created_at: Date | string | number;
  updated_by: string;
  updated_at: Date | string | number;
}

function fromRow(r: RuleRow): AutoApprovalRule {
  return {
    id: r.id,
    name: r.name,
    enabled: Boolean(r.enabled),
    // Re-validated on read so a hand-edited row cannot half-apply.
    conditions: autoApprovalConditionsSchema.parse(JSON.parse(r.conditions)),
    created_by: r.created_by,
    created_at: new Date(r.created_at).toISOString(),
    updated_by: r.updated_by,
    updated_at: new Date(r.updated_at).toISOString(),
  };
}

const nameTaken = (name: string) =>
  new ConflictError(
    `An auto-approval rule named "${name}" already exists: choose another name or change that rule with PUT /auto-approval-rules/{id}`,
  );

/** Auto-approval rules (FR-11), validated before they are stored. */
export class AutoApprovalRuleStore {
  static async create(options: {
    database: DatabaseService;
  }): Promise<AutoApprovalRuleStore> {
    return new AutoApprovalRuleStore(await connectAndMigrate(options.database));
  }

  constructor(private readonly db: Knex) {}

  /** All rules, oldest first: the order in which they are tried. */
  async list(options: { enabledOnly?: boolean } = {}) {
    const query = this.db<RuleRow>(TABLE).orderBy([
      { column: 'created_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]);
    if (options.enabledOnly) query.where({ enabled: true });
    return (await query).map(fromRow);
  }

  async get(id: string): Promise<AutoApprovalRule> {
    const row = await this.db<RuleRow>(TABLE).where({ id }).first();
    if (!row) throw this.notFound(id);
    return fromRow(row);
  }

  async add(
    input: AutoApprovalRuleInput,
    actor: string,
    now = new Date(),
  ): Promise<AutoApprovalRule> {
    const id = randomUUID();
    try {
      await this.db<RuleRow>(TABLE).insert({
        id,
        name: input.name,
        enabled: input.enabled,
        conditions: JSON.stringify(input.conditions),
        created_by: actor,
        created_at: now,
        updated_by: actor,
        updated_at: now,
      });
    } catch (e) {
      if (isDatabaseConflictError(e)) throw nameTaken(input.name);
      throw e;
    }
    return this.get(id);
  }

  async replace(
    id: string,
    input: AutoApprovalRuleInput,
    actor: string,
    now = new Date(),
  ): Promise<AutoApprovalRule> {
    let updated: number;
    try {
      updated = await this.db<RuleRow>(TABLE)
        .where({ id })
        .update({
          name: input.name,
          enabled: input.enabled,
          conditions: JSON.stringify(input.conditions),
          updated_by: actor,
          updated_at: now,
        });
    } catch (e) {
      if (isDatabaseConflictError(e)) throw nameTaken(input.name);
      throw e;
    }
    if (updated === 0) throw this.notFound(id);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const deleted = await this.db<RuleRow>(TABLE).where({ id }).delete();
    if (deleted === 0) throw this.notFound(id);
  }

  private notFound(id: string) {
    return new NotFoundError(
      `No auto-approval rule ${id}: list the rules with GET /auto-approval-rules`,
    );
  }
}
