// @ts-check

/**
 * Generated SLO recommendations per entity, SLI type and lookback. Rows are
 * never deleted: a new recommendation supersedes the previous active one, and
 * later issues refer to recommendations by id (accept / reject).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('recommendations', table => {
    table.comment('Generated SLO recommendations, kept as history');
    table.uuid('id').primary();
    table.string('entity_ref', 255).notNullable();
    table
      .string('sli_type', 16)
      .notNullable()
      .comment('availability, latency or all');
    table.integer('lookback_days').notNullable();
    table
      .string('status', 16)
      .notNullable()
      .comment('active, stale (invalidated, still a fallback) or superseded');
    table.text('body').notNullable().comment('JSON: the HTTP response body');
    table
      .string('graph_snapshot_id', 64)
      .nullable()
      .comment('Graph snapshot the composite bound was computed on');
    table.timestamp('generated_at', { useTz: true }).notNullable();
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.text('stale_reason').nullable();
    table.index(
      ['entity_ref', 'sli_type', 'lookback_days', 'status'],
      'recommendations_lookup_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('recommendations');
};
