package id.ac.ugm.aicare.schema.engine.diff.internal;

import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.string;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ColumnSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.SequenceSnapshot;
import java.util.Map;

/**
 * A column as the written migration describes it: a {@code ColumnDef} in Java, a column definition
 * in SQL. A column whose default takes the next value of the sequence it owns, named as PostgreSQL
 * names a serial column's, is written {@code serial} (or {@code bigserial}, {@code smallserial}).
 *
 * @param type     the type as {@code format_type} prints it, or the serial pseudo-type
 * @param notNull  whether the description says NOT NULL (a serial column is NOT NULL by itself)
 */
record ColumnSpec(String name, String type, boolean notNull, String defaultExpression, String comment) {

    private static final Map<String, String> SERIALS = Map.of("integer", "serial", "bigint", "bigserial",
            "smallint", "smallserial");

    /** The column as the snapshot of its table has it. */
    static ColumnSpec of(String table, ColumnSnapshot column, SchemaSnapshot snapshot) {
        String serial = serialType(table, column, snapshot);
        if (serial != null) {
            return new ColumnSpec(column.name(), serial, false, null, column.comment());
        }
        return new ColumnSpec(column.name(), column.type(), column.notNull(),
                PrintedSql.safe(column.defaultExpression()), column.comment());
    }

    /** {@code serial} and the like when the column is one, else {@code null}. */
    static String serialType(String table, ColumnSnapshot column, SchemaSnapshot snapshot) {
        String serial = SERIALS.get(column.type());
        if (serial == null || !column.notNull() || column.defaultExpression() == null) {
            return null;
        }
        String sequence = table + "_" + column.name() + "_seq";
        SequenceSnapshot owned = snapshot.sequences().get(sequence);
        boolean ownedHere = owned != null && (table + "." + column.name()).equals(owned.ownedBy())
                && owned.dataType().equals(column.type());
        boolean nextval = column.defaultExpression().equals("nextval(" + id.ac.ugm.aicare.sql.SqlIdentifiers.literal(
                quote(sequence)) + "::regclass)");
        return ownedHere && nextval ? serial : null;
    }

    boolean serial() {
        return SERIALS.containsValue(type);
    }

    /** The same column, nullable and without default: the first step of adding a NOT NULL column to rows. */
    ColumnSpec nullable() {
        return new ColumnSpec(name, type, false, null, comment);
    }

    /** {@code ColumnDef.of("mood", "smallint").notNull().defaultTo("0").comment("...")}. */
    String java() {
        StringBuilder out = new StringBuilder("ColumnDef.of(" + string(name) + ", " + string(type) + ")");
        if (notNull) {
            out.append(".notNull()");
        }
        if (defaultExpression != null) {
            out.append(".defaultTo(").append(string(defaultExpression)).append(')');
        }
        if (comment != null) {
            out.append(".comment(").append(string(comment)).append(')');
        }
        return out.toString();
    }

    /** {@code mood smallint DEFAULT 0 NOT NULL}, as CREATE TABLE and ADD COLUMN take it. */
    String sql() {
        return quote(name) + " " + type + (defaultExpression == null ? "" : " DEFAULT " + defaultExpression)
                + (notNull ? " NOT NULL" : "");
    }

    /** {@code smallint NOT NULL DEFAULT 0}, for the summary. */
    String describe() {
        return type + (notNull ? " NOT NULL" : "") + (defaultExpression == null ? "" : " DEFAULT " + defaultExpression);
    }
}
