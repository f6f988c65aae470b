package id.ac.ugm.aicare.sql.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.List;
import java.util.Objects;

/** {@code CONSTRAINT name UNIQUE (columns)}. */
public record UniqueKey(String name, List<String> columns) implements TableElement {

    public UniqueKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    @Override
    public String sql() {
        return "CONSTRAINT " + quote(name) + " UNIQUE (" + Columns.list(columns) + ")";
    }
}
