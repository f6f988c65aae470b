package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A table as a migration describes it: its columns, primary key and comment.
 * {@code TableDef.named("moods").column(ColumnDef.of("id", "bigserial")).column(...).primaryKey("id")}.
 * Unique, check and foreign-key constraints and indexes are added with their own helpers, so each
 * converges on its own.
 */
public record TableDef(String name, List<ColumnDef> columns, List<String> primaryKey, String comment) {

    public TableDef {
        validate(name);
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        Set<String> names = new LinkedHashSet<>();
        for (ColumnDef column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " describes column " + column.name() + " twice");
            }
        }
        for (String key : primaryKey) {
            if (!names.contains(validate(key))) {
                throw new IllegalArgumentException("table " + name + ": primary key column " + key + " is not described");
            }
        }
    }

    public static TableDef named(String name) {
        return new TableDef(name, List.of(), List.of(), null);
    }

    public TableDef column(ColumnDef column) {
        List<ColumnDef> more = new ArrayList<>(columns);
        more.add(column);
        return new TableDef(name, more, primaryKey, comment);
    }

    public TableDef column(String columnName, String type) {
        return column(ColumnDef.of(columnName, type));
    }

    public TableDef primaryKey(String... keyColumns) {
        return new TableDef(name, columns, List.of(keyColumns), comment);
    }

    public TableDef comment(String text) {
        return new TableDef(name, columns, primaryKey, text);
    }

    ColumnDef columnDef(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst().orElse(null);
    }
}
