/**
 * Plumbing the migration helpers and the engine share (the scratch schema in which what a migration
 * or the models describe is built and read back, then rolled back). Implementation of its artifact,
 * not part of its API: the types here may change or go in any release, with no compatibility promise.
 */
package id.ac.ugm.aicare.schema.migration.internal;
