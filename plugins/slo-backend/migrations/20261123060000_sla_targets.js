// @ts-check

/**
 * SLA targets set through the API (they take precedence over the
 * `slo-engine.io/sla-target` annotation), one row per entity, and an
 * append-only history of every change, written in the same transaction.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('sla_targets', table => {
    table.comment('SLA targets set through the API, one per entity');
    table.string('entity_ref', 255).primary();
    table.double('target_percent').notNullable().comment('Percent, e.g. 99.5');
    table
      .string('set_by', 255)
      .notNullable()
      .comment('User entity ref of who set it');
    table.timestamp('set_at', { useTz: true }).notNullable();
    table.text('rationale').nullable();
  });

  await knex.schema.createTable('sla_target_history', table => {
    table.comment('Append-only log of changes to sla_targets');
    table
      .bigIncrements('seq')
      .primary()
      .comment('Insertion order: the history is read newest first');
    table.string('entity_ref', 255).notNullable();
    table.string('action', 8).notNullable().comment('set or delete');
    table
      .double('target_percent')
      .nullable()
      .comment('The new target; null for delete');
    table
      .double('previous_target_percent')
      .nullable()
      .comment('The API target it replaced, if any');
    table.string('actor', 255).notNullable();
    table.text('rationale').nullable();
    table.timestamp('occurred_at', { useTz: true }).notNullable();
    table.index(['entity_ref', 'seq'], 'sla_target_history_entity_idx');
  });

  const client = String(knex.client.config.client);
  if (client === 'pg') {
    await knex.raw(`
      CREATE FUNCTION sla_target_history_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'sla_target_history is append-only: % is not allowed', TG_OP;
      END
      $$`);
    await knex.raw(`
      CREATE TRIGGER sla_target_history_no_update_or_delete
      BEFORE UPDATE OR DELETE ON sla_target_history
      FOR EACH ROW EXECUTE FUNCTION sla_target_history_append_only()`);
    await knex.raw(`
      CREATE TRIGGER sla_target_history_no_truncate
      BEFORE TRUNCATE ON sla_target_history
      FOR EACH STATEMENT EXECUTE FUNCTION sla_target_history_append_only()`);
  } else if (client.includes('sqlite')) {
    for (const op of ['UPDATE', 'DELETE']) {
      await knex.raw(`
        CREATE TRIGGER sla_target_history_no_${op.toLowerCase()}
        BEFORE ${op} ON sla_target_history
        BEGIN
          SELECT RAISE(ABORT, 'sla_target_history is append-only: ${op} is not allowed');
        END`);
    }
  } else {
    // Same engines as slo_audit_log: the history must not silently lose
    // its guarantee elsewhere.
    throw new Error(
      `sla_target_history needs append-only triggers, written for PostgreSQL and SQLite only, not ${client}`,
    );
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('sla_target_history');
  if (String(knex.client.config.client) === 'pg') {
    await knex.raw('DROP FUNCTION IF EXISTS sla_target_history_append_only()');
  }
  await knex.schema.dropTable('sla_targets');
};
