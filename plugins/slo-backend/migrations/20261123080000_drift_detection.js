// @ts-check

/**
 * Drift detection (FR-9): the detectors' state per entity and SLI, so a
 * restart does not reset them, and every confirmed drift. See
 * docs/drift-detection.md.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('slo_drift_state', table => {
    table.comment('Drift detector state per entity and SLI');
    table.string('entity_ref', 255).notNullable();
    table
      .string('sli', 32)
      .notNullable()
      .comment('availability or latency_p99');
    table
      .timestamp('fed_until', { useTz: true })
      .notNullable()
      .comment('End of the last SLI point fed to the detectors');
    table
      .text('state')
      .notNullable()
      .comment('JSON: SliDriftMonitor state (baseline, detectors, vote)');
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'sli']);
  });

  await knex.schema.createTable('slo_drift_events', table => {
    table.comment('Confirmed drift of an SLI (2 of 3 detectors agreed)');
    table.uuid('id').primary();
    table.string('entity_ref', 255).notNullable();
    table.string('owner', 255).nullable();
    table.string('system', 255).nullable();
    table.string('sli', 32).notNullable();
    table
      .timestamp('changed_at', { useTz: true })
      .notNullable()
      .comment('End of the point at which the first agreeing detector fired');
    table
      .timestamp('detected_at', { useTz: true })
      .notNullable()
      .comment('End of the point at which the vote was reached');
    table.timestamp('confirmed_at', { useTz: true }).notNullable();
    table.text('detectors').notNullable().comment('JSON array, firing order');
    table.double('before').nullable();
    table.double('after').nullable();
    table.string('unit', 16).notNullable().comment('percent or ms');
    table.text('summary').notNullable();
    table.index(['confirmed_at'], 'slo_drift_events_confirmed_idx');
    table.index(['entity_ref', 'confirmed_at'], 'slo_drift_events_entity_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('slo_drift_events');
  await knex.schema.dropTable('slo_drift_state');
};
