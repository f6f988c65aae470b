package id.ac.ugm.aicare.sql.ddl;

import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.util.List;
import java.util.stream.Collectors;

/** A list of column names as SQL: each quoted, separated by {@code ", "}. */
final class Columns {

    private Columns() {
    }

    static String list(List<String> columns) {
        return columns.stream().map(SqlIdentifiers::quote).collect(Collectors.joining(", "));
    }
}
