import id.ac.ugm.aicare.schema.migration.ColumnDef;
import id.ac.ugm.aicare.schema.migration.ForeignKeyDef;
import id.ac.ugm.aicare.schema.migration.IndexDef;
import id.ac.ugm.aicare.schema.migration.MigrationOptions;
import id.ac.ugm.aicare.schema.migration.SchemaMigrator;
import id.ac.ugm.aicare.schema.migration.TableDef;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-running an up-to-date migration of 2,000 helper operations against one of 200: the re-run a
 * service pays at every start once a migration is in place. Each is applied once, untimed, in a
 * schema of its own; then re-runs of both are timed in turn over one open connection each, from
 * {@code SchemaMigrator.on} to {@code close}, with the catalog reads and statements each sent.
 *
 * <p>Arguments: JDBC URL, user, rounds (times 10 re-runs each).
 */
public final class HelperOperations {

    /** Operations per table: a table, three columns, two indexes, a check, a unique key, a comment, a foreign key. */
    static final int PER_TABLE = 10;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int rounds = Integer.parseInt(args[2]) * 10;
        System.out.println(Figures.machine());
        try (Connection small = DriverManager.getConnection(url, user, "");
             Connection large = DriverManager.getConnection(url, user, "")) {
            prepare(small, "ops_200");
            prepare(large, "ops_2000");
            migrate(small, "ops_200", 200);
            migrate(large, "ops_2000", 2000);
            for (int i = 0; i < 20; i++) { // untimed: the JIT settles
                migrate(small, "ops_200", 200);
                migrate(large, "ops_2000", 2000);
            }
            // Three cases in turn: 200 in a schema of their own, 2,000 in theirs, and 200 of those 2,000
            // in the same schema (the same catalog to read: what the operations themselves add).
            String[] names = {"200 helper operations, own schema (20 tables)", "2,000 helper operations (200 tables)",
                    "200 of them, in the schema of the 2,000"};
            Connection[] connections = {small, large, large};
            String[] schemas = {"ops_200", "ops_2000", "ops_2000"};
            int[] sizes = {200, 2000, 200};
            List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            int[][] counts = new int[3][];
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < 3; k++) {
                    int c = (k + round) % 3;
                    long start = System.nanoTime();
                    counts[c] = migrate(connections[c], schemas[c], sizes[c]);
                    times.get(c).add(Figures.millisSince(start));
                }
            }
            System.out.println("re-runs of an up-to-date migration, " + rounds + " of each, interleaved; " + Figures.load());
            System.out.println("| what | median (range) | catalog reads | statements sent | 2,000 against it | target |");
            System.out.println("|---|---|---|---|---|---|");
            for (int c = 0; c < 3; c++) {
                double ratio = Figures.median(times.get(1)) / Figures.median(times.get(c));
                boolean met = ratio <= 2 && counts[1][0] == 1;
                System.out.println("| " + names[c] + " | " + Figures.summary(times.get(c), "ms") + " | " + counts[c][0] + " | "
                        + counts[c][1] + " | " + (c == 1 ? "" : Figures.number(ratio) + "x") + " | "
                        + (c == 1 ? "" : "at most 2x, one catalog read" + (met ? " (met)" : " (NOT met)")) + " |");
            }
        }
    }

    private static void prepare(Connection connection, String schema) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    /** The migration of that many operations; returns its catalog reads and statements sent. */
    static int[] migrate(Connection connection, String schema, int operations) {
        try (SchemaMigrator migrator = SchemaMigrator.on(connection, MigrationOptions.defaults().withSchema(schema))) {
            for (int t = 0; t < operations / PER_TABLE; t++) {
                String table = "t" + t;
                migrator.createTable(TableDef.named(table)
                        .column(ColumnDef.of("id", "bigint").notNull())
                        .column(ColumnDef.of("owner_id", "bigint"))
                        .column(ColumnDef.of("name", "varchar(100)").notNull())
                        .primaryKey("id"));
                migrator.addColumn(table, ColumnDef.of("state", "varchar(20)").defaultTo("'new'"));
                migrator.addColumn(table, ColumnDef.of("created_at", "timestamptz").defaultTo("now()").notNull());
                migrator.createIndex(IndexDef.on(table).columns("owner_id"));
                migrator.createIndex(IndexDef.on(table).columns("state", "created_at"));
                migrator.addCheckConstraint(table, "ck_" + table + "_state", "state IN ('new', 'done')");
                migrator.addUniqueConstraint(table, "uq_" + table + "_name", "name");
                migrator.addColumn(table, ColumnDef.of("note", "text"));
                migrator.commentOnTable(table, "table " + t);
                if (t == 0) {
                    migrator.commentOnColumn(table, "name", "the name");
                } else {
                    migrator.addForeignKey(ForeignKeyDef.from(table, "owner_id").to("t" + (t - 1), "id"));
                }
            }
            return new int[] {migrator.catalogReads(), migrator.statementsSent()};
        }
    }
}
