// @ts-check

/**
 * Auto-approval rules (FR-11): when an enabled rule's conditions match a
 * newly generated recommendation, its tier is accepted as the entity's SLO
 * with action `auto_approve` in the audit log.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('auto_approval_rules', table => {
    table.comment('Rules that accept matching recommendations automatically');
    table.uuid('id').primary();
    table.string('name', 255).notNullable().unique('auto_approval_rules_name');
    table.boolean('enabled').notNullable().defaultTo(false);
    table.text('conditions').notNullable().comment('JSON, validated by zod');
    table.string('created_by', 255).notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.string('updated_by', 255).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('auto_approval_rules');
};
