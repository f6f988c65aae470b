package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A module's Flyway history created at its baseline with plain SQL: the table, its baseline row,
 * its primary key and its index, the statements Flyway 13's {@code baseline()} sends for
 * PostgreSQL, in its order. {@code init} stamps every new module this way in the same batch as
 * its other statements, instead of starting Flyway once per module (its class loading, class-path
 * scan and some twenty statements each). Only a module whose migration folder holds no file is
 * stamped so ({@link BaselineOnly#mayHoldMigrations}): a folder with files may hold Flyway
 * callbacks, which Flyway's own baseline runs. {@code HistoryStampTest} proves the table and row
 * equal Flyway's, and that Flyway 13.12.1 and 12.4.0 read, validate and migrate from them.
 */
final class HistoryStamp {

    /** What Flyway writes for a baseline row and calls it by (its {@code MigrationType.BASELINE}). */
    static final String BASELINE_TYPE = "BASELINE";

    private HistoryStamp() {
    }

    /**
     * Whether this module's history can be stamped without Flyway: its migration folder holds no file,
     * and the names Flyway derives from the history table (its key and index) fit PostgreSQL's limit
     * unshortened.
     */
    static boolean applies(ModelModule module, ClassLoader loader) {
        return !BaselineOnly.mayHoldMigrations(module, loader)
                && (module.historyTable() + "_s_idx").getBytes(StandardCharsets.UTF_8).length <= SqlIdentifiers.MAX_BYTES;
    }

    /** The statements that create the module's history table in that schema with its baseline row. */
    static List<String> statements(ModelModule module, String schema) {
        String name = SqlIdentifiers.validate(module.historyTable());
        String table = SqlIdentifiers.qualified(schema, name);
        String description = SqlIdentifiers.literal(ModuleFlyway.baselineDescription(module));
        return List.of("""
                        CREATE TABLE %s (
                            "installed_rank" INT NOT NULL,
                            "version" VARCHAR(50),
                            "description" VARCHAR(200) NOT NULL,
                            "type" VARCHAR(20) NOT NULL,
                            "script" VARCHAR(1000) NOT NULL,
                            "checksum" INTEGER,
                            "installed_by" VARCHAR(100) NOT NULL,
                            "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
                            "execution_time" INTEGER NOT NULL,
                            "success" BOOLEAN NOT NULL
                        )""".formatted(table),
                // Flyway 13 writes the baseline description as the script too, and the current user
                // (it asks the server for it) as installed_by.
                "INSERT INTO " + table + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                        + "\"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (1, "
                        + SqlIdentifiers.literal(module.baselineVersion()) + ", " + description + ", '" + BASELINE_TYPE
                        + "', " + description + ", NULL, current_user, 0, TRUE)",
                "ALTER TABLE " + table + " ADD CONSTRAINT " + SqlIdentifiers.quote(name + "_pk")
                        + " PRIMARY KEY (\"installed_rank\")",
                "CREATE INDEX " + SqlIdentifiers.quote(name + "_s_idx") + " ON " + table + " (\"success\")");
    }
}
