/**
 * JDBC plumbing the engine's commands share: a data source bound to one open transaction, a scratch
 * schema that is rolled back, and the connection a scratch rendering hands to migrations. Internal,
 * with no compatibility promise: these types may change or go in any release.
 */
package id.ac.ugm.aicare.schema.engine.internal.jdbc;
