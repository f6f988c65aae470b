package id.ac.ugm.aicare.schema.lint.verify;

import id.ac.ugm.aicare.testing.TestDatabase;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Data sources on the test server for any database and login, as the CLI builds them for --verify. */
final class ScratchLogins {

    private ScratchLogins() {
    }

    static ScratchLogin on(TestDatabase database) {
        return (name, user, password) -> {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(database.server().jdbcUrl(name));
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        };
    }

    /** The test server's database {@code name}, logged in as {@code user}. */
    static DataSource as(TestDatabase database, String name, String user, String password) {
        return on(database).dataSource(name, user, password);
    }
}
