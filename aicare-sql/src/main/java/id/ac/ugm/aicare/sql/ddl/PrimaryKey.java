package id.ac.ugm.aicare.sql.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.List;
import java.util.Objects;

/** {@code CONSTRAINT name PRIMARY KEY (columns)}. */
public record PrimaryKey(String name, List<String> columns) implements TableElement {

    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    @Override
    public String sql() {
        return "CONSTRAINT " + quote(name) + " PRIMARY KEY (" + Columns.list(columns) + ")";
    }
}
