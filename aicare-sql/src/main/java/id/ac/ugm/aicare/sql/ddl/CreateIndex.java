package id.ac.ugm.aicare.sql.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.qualified;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] name ON table [USING method] (keys)
 * [WHERE predicate]}. The keys (quoted columns, with a direction, or expressions) and the predicate
 * are SQL the caller has already checked; a null method leaves PostgreSQL's default (btree).
 */
public record CreateIndex(String name, String table, boolean unique, String method, List<String> keys,
                          String predicate, boolean concurrently, boolean onlyIfMissing) {

    public CreateIndex {
        quote(Objects.requireNonNull(name, "name"));
        quote(Objects.requireNonNull(table, "table"));
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " on " + table + " has no key columns or expressions");
        }
    }

    public static CreateIndex on(String name, String table, boolean unique, String method, List<String> keys) {
        return new CreateIndex(name, table, unique, method, keys, null, false, false);
    }

    public CreateIndex where(String condition) {
        return new CreateIndex(name, table, unique, method, keys, condition, concurrently, onlyIfMissing);
    }

    public CreateIndex concurrently(boolean build) {
        return new CreateIndex(name, table, unique, method, keys, predicate, build, onlyIfMissing);
    }

    /** The same index, built only when no relation of its name exists. */
    public CreateIndex ifNotExists() {
        return new CreateIndex(name, table, unique, method, keys, predicate, concurrently, true);
    }

    /** The statement with the table's name unqualified (found on the search path). */
    public String sql() {
        return sql(null);
    }

    public String sql(String schema) {
        return "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
                + (onlyIfMissing ? "IF NOT EXISTS " : "") + quote(name) + " ON " + qualified(schema, table)
                + (method == null ? "" : " USING " + method) + " (" + String.join(", ", keys) + ")"
                + (predicate == null ? "" : " WHERE " + predicate);
    }
}
