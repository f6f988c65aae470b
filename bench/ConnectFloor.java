import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The floor of any command that talks to the database: a new JVM that opens one pgjdbc connection,
 * asks one question and exits, with no CLI and no models. A no-op {@code init} or {@code migrate}
 * pays this and the CLI's start ({@code --version}); what it costs beyond both is its own work.
 * Compiled by {@code bench/run} against the CLI's jar, so the same driver is loaded from the same jar.
 *
 * <p>Arguments: JDBC URL, user.
 */
public final class ConnectFloor {
    public static void main(String[] args) throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[0]);
        dataSource.setUser(args[1]);
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_database()")) {
            rows.next();
        }
    }
}
