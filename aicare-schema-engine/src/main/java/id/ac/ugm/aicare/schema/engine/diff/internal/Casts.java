package id.ac.ugm.aicare.schema.engine.diff.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Whether {@code ALTER COLUMN ... TYPE} converts a column without {@code USING}: PostgreSQL does when
 * an implicit or assignment cast exists (pg_cast), when only the modifier changes ({@code varchar(50)}
 * to {@code varchar(200)}), and to a string type (its automatic I/O conversion is an assignment cast).
 */
public interface Casts {

    boolean convertsWithoutUsing(String fromType, String toType) throws SQLException;

    /** Asks the server of this connection; a type it does not know yet (an enum the migration creates) needs USING. */
    static Casts of(Connection connection) {
        return (fromType, toType) -> {
            String sql = """
                    SELECT f.oid = t.oid
                        OR t.typcategory = 'S'
                        OR EXISTS (SELECT 1 FROM pg_cast c WHERE c.castsource = f.oid AND c.casttarget = t.oid
                                   AND c.castcontext IN ('a', 'i'))
                    FROM pg_type f, pg_type t
                    WHERE f.oid = to_regtype(?) AND t.oid = to_regtype(?)
                    """;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, fromType);
                statement.setString(2, toType);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        };
    }
}
