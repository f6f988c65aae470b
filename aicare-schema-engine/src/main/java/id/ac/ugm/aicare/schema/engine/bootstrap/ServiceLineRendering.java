package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.engine.internal.jdbc.TransactionDataSource;
import id.ac.ugm.aicare.schema.engine.internal.jdbc.ScratchConnection;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLines.LineModule;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.Difference;
import id.ac.ugm.aicare.schema.catalog.Difference.Kind;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.FlywayException;

/**
 * Applies each service line's applied migrations (up to the version its live history has reached) in
 * {@code status}'s scratch schema, after the models, and records what each line adds to the schema:
 * those objects are then expected, and counted as the line's.
 */
final class ServiceLineRendering implements ExpectedSchema.AfterModels {

    private final Map<LineModule, String> targets;
    private final Map<String, List<Difference>> objects = new LinkedHashMap<>();

    /** @param targets each line with the version its live history has reached ({@code null}: none yet) */
    ServiceLineRendering(Map<LineModule, String> targets) {
        this.targets = targets;
    }

    @Override
    public void apply(Connection connection, String scratch) throws SQLException {
        Set<String> historyTables = new HashSet<>();
        targets.keySet().forEach(line -> historyTables.add(line.historyTable()));
        SchemaSnapshot before = withoutTables(CatalogReader.read(connection, scratch), historyTables);
        for (Map.Entry<LineModule, String> entry : targets.entrySet()) {
            LineModule line = entry.getKey();
            if (entry.getValue() == null) {
                objects.put(line.name(), List.of());
                continue;
            }
            try {
                ModuleFlyway.configure(line, new TransactionDataSource(connection, ScratchConnection::wrap),
                                line.line().classLoader())
                        .schemas(scratch).defaultSchema(scratch)
                        .baselineOnMigrate(true)
                        .target(entry.getValue())
                        .load().migrate();
            } catch (FlywayException e) {
                throw new SchemaBootstrapException("cannot apply service line " + line.name()
                        + "'s migrations to the models in a scratch schema: " + SchemaBootstrap.flywayMessage(e), e);
            }
            SchemaSnapshot after = withoutTables(CatalogReader.read(connection, scratch), historyTables);
            objects.put(line.name(), SchemaDiff.compare(before, after));
            before = after;
        }
    }

    /** What the line's applied migrations add to or change in the schema before them (empty until rendered). */
    List<Difference> objectsOf(String line) {
        return objects.getOrDefault(line, List.of());
    }

    /** The line that owns the object a difference is about, or {@code null}: it belongs to the models. */
    String ownerOf(Difference difference) {
        for (Map.Entry<String, List<Difference>> line : objects.entrySet()) {
            for (Difference object : line.getValue()) {
                if (sameObject(object, difference)) {
                    return line.getKey();
                }
            }
        }
        return null;
    }

    /** The tables a line's migrations create. */
    List<String> tablesOf(String line) {
        return objectsOf(line).stream().filter(object -> object.kind() == Kind.TABLE).map(Difference::table).toList();
    }

    private static boolean sameObject(Difference owned, Difference other) {
        if (owned.kind() == Kind.TABLE) {
            return owned.table().equals(other.table());
        }
        if (owned.table() == null) {
            return other.table() == null && owned.object().equals(other.object());
        }
        return owned.table().equals(other.table()) && owned.object() != null && owned.object().equals(other.object());
    }

    private static SchemaSnapshot withoutTables(SchemaSnapshot snapshot, Set<String> excluded) {
        return snapshot.onlyTables(name -> !excluded.contains(name));
    }
}
