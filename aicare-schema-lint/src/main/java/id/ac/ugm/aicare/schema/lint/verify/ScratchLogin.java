package id.ac.ugm.aicare.schema.lint.verify;

import javax.sql.DataSource;

/** How to reach the scratch database on the verifying server, logged in as its throw-away owner. */
@FunctionalInterface
public interface ScratchLogin {

    /** The server the verifier was given, database {@code database}, as {@code user} with {@code password}. */
    DataSource dataSource(String database, String user, String password);
}
