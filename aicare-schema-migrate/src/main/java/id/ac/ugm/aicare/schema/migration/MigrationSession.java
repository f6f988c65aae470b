package id.ac.ugm.aicare.schema.migration;

import java.sql.Connection;

/** One migrator's connection, options, statement runner, cached catalog, probe and comparisons, shared by its helpers. */
record MigrationSession(Connection connection, MigrationOptions options, Statements statements, LiveCatalog catalog,
                        ShapeProbe probe, ShapeComparisons compare) {
}
