/**
 * JDBC plumbing the engine's commands share: a data source bound to one open transaction and the
 * connection a scratch rendering hands to migrations (the scratch schema itself is the migrate
 * artifact's {@code ScratchSchema}, shared with the migration helpers). Internal,
 * with no compatibility promise: these types may change or go in any release.
 */
package id.ac.ugm.aicare.schema.engine.internal.jdbc;
