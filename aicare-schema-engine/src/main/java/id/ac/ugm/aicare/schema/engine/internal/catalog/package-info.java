/**
 * Catalog snapshots cut down to what one module owns, for the engine's comparisons.
 * Internal: no compatibility promise; these types may change or go in any release.
 */
package id.ac.ugm.aicare.schema.engine.internal.catalog;
