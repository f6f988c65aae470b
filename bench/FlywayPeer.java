import org.flywaydb.core.Flyway;

/**
 * The peer the issue names for {@code init}: Flyway migrating the models' DDL as one
 * {@code V1__baseline.sql}, as a service with a hand-kept baseline would. Compiled once by
 * {@code bench/run} against the CLI's own jar (which carries Flyway and pgjdbc), so both sides start
 * a JVM and load the same driver.
 *
 * <p>Arguments: JDBC URL, user, password, folder holding {@code V1__baseline.sql}.
 */
public final class FlywayPeer {
    public static void main(String[] args) {
        Flyway.configure()
                .dataSource(args[0], args[1], args[2])
                .locations("filesystem:" + args[3])
                .load()
                .migrate();
    }
}
