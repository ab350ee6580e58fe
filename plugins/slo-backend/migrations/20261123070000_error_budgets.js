// @ts-check

/**
 * Error budgets of active SLOs: the latest snapshot per entity and SLI,
 * written by the fleet job, and one compact row per entity, SLI and hour
 * for burn-down charts. See docs/error-budgets.md.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('slo_error_budgets', table => {
    table.comment('Latest error budget per entity and SLI (fleet job)');
    table.string('entity_ref', 255).notNullable();
    table
      .string('sli', 32)
      .notNullable()
      .comment('availability, latency_p95_ms, latency_p99_ms, latency_p999_ms');
    table.string('slo_id', 64).notNullable();
    table.string('owner', 255).nullable();
    table.string('system', 255).nullable();
    table.double('objective').notNullable().comment('Ratio, e.g. 0.999');
    table.integer('window_days').notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('healthy, warning, critical, exhausted or no_data');
    table
      .double('total_events')
      .nullable()
      .comment('Counts are null without data');
    table.double('allowed_events').nullable();
    table.double('consumed_events').nullable();
    table.double('remaining_events').nullable();
    table.double('allowed_minutes').notNullable();
    table.double('consumed_minutes').nullable();
    table.double('remaining_minutes').nullable();
    table.double('consumed_share').nullable();
    table
      .double('projection_burn_rate')
      .nullable()
      .comment('Burn rate over the last day');
    table.timestamp('projected_exhaustion', { useTz: true }).nullable();
    table
      .text('burn_rates')
      .notNullable()
      .comment('JSON: burn rates per alert window pair');
    table.text('note').nullable();
    table.timestamp('computed_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'sli']);
    table.index(['owner'], 'slo_error_budgets_owner_idx');
    table.index(['system'], 'slo_error_budgets_system_idx');
    table.index(['status'], 'slo_error_budgets_status_idx');
    table.index(['projected_exhaustion'], 'slo_error_budgets_exhaustion_idx');
  });

  await knex.schema.createTable('slo_error_budget_history', table => {
    table.comment('Error budget per entity, SLI and UTC hour, for burn-down');
    table.string('entity_ref', 255).notNullable();
    table.string('sli', 32).notNullable();
    table.timestamp('hour_start', { useTz: true }).notNullable();
    table.string('slo_id', 64).notNullable();
    table
      .double('consumed_share')
      .nullable()
      .comment('Rolling consumed share, last computed during the hour');
    table
      .double('hour_total_events')
      .nullable()
      .comment('Events within the hour, written once it is over');
    table.double('hour_bad_events').nullable();
    table.timestamp('recorded_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'sli', 'hour_start']);
    table.index(['hour_start'], 'slo_error_budget_history_retention_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('slo_error_budget_history');
  await knex.schema.dropTable('slo_error_budgets');
};
