// @ts-check

/**
 * The entities the SLO engine knows: every catalog component and resource,
 * with the metadata the graph, dashboards and permission checks group by.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('graph_nodes', table => {
    table.comment('Catalog entities known to the SLO engine');
    table
      .string('entity_ref', 255)
      .primary()
      .comment('Lower-case kind:namespace/name');
    table.string('kind', 63).notNullable();
    table.string('namespace', 63).notNullable();
    table.string('name', 63).notNullable();
    table.string('title', 255).nullable();
    table.string('type', 63).nullable().comment('spec.type, e.g. service');
    table.string('owner', 255).nullable().comment('Owner entity ref');
    table.string('system', 255).nullable().comment('System entity ref');
    table.string('lifecycle', 63).nullable();
    table
      .string('source', 32)
      .notNullable()
      .comment(
        'Where the node came from: catalog, manual, otel_service_graph, ...',
      );
    table
      .string('content_hash', 64)
      .notNullable()
      .comment('Hash of the mapped fields; an unchanged hash means no write');
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['owner'], 'graph_nodes_owner_idx');
    table.index(['system'], 'graph_nodes_system_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('graph_nodes');
};
