/**
 * The one pg_catalog reader behind {@code CatalogReader} (snapshots for diff and status) and the
 * migration helpers' cached view of the catalog. Implementation of its artifact, not part of its
 * API: the types here may change or go in any release, with no compatibility promise.
 */
package id.ac.ugm.aicare.schema.catalog.internal;
