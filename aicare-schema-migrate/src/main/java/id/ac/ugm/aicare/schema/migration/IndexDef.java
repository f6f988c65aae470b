package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.sql.PostgresDefaultNames;
import id.ac.ugm.aicare.sql.SqlFragments;
import java.util.ArrayList;
import java.util.List;

/**
 * An index as a migration describes it: table, name, keys (columns or expressions), uniqueness,
 * access method and partial predicate. Built {@code CONCURRENTLY} unless told otherwise, so it
 * must run outside a transaction; {@code concurrently(false)} builds it in place (for a table the
 * same transaction created, say).
 * {@code IndexDef.on("users").columns("email").unique().where("deleted_at IS NULL").named("users_email_live_key")}.
 */
public record IndexDef(String table, String name, List<String> columns, List<String> expressions, boolean isUnique,
                       String method, String predicate, boolean concurrently) {

    public IndexDef {
        validate(table);
        columns = List.copyOf(columns);
        expressions = List.copyOf(expressions);
        columns.forEach(column -> validate(column));
        expressions = expressions.stream().map(e -> SqlFragments.expression(e, "index expression")).toList();
        if (name != null) {
            validate(name);
        }
        if (method != null && !method.matches("[a-z_]+")) {
            throw new IllegalArgumentException("index method must be a plain name such as btree or gin: " + method);
        }
        if (predicate != null) {
            predicate = SqlFragments.expression(predicate, "index predicate");
        }
    }

    public static IndexDef on(String table) {
        return new IndexDef(table, null, List.of(), List.of(), false, null, null, true);
    }

    /** Key columns, in order. */
    public IndexDef columns(String... keyColumns) {
        List<String> all = new ArrayList<>(columns);
        all.addAll(List.of(keyColumns));
        return new IndexDef(table, name, all, expressions, isUnique, method, predicate, concurrently);
    }

    /**
     * Key expressions as CREATE INDEX takes them, after the columns: {@code lower(email)},
     * {@code (a + b)}, {@code created_at DESC}. An index with expressions needs a name.
     */
    public IndexDef expressions(String... keyExpressions) {
        List<String> all = new ArrayList<>(expressions);
        all.addAll(List.of(keyExpressions));
        return new IndexDef(table, name, columns, all, isUnique, method, predicate, concurrently);
    }

    public IndexDef named(String indexName) {
        return new IndexDef(table, indexName, columns, expressions, isUnique, method, predicate, concurrently);
    }

    public IndexDef unique() {
        return new IndexDef(table, name, columns, expressions, true, method, predicate, concurrently);
    }

    /** The access method: {@code btree} (default), {@code gin}, {@code gist}, {@code brin}, {@code hash}. */
    public IndexDef using(String accessMethod) {
        return new IndexDef(table, name, columns, expressions, isUnique, accessMethod, predicate, concurrently);
    }

    /** A partial index: only rows where the predicate holds. */
    public IndexDef where(String condition) {
        return new IndexDef(table, name, columns, expressions, isUnique, method, condition, concurrently);
    }

    public IndexDef concurrently(boolean value) {
        return new IndexDef(table, name, columns, expressions, isUnique, method, predicate, value);
    }

    /** The name given, or PostgreSQL's own for a column index ({@code table_col1_col2_idx}). */
    String indexName() {
        if (name != null) {
            return name;
        }
        if (!expressions.isEmpty() || columns.isEmpty()) {
            throw new IllegalArgumentException("an index on " + table + " with expressions needs a name: .named(...)");
        }
        return PostgresDefaultNames.index(table, columns);
    }

    String accessMethod() {
        return method == null ? "btree" : method;
    }

    /** {@code btree (a, lower(b)) WHERE (x)}: the part of the definition after USING, as written here. */
    String shape() {
        return accessMethod() + " (" + keys() + ")" + (predicate == null ? "" : " WHERE (" + predicate + ")");
    }

    String keys() {
        return String.join(", ", keyList());
    }

    private List<String> keyList() {
        List<String> keys = new ArrayList<>();
        columns.forEach(column -> keys.add(quote(column)));
        keys.addAll(expressions);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index on " + table + " has no key columns or expressions");
        }
        return keys;
    }

    /** The CREATE INDEX of this index under {@code name} on {@code table}, built as described (not concurrently). */
    id.ac.ugm.aicare.sql.ddl.CreateIndex statement(String name, String table) {
        return id.ac.ugm.aicare.sql.ddl.CreateIndex.on(name, table, isUnique, accessMethod(), keyList()).where(predicate);
    }

    String describe() {
        return (isUnique ? "UNIQUE " : "") + "index on " + table + " USING " + shape();
    }
}
