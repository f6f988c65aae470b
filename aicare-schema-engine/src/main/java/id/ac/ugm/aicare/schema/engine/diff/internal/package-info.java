/**
 * Implementation of its artifact, not part of its API: the types here may change or go in any
 * release, with no compatibility promise. Use the public packages of the artifact instead.
 */
package id.ac.ugm.aicare.schema.engine.diff.internal;
