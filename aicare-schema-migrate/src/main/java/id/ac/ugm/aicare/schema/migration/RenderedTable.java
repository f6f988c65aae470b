package id.ac.ugm.aicare.schema.migration;

import java.util.List;
import java.util.Objects;

/**
 * A table as a DDL renderer made it, for {@link SchemaMigrator#createTable(RenderedTable)}: its
 * name, what it was rendered from (for messages), its CREATE TABLE, its COMMENT ON statements and
 * its CREATE INDEX statements. The engine renders these from an entity class; this artifact only
 * runs and compares them, so it needs no Hibernate.
 */
public record RenderedTable(String name, String source, String createTable, List<String> comments,
                            List<String> indexes) {

    public RenderedTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createTable, "createTable");
        comments = List.copyOf(comments);
        indexes = List.copyOf(indexes);
    }
}
