package id.ac.ugm.aicare.schema.bootstrap.bench;

import id.ac.ugm.aicare.schema.engine.bootstrap.InitResult;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Times {@code init} of the full schema on an empty database, in-process, against {@code psql -1 -f}
 * of the same DDL ({@code ModelCatalog.ddl()}) on the same server, round after round, and prints the
 * medians and their ratio. Not a test: run it by hand (see docs in README.md, "Benchmark").
 *
 * <pre>
 * java -cp ... id.ac.ugm.aicare.schema.bootstrap.bench.InitBenchmark \
 *     --url jdbc:postgresql://127.0.0.1:5432/postgres --user postgres [--password ...] [--rounds 9] [--psql /usr/bin/psql]
 * </pre>
 *
 * <p>The URL names a maintenance database; each round creates two empty databases (not timed), runs
 * {@code init} on one and psql on the other, in alternating order, and drops both. The in-process
 * time covers everything {@code init()} does for a caller that already holds a data source:
 * connecting, the advisory lock, inspecting the catalog, rendering the script from the (already
 * built) models, the DDL, stamping seven Flyway histories and the commit. The psql time is the
 * wall-clock of the whole client process. Hibernate's one-off boot of the models, paid once per
 * process, is reported separately. One unreported round of each warms both up first.
 */
public final class InitBenchmark {

    private InitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = require(options, "url");
        String user = options.getOrDefault("user", System.getenv().getOrDefault("PGUSER", "postgres"));
        String password = options.getOrDefault("password", System.getenv("PGPASSWORD"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "9"));
        String psql = options.getOrDefault("psql", "psql");

        long bootStart = System.nanoTime();
        ModelCatalog catalog = ModelCatalog.discover();
        String ddl = ModelSchema.of(catalog).ddl();
        double bootMillis = millis(System.nanoTime() - bootStart);
        Path script = Files.createTempFile("aicare-schema", ".sql");
        Files.writeString(script, ddl, StandardCharsets.UTF_8);

        System.out.println("AICare init benchmark: " + ModelSchema.of(catalog).schemaScript().tableCount() + " tables, "
                + catalog.moduleNames().size() + " modules; " + rounds + " rounds after one warm-up round");
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " processors, " + cpuModel()
                + "; Java " + System.getProperty("java.version") + "; psql: " + run(List.of(psql, "--version")).trim());
        try (Connection admin = dataSource(url, user, password).getConnection()) {
            System.out.println("server: " + scalar(admin, "SELECT version()") + "; fsync=" + scalar(admin, "SHOW fsync")
                    + ", synchronous_commit=" + scalar(admin, "SHOW synchronous_commit"));
            System.out.printf(Locale.ROOT, "models: Hibernate boot and DDL rendering, once per process: %.0f ms%n", bootMillis);

            List<Double> inits = new ArrayList<>();
            List<Double> psqls = new ArrayList<>();
            for (int round = 0; round <= rounds; round++) {
                String a = "aicare_bench_init_" + round;
                String b = "aicare_bench_psql_" + round;
                create(admin, a);
                create(admin, b);
                double initMillis;
                double psqlMillis;
                if (round % 2 == 0) {
                    initMillis = timeInit(catalog, url(url, a), user, password);
                    psqlMillis = timePsql(psql, url(url, b), user, password, script);
                } else {
                    psqlMillis = timePsql(psql, url(url, b), user, password, script);
                    initMillis = timeInit(catalog, url(url, a), user, password);
                }
                if (round == 0) {
                    checkSameSchema(url(url, a), url(url, b), user, password);
                    System.out.printf(Locale.ROOT, "warm-up    init %7.1f ms   psql %7.1f ms   (both schemas compared: equal)%n",
                            initMillis, psqlMillis);
                } else {
                    inits.add(initMillis);
                    psqls.add(psqlMillis);
                    System.out.printf(Locale.ROOT, "round %2d   init %7.1f ms   psql %7.1f ms%n", round, initMillis, psqlMillis);
                }
                drop(admin, a);
                drop(admin, b);
            }
            double initMedian = median(inits);
            double psqlMedian = median(psqls);
            System.out.printf(Locale.ROOT, "median     init %7.1f ms   psql %7.1f ms   ratio init/psql %.2f (target <= 1.30)%n",
                    initMedian, psqlMedian, initMedian / psqlMedian);
            System.out.printf(Locale.ROOT, "min        init %7.1f ms   psql %7.1f ms%n",
                    inits.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                    psqls.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static double timeInit(ModelCatalog catalog, String url, String user, String password) {
        DataSource dataSource = dataSource(url, user, password);
        long start = System.nanoTime();
        InitResult result = SchemaBootstrap.configure(dataSource).catalog(catalog).load().init();
        long end = System.nanoTime();
        if (result.created().tables() != ModelSchema.of(catalog).schemaScript().tableCount()) {
            throw new IllegalStateException("init created " + result.created().tables() + " tables");
        }
        return millis(end - start);
    }

    private static double timePsql(String psql, String url, String user, String password, Path script)
            throws IOException, InterruptedException {
        URI uri = URI.create(url.substring("jdbc:".length()));
        ProcessBuilder builder = new ProcessBuilder(psql, "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1",
                "-h", uri.getHost(), "-p", Integer.toString(uri.getPort() > 0 ? uri.getPort() : 5432),
                "-U", user, "-d", uri.getPath().substring(1), "-f", script.toString())
                .redirectErrorStream(true);
        if (password != null) {
            builder.environment().put("PGPASSWORD", password);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long end = System.nanoTime();
        if (exit != 0) {
            throw new IllegalStateException("psql failed (" + exit + "): " + output);
        }
        return millis(end - start);
    }

    private static void checkSameSchema(String initUrl, String psqlUrl, String user, String password) throws SQLException {
        try (Connection a = dataSource(initUrl, user, password).getConnection();
             Connection b = dataSource(psqlUrl, user, password).getConnection()) {
            SchemaSnapshot byInit = CatalogReader.read(a);
            SchemaSnapshot byPsql = CatalogReader.read(b);
            Set<String> modelTables = byPsql.tables().keySet();
            var differences = SchemaDiff.compare(byPsql, byInit.onlyTables(modelTables));
            if (!differences.isEmpty() || byInit.tables().size() != modelTables.size() + 7) {
                throw new IllegalStateException("init and psql built different schemas: " + differences);
            }
        }
    }

    private static void create(Connection admin, String name) throws SQLException {
        drop(admin, name);
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + SqlIdentifiers.quote(name));
        }
    }

    private static void drop(Connection admin, String name) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + SqlIdentifiers.quote(name));
        }
    }

    private static String scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    /** The same server and parameters, another database. */
    private static String url(String base, String database) {
        URI uri = URI.create(base.substring("jdbc:".length()));
        return "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/" + database
                + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        } catch (IOException e) {
            return "unavailable (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: --name value; got " + Arrays.toString(args));
        }
        return java.util.stream.IntStream.range(0, args.length / 2).boxed().collect(Collectors.toMap(
                i -> args[2 * i].replaceFirst("^--", ""), i -> args[2 * i + 1]));
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
