import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The start-up call a service makes on an up-to-date database (what the Spring Boot starter calls:
 * {@code SchemaBootstrap.configure(dataSource).load().initAndMigrate()} on every model module on the
 * class path), timed from the caller's side, against its floor: one catalog query over a connection
 * of the same pool (HikariCP, as a Boot service has). Interleaved, call and floor in turn.
 *
 * <pre>
 *   warm URL USER ROUNDS WARMUP   both in this JVM, after WARMUP untimed rounds
 *   cold URL USER ROUNDS          each the first call of a new JVM (pool already started), ROUNDS each
 *   first call|floor URL USER     one cold process: prints the first call's milliseconds (used by cold)
 * </pre>
 */
public final class StartupCall {

    static final String FLOOR_SQL = "SELECT count(*) FROM pg_catalog.pg_class WHERE relnamespace = current_schema()::regnamespace";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "warm" -> warm(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            case "cold" -> cold(args[1], args[2], Integer.parseInt(args[3]));
            case "first" -> first(args[1], args[2], args[3]);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void warm(String url, String user, int rounds, int warmup) throws Exception {
        System.out.println(Figures.machine());
        List<Double> calls = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        try (HikariDataSource pool = pool(url, user)) {
            for (int round = 0; round < warmup + rounds; round++) {
                // Alternate which goes first, so that neither always finds the other's caches warm.
                boolean callFirst = round % 2 == 0;
                double a = callFirst ? call(pool) : floor(pool);
                double b = callFirst ? floor(pool) : call(pool);
                if (round >= warmup) {
                    calls.add(callFirst ? a : b);
                    floors.add(callFirst ? b : a);
                }
            }
        }
        System.out.println("warm, " + rounds + " rounds after " + warmup + " untimed, interleaved; " + Figures.load());
        print("start-up call (initAndMigrate, all modules), warm", calls, floors, 100);
    }

    private static void cold(String url, String user, int rounds) throws Exception {
        System.out.println(Figures.machine());
        List<Double> calls = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        List<Double> callProcesses = new ArrayList<>();
        List<Double> floorProcesses = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean callFirst = round % 2 == 0;
            for (String what : callFirst ? List.of("call", "floor") : List.of("floor", "call")) {
                long start = System.nanoTime();
                double millis = child(what, url, user);
                double process = Figures.millisSince(start);
                (what.equals("call") ? calls : floors).add(millis);
                (what.equals("call") ? callProcesses : floorProcesses).add(process);
            }
        }
        System.out.println("cold, " + rounds + " new JVMs each, interleaved; " + Figures.load());
        print("start-up call, first in a cold JVM", calls, floors, 1000);
        System.out.println("  whole process (JVM start, pool start, the call, exit): call "
                + Figures.summary(callProcesses, "ms") + ", floor " + Figures.summary(floorProcesses, "ms"));
    }

    private static void first(String what, String url, String user) throws Exception {
        try (HikariDataSource pool = pool(url, user)) {
            pool.getConnection().close(); // the service's pool is up before its schema start-up runs
            System.out.println(what.equals("call") ? call(pool) : floor(pool));
        }
    }

    private static double child(String what, String url, String user) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp",
                System.getProperty("java.class.path"), StartupCall.class.getName(), "first", what, url, user)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            out = reader.readLine();
        }
        if (process.waitFor() != 0 || out == null) {
            throw new IllegalStateException("the cold " + what + " process failed");
        }
        return Double.parseDouble(out.trim());
    }

    static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static double call(HikariDataSource pool) {
        long start = System.nanoTime();
        SchemaBootstrap.configure(pool).load().initAndMigrate();
        return Figures.millisSince(start);
    }

    private static double floor(HikariDataSource pool) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(FLOOR_SQL)) {
            rows.next();
        }
        return Figures.millisSince(start);
    }

    private static void print(String what, List<Double> calls, List<Double> floors, double targetMillis) {
        double ratio = Figures.median(calls) / Figures.median(floors);
        boolean met = Figures.median(calls) <= targetMillis;
        System.out.println("| what | median (range) | floor: one catalog query, median (range) | ratio | target |");
        System.out.println("|---|---|---|---|---|");
        System.out.println("| " + what + " | " + Figures.summary(calls, "ms") + " | " + Figures.summary(floors, "ms") + " | "
                + Figures.number(ratio) + "x | at most " + Figures.number(targetMillis) + " ms" + (met ? " (met)" : " (NOT met)")
                + " |");
    }
}
