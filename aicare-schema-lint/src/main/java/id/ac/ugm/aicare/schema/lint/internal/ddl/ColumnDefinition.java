package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.Token;

/**
 * A column as declared in {@code CREATE TABLE} or {@code ALTER TABLE ... ADD COLUMN}.
 *
 * @param nameToken    where the column name is written
 * @param name         the folded column name
 * @param type         its type, or null when none could be read
 * @param notNull      {@code NOT NULL} was declared
 * @param primaryKey   {@code PRIMARY KEY} was declared on the column
 * @param unique       {@code UNIQUE} was declared on the column
 * @param references   a {@code REFERENCES} (foreign key) clause is present
 * @param defaultValue the {@code DEFAULT} expression, or null
 * @param generation   whether the column is an identity or a stored generated column
 */
public record ColumnDefinition(
        Token nameToken,
        String name,
        SqlType type,
        boolean notNull,
        boolean primaryKey,
        boolean unique,
        boolean references,
        DefaultValue defaultValue,
        Generation generation) {

    /** How the column's values are produced when not given. */
    public enum Generation {
        NONE,
        /** {@code GENERATED ... AS IDENTITY}. */
        IDENTITY,
        /** {@code GENERATED ALWAYS AS (expr) STORED}. */
        STORED
    }
}
