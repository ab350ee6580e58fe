// @ts-check

/**
 * The dependency graph: edges from every discovery source, bulk ingestions,
 * cycle alerts and graph snapshots; nodes learn placeholder, external and
 * annotation-issue columns.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('graph_nodes', table => {
    table
      .boolean('discovered')
      .notNullable()
      .defaultTo(false)
      .comment('Placeholder created from an edge, not from the catalog');
    table.boolean('external').notNullable().defaultTo(false);
    table
      .float('published_sla')
      .nullable()
      .comment('Published availability SLA (ratio) of an external dependency');
    table
      .string('metric_name', 255)
      .nullable()
      .comment(
        'Service label value in telemetry when it differs from the name',
      );
    table
      .text('issues')
      .nullable()
      .comment('JSON array of annotation problems found on the entity');
    table.text('metadata').nullable().comment('JSON metadata from ingestion');
  });

  await knex.schema.createTable('graph_edges', table => {
    table.comment('Dependency edges, one row per (from, to, discovery source)');
    table.bigIncrements('id').primary();
    table.string('from_ref', 255).notNullable().comment('The consumer');
    table.string('to_ref', 255).notNullable().comment('The dependency');
    table.string('source', 32).notNullable();
    table.string('criticality', 16).notNullable().defaultTo('hard');
    table.string('communication_mode', 16).notNullable().defaultTo('sync');
    table.string('redundancy_group', 100).nullable();
    table.string('protocol', 50).nullable();
    table.integer('timeout_ms').nullable();
    table.text('retry_config').nullable();
    table.float('confidence').notNullable().defaultTo(1);
    table.timestamp('last_observed_at', { useTz: true }).notNullable();
    table.boolean('stale').notNullable().defaultTo(false);
    table.string('content_hash', 64).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.unique(['from_ref', 'to_ref', 'source'], {
      indexName: 'graph_edges_from_to_source_uq',
    });
    table.index(['to_ref'], 'graph_edges_to_idx');
    table.index(['source'], 'graph_edges_source_idx');
  });

  await knex.schema.createTable('graph_snapshots', table => {
    table.comment(
      'One row per change of the merged graph; cited as provenance',
    );
    table.string('id', 36).primary();
    table.string('reason', 32).notNullable();
    table.integer('node_count').notNullable();
    table.integer('edge_count').notNullable();
    table.string('graph_hash', 64).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['created_at'], 'graph_snapshots_created_idx');
  });

  await knex.schema.createTable('graph_ingestions', table => {
    table.comment('Bulk dependency ingestions and their outcome');
    table.string('id', 36).primary();
    table.string('source', 32).notNullable();
    table.string('status', 16).notNullable();
    table.integer('nodes_received').notNullable();
    table.integer('edges_received').notNullable();
    table.integer('nodes_created').notNullable().defaultTo(0);
    table.integer('edges_upserted').notNullable().defaultTo(0);
    table.text('conflicts').notNullable().comment('JSON array');
    table.text('warnings').notNullable().comment('JSON array');
    table.string('snapshot_id', 36).nullable();
    table.string('created_by', 255).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('completed_at', { useTz: true }).nullable();
  });

  await knex.schema.createTable('cycle_alerts', table => {
    table.comment('Strongly connected components of more than one node');
    table.string('id', 36).primary();
    table
      .string('cycle_key', 64)
      .notNullable()
      .comment('Hash of the sorted members: the same cycle keeps its alert');
    table.text('members').notNullable().comment('JSON array of entity refs');
    table.text('path').notNullable().comment('JSON array, first repeated last');
    table.string('status', 16).notNullable().defaultTo('open');
    table.timestamp('detected_at', { useTz: true }).notNullable();
    table.string('acknowledged_by', 255).nullable();
    table.timestamp('acknowledged_at', { useTz: true }).nullable();
    table.text('note').nullable();
    table.timestamp('resolved_at', { useTz: true }).nullable();
    table.index(['cycle_key'], 'cycle_alerts_key_idx');
    table.index(['status'], 'cycle_alerts_status_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('cycle_alerts');
  await knex.schema.dropTable('graph_ingestions');
  await knex.schema.dropTable('graph_snapshots');
  await knex.schema.dropTable('graph_edges');
  await knex.schema.alterTable('graph_nodes', table => {
    table.dropColumn('discovered');
    table.dropColumn('external');
    table.dropColumn('published_sla');
    table.dropColumn('metric_name');
    table.dropColumn('issues');
    table.dropColumn('metadata');
  });
};
