package id.ac.ugm.aicare.sql.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.qualified;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code CREATE TABLE [IF NOT EXISTS] name (...)} with one element per line, indented by four
 * spaces: the layout of the schema script, so that the same table renders the same bytes wherever
 * it is built.
 */
public record CreateTable(String name, List<TableElement> elements, boolean onlyIfMissing) {

    public CreateTable {
        quote(Objects.requireNonNull(name, "name"));
        elements = List.copyOf(elements);
    }

    public static CreateTable of(String name, List<TableElement> elements) {
        return new CreateTable(name, elements, false);
    }

    /** The same table, created only when no relation of that name exists. */
    public CreateTable ifNotExists() {
        return new CreateTable(name, elements, true);
    }

    /** The statement with the table's name unqualified (it lands in the first schema of the search path). */
    public String sql() {
        return sql(null);
    }

    public String sql(String schema) {
        return "CREATE TABLE " + (onlyIfMissing ? "IF NOT EXISTS " : "") + qualified(schema, name) + " (\n    "
                + elements.stream().map(TableElement::sql).collect(Collectors.joining(",\n    ")) + "\n)";
    }
}
