// @ts-check

/**
 * The organisation-wide dashboard (FR-12). A scheduled refresh precomputes
 * one row per internal catalog entity and its decision counts per UTC day,
 * so `/dashboard/*` requests aggregate these rows and never scan the audit
 * log or the SLI history. Completed SLO windows are kept once judged: the
 * daily aggregates they were judged on are pruned after their retention.
 * See docs/dashboard.md.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('slo_dashboard_entities', table => {
    table.comment(
      'Dashboard figures per internal entity, replaced by each refresh',
    );
    table.string('entity_ref', 255).primary();
    table.string('owner', 255).nullable().comment('Owner entity ref');
    table.string('system', 255).nullable().comment('System entity ref');
    table
      .string('criticality', 16)
      .notNullable()
      .comment('critical, high, medium, low or unspecified');
    table
      .string('coverage', 24)
      .notNullable()
      .comment('active_slo, awaiting_decision or without_slo');
    table
      .boolean('telemetry_ok')
      .notNullable()
      .comment('Telemetry status ok at the refresh');
    table.string('active_slo_id', 64).nullable();
    table
      .text('budgets')
      .notNullable()
      .comment('JSON: per SLI of the active SLO, its latest budget figures');
    table
      .text('breaches')
      .notNullable()
      .comment('JSON: completed, breached and no-data windows per tier');
    table.timestamp('computed_at', { useTz: true }).notNullable();
    table.index(['owner'], 'slo_dashboard_entities_owner_idx');
    table.index(['system'], 'slo_dashboard_entities_system_idx');
  });

  await knex.schema.createTable('slo_dashboard_decisions', table => {
    table.comment('Decisions per entity, UTC day, action and tier (refresh)');
    table.string('entity_ref', 255).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table
      .string('action', 24)
      .notNullable()
      .comment('accept, modify, reject or auto_approve');
    table
      .string('tier', 16)
      .notNullable()
      .comment('conservative, balanced, aggressive or none');
    table.integer('decisions').notNullable();
    table.primary(['entity_ref', 'day', 'action', 'tier']);
    table.index(['day'], 'slo_dashboard_decisions_day_idx');
  });

  await knex.schema.createTable('slo_dashboard_windows', table => {
    table.comment(
      'Completed availability windows of SLOs from accepted recommendations',
    );
    table.string('slo_id', 64).notNullable();
    table
      .integer('window_index')
      .notNullable()
      .comment('0 for the window starting at activation');
    table.string('entity_ref', 255).notNullable();
    table.string('tier', 16).notNullable();
    table.timestamp('window_start', { useTz: true }).notNullable();
    table.timestamp('window_end', { useTz: true }).notNullable();
    table
      .double('good')
      .notNullable()
      .comment('Sum over the daily buckets fully inside the window');
    table.double('total').notNullable();
    table
      .double('target')
      .notNullable()
      .comment('Availability target in percent, e.g. 99.9');
    table
      .boolean('breached')
      .nullable()
      .comment('Null when the window had no traffic');
    table.timestamp('computed_at', { useTz: true }).notNullable();
    table.primary(['slo_id', 'window_index']);
    table.index(['entity_ref'], 'slo_dashboard_windows_entity_idx');
  });

  await knex.schema.createTable('slo_dashboard_refresh', table => {
    table.comment('When the dashboard was last refreshed (one row)');
    table.string('id', 16).primary().comment('Always "latest"');
    table.timestamp('computed_at', { useTz: true }).notNullable();
    table.integer('entities').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('slo_dashboard_refresh');
  await knex.schema.dropTable('slo_dashboard_windows');
  await knex.schema.dropTable('slo_dashboard_decisions');
  await knex.schema.dropTable('slo_dashboard_entities');
};
