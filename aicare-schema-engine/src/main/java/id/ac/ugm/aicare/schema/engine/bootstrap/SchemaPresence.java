package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.ModuleSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the modules' tables and history tables exist, in one catalog query: all {@code init}
 * needs to decide, per module, whether to create, adopt, refuse or leave it alone. Nothing else in
 * the schema is looked at, so other products' tables neither block nor get touched.
 */
final class SchemaPresence {

    private static final String EXISTING = """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND c.relname = ANY (?)
            """;

    private SchemaPresence() {
    }

    /** The schema unqualified DDL lands in: the first existing schema of the search path. */
    static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_schema()");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            String schema = rows.getString(1);
            if (schema == null) {
                throw new SchemaBootstrapException("the search_path names no existing schema; "
                        + "set it (for example to public) so that the tables have somewhere to go");
            }
            return schema;
        }
    }

    /** Every module of the catalog with its state, in dependency order. */
    static List<ModuleInspection> inspect(Connection connection, String schema, ModelCatalog catalog,
                                          SchemaScript script) throws SQLException {
        List<String> names = new ArrayList<>();
        for (ModelModule module : catalog.modules()) {
            names.add(SqlIdentifiers.validate(module.historyTable()));
            tablesOf(script, module.name()).forEach(names::add);
        }
        Set<String> existing = existing(connection, schema, names);
        List<ModuleInspection> inspections = new ArrayList<>();
        for (ModelModule module : catalog.modules()) {
            List<String> tables = tablesOf(script, module.name());
            List<String> present = tables.stream().filter(existing::contains).toList();
            ModuleState state;
            if (existing.contains(module.historyTable())) {
                state = ModuleState.INITIALISED;
            } else if (present.isEmpty()) {
                state = ModuleState.ABSENT;
            } else if (present.size() == tables.size()) {
                state = ModuleState.PRESENT;
            } else {
                state = ModuleState.PARTIAL;
            }
            inspections.add(new ModuleInspection(module.name(), state, tables, present, module.historyTable()));
        }
        return inspections;
    }

    /** Which of the named tables exist in the schema. */
    static Set<String> existing(Connection connection, String schema, List<String> names) throws SQLException {
        Set<String> existing = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(EXISTING)) {
            statement.setString(1, schema);
            statement.setArray(2, connection.createArrayOf("text", names.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
        }
        return existing;
    }

    static ModuleSchema moduleSchema(SchemaScript script, String module) {
        return script.modules().stream().filter(schema -> schema.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no schema rendered for module " + module));
    }

    static List<String> tablesOf(SchemaScript script, String module) {
        return moduleSchema(script, module).tables().stream().map(TableSchema::name).toList();
    }
}
