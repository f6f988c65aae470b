package id.ac.ugm.aicare.schema.bootstrap.cli;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.postgresql.Driver;

/**
 * A JDBC URL that names exactly one server and one database, so that what the tool prints is what
 * it changes. The driver lets parameters override the address ({@code ?PGDBNAME=other},
 * {@code PGHOST}, {@code PGPORT}, {@code service}) and tries several hosts in turn
 * ({@code //a,b/db}); such URLs are refused, as are URLs the driver cannot read. Messages never
 * repeat the URL's parameters, where a password may be.
 */
final class DatabaseUrl {

    /** Parameters that would make the driver connect elsewhere than the address reads. */
    private static final List<String> OVERRIDES = List.of("pghost", "pgport", "pgdbname", "service");

    private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private final String host;
    private final int port;
    private final String database;

    private DatabaseUrl(String host, int port, String database) {
        this.host = host;
        this.port = port;
        this.database = database;
    }

    /**
     * Checks a URL that starts with {@code jdbc:postgresql://}.
     *
     * @param source where it came from, for the message: {@code --url} or {@code $AICARE_DB_URL}
     * @throws UserError exit code 2, naming the source and what is wrong
     */
    static DatabaseUrl parse(String url, String source) {
        String rest = url.substring("jdbc:postgresql://".length());
        int query = rest.indexOf('?');
        String address = query < 0 ? rest : rest.substring(0, query);
        String parameters = query < 0 ? "" : rest.substring(query + 1);
        int slash = address.indexOf('/');
        String hostAndPort = slash < 0 ? address : address.substring(0, slash);
        if (hostAndPort.contains(",")) {
            throw invalid(source, "names several hosts (" + hostAndPort + "); give exactly one");
        }
        for (String parameter : parameters.split("&")) {
            String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
            if (OVERRIDES.contains(name.toLowerCase(Locale.ROOT))) {
                throw invalid(source, "has the parameter " + name + ", which would connect elsewhere than "
                        + hostAndPort + (slash < 0 ? "" : address.substring(slash)) + "; name host, port and database "
                        + "in the address only");
            }
        }
        if (BAD_PERCENT.matcher(url).find()) {
            throw invalid(source, "has a % that is not followed by two hexadecimal digits");
        }
        String portProblem = portProblem(hostAndPort);
        if (portProblem != null) {
            throw invalid(source, portProblem); // before the driver, which would log a warning of its own
        }
        Properties properties;
        try {
            properties = Driver.parseURL(url, new Properties());
        } catch (RuntimeException e) {
            properties = null;
        }
        if (properties == null) {
            throw invalid(source, "cannot be read by the PostgreSQL driver");
        }
        String host = properties.getProperty("PGHOST", "");
        String database = properties.getProperty("PGDBNAME", "");
        if (host.isEmpty()) {
            throw invalid(source, "names no host");
        }
        if (database.isEmpty()) {
            throw invalid(source, "names no database");
        }
        return new DatabaseUrl(host, Integer.parseInt(properties.getProperty("PGPORT", "5432")), database);
    }

    String database() {
        return database;
    }

    /** {@code host:port/database}, for messages. */
    String describe() {
        return host + ":" + port + "/" + database;
    }

    /** What is wrong with the port, or {@code null}. */
    private static String portProblem(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon >= 0 && !hostAndPort.endsWith("]")) {
            String port = hostAndPort.substring(colon + 1);
            if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                return "has the port " + port + "; a port is a number from 1 to 65535";
            }
        }
        return null;
    }

    private static UserError invalid(String source, String problem) {
        return new UserError(2, source + " is not a usable jdbc:postgresql://HOST[:PORT]/DATABASE URL: it " + problem);
    }
}
