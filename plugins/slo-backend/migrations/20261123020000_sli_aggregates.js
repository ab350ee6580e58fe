// @ts-check

/**
 * Hourly and daily SLI aggregates per entity, and the telemetry status of
 * every entity (mapped, no data, invalid mapping).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('sli_aggregates', table => {
    table.comment('Hourly and daily SLIs per entity, computed from Prometheus');
    table.string('entity_ref', 255).notNullable();
    table.string('resolution', 8).notNullable().comment('hour or day');
    table
      .timestamp('bucket_start', { useTz: true })
      .notNullable()
      .comment('Start of the hour or day (UTC) the row covers');
    table.double('good').nullable();
    table.double('total').nullable();
    table.double('availability').nullable();
    table.double('latency_p50_ms').nullable();
    table.double('latency_p95_ms').nullable();
    table.double('latency_p99_ms').nullable();
    table.double('latency_p999_ms').nullable();
    table.double('request_rate').nullable().comment('Requests per second');
    table
      .boolean('gap')
      .notNullable()
      .defaultTo(false)
      .comment('No samples or no traffic in the bucket: not a zero');
    table.timestamp('computed_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'resolution', 'bucket_start']);
    table.index(['resolution', 'bucket_start'], 'sli_aggregates_retention_idx');
  });

  await knex.schema.createTable('telemetry_status', table => {
    table.comment('Whether each entity has telemetry, and why not');
    table.string('entity_ref', 255).primary();
    table
      .string('status', 24)
      .notNullable()
      .comment('ok, no_data or invalid_mapping');
    table.text('message').nullable();
    table.text('queries').nullable().comment('JSON: the selectors used');
    table.timestamp('last_data_at', { useTz: true }).nullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('telemetry_status');
  await knex.schema.dropTable('sli_aggregates');
};
