// @ts-check

/**
 * The SLO lifecycle (FR-5): every SLO an entity ever had, at most one of them
 * active, and an append-only audit log of every lifecycle event. Decisions
 * also set a recommendation's status to `accepted` or `rejected`; that column
 * is a free string, so the recommendations table needs no change.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('slos', table => {
    table.comment('SLOs per entity: the active one and its predecessors');
    table.uuid('id').primary();
    table.string('entity_ref', 255).notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('active or superseded; at most one active per entity');
    table
      .double('availability_target')
      .nullable()
      .comment('Percent, e.g. 99.95');
    table.double('latency_p95_target_ms').nullable();
    table.double('latency_p99_target_ms').nullable();
    table.double('latency_p999_target_ms').nullable();
    table.integer('window_days').notNullable().comment('28 or 30');
    table
      .string('source', 32)
      .notNullable()
      .comment('recommendation_accepted, recommendation_modified or manual');
    table.uuid('recommendation_id').nullable();
    table
      .string('selected_tier', 16)
      .nullable()
      .comment('conservative, balanced or aggressive');
    table
      .text('modification_delta')
      .nullable()
      .comment('JSON: differences to the recommended tier');
    table.text('rationale').nullable();
    table.timestamp('activated_at', { useTz: true }).notNullable();
    table
      .string('activated_by', 255)
      .notNullable()
      .comment('User entity ref, or a system actor');
    table.timestamp('superseded_at', { useTz: true }).nullable();
    table.index(['entity_ref', 'activated_at'], 'slos_entity_idx');
  });
  // Both engines support partial unique indexes. This is what makes two
  // concurrent activations for one entity collide in the database.
  await knex.raw(
    "CREATE UNIQUE INDEX slos_one_active_per_entity_uq ON slos (entity_ref) WHERE status = 'active'",
  );

  await knex.schema.createTable('slo_audit_log', table => {
    table.comment('Append-only log of SLO lifecycle events');
    table
      .bigIncrements('seq')
      .primary()
      .comment('Insertion order: the history is paged on it, newest first');
    table.uuid('id').notNullable().unique({ indexName: 'slo_audit_log_id_uq' });
    table.string('entity_ref', 255).notNullable();
    table
      .string('action', 24)
      .notNullable()
      .comment(
        'accept, modify, reject, auto_approve, expire or drift_triggered',
      );
    table.string('actor', 255).notNullable();
    table.uuid('recommendation_id').nullable();
    table.uuid('slo_id').nullable().comment('The SLO the event activated');
    table.text('previous_slo').nullable().comment('JSON snapshot');
    table.text('new_slo').nullable().comment('JSON snapshot');
    table.string('selected_tier', 16).nullable();
    table.text('rationale').nullable();
    table.text('modification_delta').nullable().comment('JSON');
    table.timestamp('occurred_at', { useTz: true }).notNullable();
    table.index(['entity_ref', 'seq'], 'slo_audit_log_entity_idx');
    table.index(['actor', 'occurred_at'], 'slo_audit_log_actor_idx');
  });

  const client = String(knex.client.config.client);
  if (client === 'pg') {
    await knex.raw(`
      CREATE FUNCTION slo_audit_log_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'slo_audit_log is append-only: % is not allowed', TG_OP;
      END
      $$`);
    await knex.raw(`
      CREATE TRIGGER slo_audit_log_no_update_or_delete
      BEFORE UPDATE OR DELETE ON slo_audit_log
      FOR EACH ROW EXECUTE FUNCTION slo_audit_log_append_only()`);
    await knex.raw(`
      CREATE TRIGGER slo_audit_log_no_truncate
      BEFORE TRUNCATE ON slo_audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION slo_audit_log_append_only()`);
  } else if (client.includes('sqlite')) {
    // DROP TABLE removes triggers before its implicit delete, so `down` and
    // SQLite's table-rebuilding alters still work.
    for (const op of ['UPDATE', 'DELETE']) {
      await knex.raw(`
        CREATE TRIGGER slo_audit_log_no_${op.toLowerCase()}
        BEFORE ${op} ON slo_audit_log
        BEGIN
          SELECT RAISE(ABORT, 'slo_audit_log is append-only: ${op} is not allowed');
        END`);
    }
  } else {
    // The audit trail must not silently lose its guarantee on another engine.
    throw new Error(
      `slo_audit_log needs append-only triggers, written for PostgreSQL and SQLite only, not ${client}`,
    );
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('slo_audit_log');
  if (String(knex.client.config.client) === 'pg') {
    await knex.raw('DROP FUNCTION IF EXISTS slo_audit_log_append_only()');
  }
  await knex.schema.dropTable('slos');
};
