package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Runs the tool in-process for the init, migrate and status tests, and reads what they need. */
final class InitCli {

    /** The seven history tables init stamps. */
    static final Set<String> HISTORY_TABLES = Stream.of("auth", "clinical", "campaigns", "content", "finance",
            "gamification", "langgraph").map(module -> "aicare_schema_history_" + module).collect(Collectors.toSet());

    private InitCli() {
    }

    /** Exit code and both streams of one run. */
    record Run(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Run run(String... args) {
        return runWith(Map.of(), args);
    }

    /** The tool with these environment variables instead of the process's. */
    static Run runWith(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AicareSchemaCli.execute(args, environment, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exitCode, out.toString(), err.toString());
    }

    /**
     * {@code command --url ... --user ...} followed by more arguments, for the database, with the
     * password in $AICARE_DB_PASSWORD (as the README says to give it).
     */
    static Run run(String command, TestDatabase db, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--url", db.jdbcUrl(), "--user", db.user()));
        args.addAll(List.of(more));
        return runWith(Map.of(DatabaseOptions.PASSWORD_VARIABLE, db.password()), args.toArray(String[]::new));
    }

    static SchemaSnapshot snapshot(TestDatabase db) throws SQLException {
        try (Connection connection = db.connection()) {
            return CatalogReader.read(connection);
        }
    }

    /** The snapshot without the history tables, to compare with a database before init. */
    static SchemaSnapshot withoutHistory(SchemaSnapshot snapshot) {
        return snapshot.onlyTables(table -> !HISTORY_TABLES.contains(table));
    }

    static List<String> rows(TestDatabase db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** Each history table's rows as "table version type success", in table and rank order. */
    static List<String> histories(TestDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : HISTORY_TABLES.stream().sorted().toList()) {
            rows.addAll(rows(db, "SELECT '" + table + "', version, type, success::text, description FROM " + table
                    + " ORDER BY installed_rank"));
        }
        return rows;
    }
}
