/**
 * Idempotent migration helpers: {@link id.ac.ugm.aicare.schema.migration.SchemaMigrator}
 * on any JDBC connection, and {@link id.ac.ugm.aicare.schema.migration.IdempotentJavaMigration}
 * as the base of Flyway Java migrations. Every helper checks pg_catalog and converges on the end
 * state it describes; see MIGRATIONS.md at the project root.
 */
package id.ac.ugm.aicare.schema.migration;
