package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.sql.SqlFragments;

/**
 * A column as a migration describes it: name, type, nullability, default, comment.
 * {@code ColumnDef.of("mood", "smallint").notNull().defaultTo("0")}. The name is validated at once;
 * the type and default are SQL written by the migration, checked to be one expression each.
 * {@code serial}, {@code bigserial} and {@code smallserial} mean what they mean in CREATE TABLE.
 */
public record ColumnDef(String name, String type, boolean nullable, String defaultExpression, String comment) {

    public ColumnDef {
        validate(name);
        type = SqlFragments.typeName(type, "type of column " + name);
        if (defaultExpression != null) {
            defaultExpression = SqlFragments.expression(defaultExpression, "default of column " + name);
        }
        if (PgTypes.isSerial(type) && defaultExpression != null) {
            throw new IllegalArgumentException("column " + name + ": a " + type + " column has its sequence as default");
        }
    }

    /** A nullable column without default or comment. */
    public static ColumnDef of(String name, String type) {
        return new ColumnDef(name, type, true, null, null);
    }

    public ColumnDef notNull() {
        return new ColumnDef(name, type, false, defaultExpression, comment);
    }

    /** A default as SQL: {@code "0"}, {@code "now()"}, {@code "'draft'"}, {@code "gen_random_uuid()"}. */
    public ColumnDef defaultTo(String expression) {
        return new ColumnDef(name, type, nullable, expression, comment);
    }

    public ColumnDef comment(String text) {
        return new ColumnDef(name, type, nullable, defaultExpression, text);
    }

    boolean serial() {
        return PgTypes.isSerial(type);
    }

    /** NOT NULL as stored: serial columns are NOT NULL. */
    boolean effectiveNotNull() {
        return !nullable || serial();
    }

    /** The column inside CREATE TABLE or ADD COLUMN, as written here. */
    id.ac.ugm.aicare.sql.ddl.ColumnDefinition definition() {
        return new id.ac.ugm.aicare.sql.ddl.ColumnDefinition(name, type, defaultExpression, !nullable);
    }

    String describe() {
        return PgTypes.normalize(type) + (effectiveNotNull() ? " NOT NULL" : " NULL")
                + (serial() ? " DEFAULT nextval(...)" : defaultExpression == null ? "" : " DEFAULT " + defaultExpression);
    }
}
