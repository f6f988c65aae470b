package id.ac.ugm.aicare.schema.engine.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The renames a diff writes as renames. Without one, a table or column that the models name
 * differently is written as a drop plus an add, and the values go: {@code diff} cannot tell a rename
 * from a replacement, so the author says which it is. Immutable.
 * {@code Renames.none().column("journal_entries", "body", "content").table("journal", "journal_entries")}.
 */
public final class Renames {

    private static final Renames NONE = new Renames(Map.of(), Map.of());

    private final Map<String, String> tables;
    private final Map<String, Map<String, String>> columns;

    private Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
        this.tables = tables;
        this.columns = columns;
    }

    public static Renames none() {
        return NONE;
    }

    /** Table {@code from} in the database is table {@code to} of the models. */
    public Renames table(String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<String, String> more = new LinkedHashMap<>(tables);
        more.put(from, to);
        return new Renames(Collections.unmodifiableMap(more), columns);
    }

    /** Column {@code from} of {@code table} (named as the models name it) is its column {@code to}. */
    public Renames column(String table, String from, String to) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Map<String, Map<String, String>> more = new LinkedHashMap<>(columns);
        Map<String, String> ofTable = new LinkedHashMap<>(more.getOrDefault(table, Map.of()));
        ofTable.put(from, to);
        more.put(table, Collections.unmodifiableMap(ofTable));
        return new Renames(tables, Collections.unmodifiableMap(more));
    }

    /** Old table name to new one. */
    public Map<String, String> tables() {
        return tables;
    }

    /** By table (as the models name it): old column name to new one. */
    public Map<String, Map<String, String>> columns() {
        return columns;
    }
}
