package id.ac.ugm.aicare.sql.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.List;
import java.util.Objects;

/** {@code CONSTRAINT name PRIMARY KEY (columns)} or {@code CONSTRAINT name UNIQUE (columns)}. */
public record KeyConstraint(String name, boolean primary, List<String> columns) implements TableElement {

    public KeyConstraint {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    public static KeyConstraint primaryKey(String name, List<String> columns) {
        return new KeyConstraint(name, true, columns);
    }

    public static KeyConstraint unique(String name, List<String> columns) {
        return new KeyConstraint(name, false, columns);
    }

    @Override
    public String sql() {
        return "CONSTRAINT " + quote(name) + (primary ? " PRIMARY KEY (" : " UNIQUE (") + Columns.list(columns) + ")";
    }
}
