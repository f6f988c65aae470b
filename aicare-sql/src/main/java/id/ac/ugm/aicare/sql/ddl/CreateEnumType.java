package id.ac.ugm.aicare.sql.ddl;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.qualified;

import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** {@code CREATE TYPE name AS ENUM ('label', ...)}, the labels in their sort order. */
public record CreateEnumType(String name, List<String> labels) {

    public CreateEnumType {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
    }

    /** The statement with the type's name unqualified (it lands in the first schema of the search path). */
    public String sql() {
        return sql(null);
    }

    public String sql(String schema) {
        return "CREATE TYPE " + qualified(schema, name) + " AS ENUM ("
                + labels.stream().map(SqlIdentifiers::literal).collect(Collectors.joining(", ")) + ")";
    }
}
