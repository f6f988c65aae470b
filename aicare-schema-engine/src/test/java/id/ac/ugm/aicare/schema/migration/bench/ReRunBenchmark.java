package id.ac.ugm.aicare.schema.migration.bench;

import id.ac.ugm.aicare.schema.migration.SchemaMigrator;
import id.ac.ugm.aicare.schema.migration.TwoHundredOperations;
import id.ac.ugm.aicare.testing.PostgresServers;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The cost of re-running an up-to-date migration: 200 helper operations that all find their end
 * state (one catalog query, then 200 in-memory checks) against the same 200 plain
 * {@code IF NOT EXISTS} statements sent one by one, on the same server in the same run, in
 * alternating order for several rounds. Prints both medians and their ratio; the target is a
 * ratio within 2.
 *
 * <p>Run it (the server is {@code AICARE_TEST_JDBC_URL} if set, else the tests' embedded
 * PostgreSQL 16):
 *
 * <pre>
 * mvn -o -q -B -pl aicare-schema-engine test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp aicare-schema-engine/target/test-classes:aicare-schema-engine/target/classes:$(cat aicare-schema-engine/target/test.classpath) \
 *     id.ac.ugm.aicare.schema.migration.bench.ReRunBenchmark [warm-up rounds, default 5] [rounds, default 21]
 * </pre>
 */
public final class ReRunBenchmark {

    private ReRunBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        TestDatabase database = PostgresServers.shared().createDatabase("migration_bench_" + ProcessHandle.current().pid());
        try (Connection helpers = database.connection(); Connection plain = database.connection()) {
            execute(helpers, "CREATE TYPE risk_level AS ENUM ('low')");
            int applied;
            try (SchemaMigrator migrator = SchemaMigrator.on(helpers)) {
                applied = TwoHundredOperations.apply(migrator);
            }
            List<String> statements = TwoHundredOperations.plainStatements();
            List<Long> helperTimes = new ArrayList<>();
            List<Long> plainTimes = new ArrayList<>();
            int roundTrips = 0;
            for (int round = 0; round < warmUp + rounds; round++) {
                long helperNanos;
                long plainNanos;
                if (round % 2 == 0) {
                    helperNanos = timeHelpers(helpers);
                    plainNanos = timePlain(plain, statements);
                } else {
                    plainNanos = timePlain(plain, statements);
                    helperNanos = timeHelpers(helpers);
                }
                if (round >= warmUp) {
                    helperTimes.add(helperNanos);
                    plainTimes.add(plainNanos);
                }
            }
            try (SchemaMigrator migrator = SchemaMigrator.on(helpers)) {
                TwoHundredOperations.apply(migrator);
                roundTrips = migrator.statementsSent();
            }
            double helperMedian = median(helperTimes) / 1e6;
            double plainMedian = median(plainTimes) / 1e6;
            System.out.printf(Locale.ROOT, "machine: %d cores, %s; server: %s (%s)%n",
                    Runtime.getRuntime().availableProcessors(), cpuModel(), PostgresServers.shared().kind(),
                    scalar(helpers, "SHOW server_version"));
            System.out.printf(Locale.ROOT, "setup: %d of %d operations applied on the empty database%n",
                    applied, TwoHundredOperations.COUNT);
            System.out.printf(Locale.ROOT, "rounds: %d measured after %d warm-up, alternating order%n", rounds, warmUp);
            System.out.printf(Locale.ROOT, "helpers, all already present: median %.2f ms (min %.2f, max %.2f), "
                            + "%d round trip(s) per run%n", helperMedian, Collections.min(helperTimes) / 1e6,
                    Collections.max(helperTimes) / 1e6, roundTrips);
            System.out.printf(Locale.ROOT, "plain IF NOT EXISTS statements: median %.2f ms (min %.2f, max %.2f), "
                            + "%d round trips per run%n", plainMedian, Collections.min(plainTimes) / 1e6,
                    Collections.max(plainTimes) / 1e6, statements.size());
            System.out.printf(Locale.ROOT, "ratio helpers / plain: %.2f (target: at most 2)%n", helperMedian / plainMedian);
        } finally {
            PostgresServers.shared().dropDatabaseAndSiblings(database.name());
        }
    }

    private static long timeHelpers(Connection connection) {
        long started = System.nanoTime();
        int applied;
        try (SchemaMigrator migrator = SchemaMigrator.on(connection)) {
            applied = TwoHundredOperations.apply(migrator);
        }
        long elapsed = System.nanoTime() - started;
        if (applied != 0) {
            throw new IllegalStateException("the re-run applied " + applied + " operations; the database was not up to date");
        }
        return elapsed;
    }

    private static long timePlain(Connection connection, List<String> statements) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        return System.nanoTime() - started;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
