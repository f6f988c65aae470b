package id.ac.ugm.aicare.schema.migration;

import id.ac.ugm.aicare.sql.ddl.CommentOn;
import id.ac.ugm.aicare.sql.ddl.CreateIndex;
import id.ac.ugm.aicare.sql.ddl.CreateTable;
import java.util.List;
import java.util.Objects;

/**
 * A table as a DDL renderer made it, for {@link SchemaMigrator#createTable(RenderedTable)}: what it
 * was rendered from (for messages), its CREATE TABLE, its comments and its indexes, each a statement
 * that carries its names, so the migrator qualifies or guards them ({@code IF NOT EXISTS}) without
 * editing SQL text. The engine renders these from an entity class; this artifact only runs and
 * compares them, so it needs no Hibernate.
 */
public record RenderedTable(String source, CreateTable createTable, List<CommentOn> comments,
                            List<CreateIndex> indexes) {

    public RenderedTable {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(createTable, "createTable");
        comments = List.copyOf(comments);
        indexes = List.copyOf(indexes);
        for (CommentOn comment : comments) {
            if (!comment.table().equals(createTable.name())) {
                throw new IllegalArgumentException("a comment of table " + createTable.name() + " is on " + comment.table());
            }
        }
        for (CreateIndex index : indexes) {
            if (!index.table().equals(createTable.name())) {
                throw new IllegalArgumentException("an index of table " + createTable.name() + " is on " + index.table());
            }
        }
    }

    /** The table's name. */
    public String name() {
        return createTable.name();
    }
}
