package id.ac.ugm.aicare.schema.catalog;

/**
 * One way in which an actual schema differs from the expected one.
 *
 * @param kind     what differs
 * @param table    the table, or {@code null} for schema-level objects (enum types)
 * @param object   the column, constraint, index or type concerned, or {@code null} for the table itself
 * @param expected what the expected schema has ({@code null}: nothing)
 * @param actual   what the actual schema has ({@code null}: nothing)
 */
public record Difference(Kind kind, String table, String object, String expected, String actual) {

    /** Categories of difference, also used to count conformance figures. */
    public enum Kind {
        TABLE, COLUMN, COLUMN_ORDER, COLUMN_TYPE, NULLABILITY, DEFAULT, COMMENT, PRIMARY_KEY, UNIQUE_CONSTRAINT,
        CHECK_CONSTRAINT, FOREIGN_KEY, INDEX, ENUM_TYPE, TRIGGER, RULE, ROW_SECURITY, POLICY
    }

    /** A one-line, readable description such as {@code users.email: type expected varchar(255), found text}. */
    @Override
    public String toString() {
        String where = table == null ? (object == null ? "" : object) : (object == null ? table : table + "." + object);
        String label = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (kind == Kind.TABLE) {
            return where + (actual == null ? ": missing table" : ": unexpected table");
        }
        if (expected == null) {
            return where + ": unexpected " + label + " " + actual;
        }
        if (actual == null) {
            return where + ": missing " + label + " " + expected;
        }
        return where + ": " + label + " expected " + expected + ", found " + actual;
    }
}
