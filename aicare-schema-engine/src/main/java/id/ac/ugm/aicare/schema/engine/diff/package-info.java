/**
 * Model-driven migrations: {@link id.ac.ugm.aicare.schema.engine.diff.ModelDiff} compares one
 * module's models with a database (or a snapshot of one) and writes the migration that takes it
 * there, on the idempotent helpers or as SQL with guards; see MIGRATIONS.md at the project root.
 */
package id.ac.ugm.aicare.schema.engine.diff;
