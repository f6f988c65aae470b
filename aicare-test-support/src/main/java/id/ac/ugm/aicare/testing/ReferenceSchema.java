package id.ac.ugm.aicare.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The original platform's schema catalog ({@code aicare-reference-schema.json}, a copy of
 * {@code shared/reference-schema/aicare-schema.json}) rendered as the PostgreSQL DDL that
 * SQLAlchemy 2.0's {@code create_all} emits for it. Applying that DDL to a scratch database gives a
 * catalog to compare the models' schema with, and a database "built by the earlier backend" for
 * adoption tests.
 */
public final class ReferenceSchema {

    private static final String RESOURCE = "/aicare-reference-schema.json";

    private final Map<String, JsonNode> tables = new TreeMap<>();
    private final Map<String, List<String>> enumLabels = new TreeMap<>();
    private final Map<String, Set<String>> seedGroups = new TreeMap<>();

    private ReferenceSchema(JsonNode root) {
        for (JsonNode table : root.get("tables")) {
            tables.put(table.get("name").asText(), table);
        }
        root.get("seed_groups").fields().forEachRemaining(entry -> {
            Set<String> names = new TreeSet<>();
            entry.getValue().forEach(name -> names.add(name.asText()));
            seedGroups.put(entry.getKey(), names);
        });
        root.get("enums").fields().forEachRemaining(entry -> {
            List<String> labels = new ArrayList<>();
            entry.getValue().get("db_values").forEach(label -> labels.add(label.asText()));
            enumLabels.put(entry.getValue().get("db_type_name").asText(), labels);
        });
    }

    /** Loads the catalog shipped in this jar. */
    public static ReferenceSchema load() {
        try (InputStream in = ReferenceSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return new ReferenceSchema(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Every table name, sorted. */
    public Set<String> tableNames() {
        return new TreeSet<>(tables.keySet());
    }

    /**
     * The tables of one of the catalog's seed groups ({@code "Gamification"}, {@code "Mental Health"},
     * ...), sorted: what a model module covers. The set is the caller's to change.
     */
    public Set<String> seedGroup(String group) {
        Set<String> names = seedGroups.get(group);
        if (names == null) {
            throw new IllegalArgumentException("The reference schema has no seed group " + group
                    + "; it has " + seedGroups.keySet());
        }
        return new TreeSet<>(names);
    }

    /** The labels of a PostgreSQL enum type (by its type name, e.g. {@code case_status_enum}), in order. */
    public List<String> enumLabels(String typeName) {
        List<String> labels = enumLabels.get(typeName);
        if (labels == null) {
            throw new IllegalArgumentException("The reference schema has no enum type " + typeName);
        }
        return List.copyOf(labels);
    }

    /** The number of columns of the given tables. */
    public int columnCount(Collection<String> names) {
        return names.stream().mapToInt(name -> table(name).get("columns").size()).sum();
    }

    /** The DDL of the whole reference schema. */
    public String ddl() {
        return ddl(tables.keySet());
    }

    /**
     * The DDL of some tables: enum types they use, the tables, comments, indexes, then foreign keys
     * between them (a foreign key to a table outside the selection is left out).
     */
    public String ddl(Collection<String> names) {
        Set<String> selected = new TreeSet<>(names);
        selected.forEach(this::table);
        StringBuilder sql = new StringBuilder();
        Set<String> enums = new LinkedHashSet<>();
        for (String name : selected) {
            for (JsonNode column : table(name).get("columns")) {
                JsonNode typeName = column.get("type_info").get("db_type_name");
                if (typeName != null && !typeName.isNull()) {
                    enums.add(typeName.asText());
                }
            }
        }
        for (String type : new TreeSet<>(enums)) {
            sql.append("CREATE TYPE ").append(quote(type)).append(" AS ENUM (")
                    .append(enumLabels.get(type).stream().map(ReferenceSchema::literal).collect(Collectors.joining(", ")))
                    .append(");\n");
        }
        for (String name : selected) {
            createTable(table(name), sql);
        }
        for (String name : selected) {
            JsonNode table = table(name);
            for (JsonNode fk : table.get("foreign_keys")) {
                if (!selected.contains(fk.get("references_table").asText())) {
                    continue;
                }
                sql.append("ALTER TABLE ").append(quote(name)).append(" ADD FOREIGN KEY (")
                        .append(columnList(fk.get("columns"))).append(") REFERENCES ")
                        .append(quote(fk.get("references_table").asText())).append(" (")
                        .append(columnList(fk.get("references_columns"))).append(")");
                if (hasText(fk.get("ondelete"))) {
                    sql.append(" ON DELETE ").append(fk.get("ondelete").asText());
                }
                if (hasText(fk.get("onupdate"))) {
                    sql.append(" ON UPDATE ").append(fk.get("onupdate").asText());
                }
                sql.append(";\n");
            }
        }
        return sql.toString();
    }

    private void createTable(JsonNode table, StringBuilder sql) {
        String name = table.get("name").asText();
        List<String> lines = new ArrayList<>();
        List<String> primaryKey = new ArrayList<>();
        table.get("primary_key").forEach(column -> primaryKey.add(column.asText()));
        for (JsonNode column : table.get("columns")) {
            StringBuilder line = new StringBuilder(quote(column.get("name").asText())).append(' ')
                    .append(type(table, column, primaryKey));
            if (hasText(column.get("server_default_sql"))) {
                line.append(" DEFAULT ").append(serverDefault(column.get("server_default_sql").asText()));
            }
            if (!column.get("nullable").asBoolean()) {
                line.append(" NOT NULL");
            }
            lines.add(line.toString());
        }
        lines.add("PRIMARY KEY (" + primaryKey.stream().map(ReferenceSchema::quote).collect(Collectors.joining(", ")) + ")");
        for (JsonNode unique : table.get("unique_constraints")) {
            String prefix = hasText(unique.get("name")) ? "CONSTRAINT " + quote(unique.get("name").asText()) + " " : "";
            lines.add(prefix + "UNIQUE (" + columnList(unique.get("columns")) + ")");
        }
        for (JsonNode check : table.get("check_constraints")) {
            lines.add("CONSTRAINT " + quote(check.get("name").asText()) + " CHECK (" + check.get("sqltext").asText() + ")");
        }
        sql.append("CREATE TABLE ").append(quote(name)).append(" (\n    ")
                .append(String.join(",\n    ", lines)).append("\n);\n");
        for (JsonNode column : table.get("columns")) {
            if (hasText(column.get("comment"))) {
                sql.append("COMMENT ON COLUMN ").append(quote(name)).append('.').append(quote(column.get("name").asText()))
                        .append(" IS ").append(literal(column.get("comment").asText())).append(";\n");
            }
        }
        for (JsonNode index : table.get("indexes")) {
            sql.append(index.get("unique").asBoolean() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ")
                    .append(quote(index.get("name").asText())).append(" ON ").append(quote(name));
            if (hasText(index.get("postgresql_using"))) {
                sql.append(" USING ").append(index.get("postgresql_using").asText());
            }
            sql.append(" (").append(columnList(index.get("columns"))).append(");\n");
        }
    }

    /**
     * The catalog renders {@code func.extract('epoch', func.now())} "best-effort" as
     * {@code extract('epoch', now())}, which PostgreSQL rejects as a syntax error (EXTRACT is a
     * keyword with its own grammar). The expression the original model means, and the one a
     * working database holds, is {@code EXTRACT(epoch FROM now())}.
     */
    private static String serverDefault(String sql) {
        return sql.equals("extract('epoch', now())") ? "EXTRACT(epoch FROM now())" : sql;
    }

    /** SQLAlchemy 2.0's PostgreSQL type for a column. */
    private String type(JsonNode table, JsonNode column, List<String> primaryKey) {
        JsonNode info = column.get("type_info");
        String typeName = info.get("name").asText();
        return switch (typeName) {
            case "Integer" -> isSerial(table, column, primaryKey) ? "serial" : "integer";
            case "SmallInteger" -> "smallint";
            case "String" -> info.hasNonNull("length") ? "varchar(" + info.get("length").asInt() + ")" : "varchar";
            case "Text" -> "text";
            case "Boolean" -> "boolean";
            case "Float" -> "double precision";
            case "Numeric" -> info.hasNonNull("precision")
                    ? "numeric(" + info.get("precision").asInt() + "," + info.get("scale").asInt() + ")" : "numeric";
            case "Date" -> "date";
            case "Time" -> "time without time zone";
            case "DateTime" -> info.path("timezone").asBoolean(false)
                    ? "timestamp with time zone" : "timestamp without time zone";
            case "UUID" -> "uuid";
            case "JSON" -> "json";
            case "JSONB" -> "jsonb";
            case "ARRAY" -> switch (info.get("item_type").asText()) {
                case "String" -> "varchar[]";
                case "Integer" -> "integer[]";
                case "Text" -> "text[]";
                default -> throw new IllegalStateException("Unmapped array item type " + info.get("item_type"));
            };
            case "Enum" -> quote(info.get("db_type_name").asText());
            default -> throw new IllegalStateException("Unmapped reference type " + typeName + " of "
                    + table.get("name").asText() + "." + column.get("name").asText());
        };
    }

    /** SQLAlchemy makes SERIAL of a lone integer primary key that is not also a foreign key. */
    private static boolean isSerial(JsonNode table, JsonNode column, List<String> primaryKey) {
        return primaryKey.size() == 1 && primaryKey.get(0).equals(column.get("name").asText())
                && (column.get("foreign_key") == null || column.get("foreign_key").isNull())
                && table.get("columns").size() > 0;
    }

    private JsonNode table(String name) {
        JsonNode table = tables.get(name);
        if (table == null) {
            throw new IllegalArgumentException("The reference schema has no table " + name);
        }
        return table;
    }

    /** Column facts of one table as plain maps, for tests that want to look a value up. */
    public Map<String, String> columnTypes(String tableName) {
        Map<String, String> types = new LinkedHashMap<>();
        for (JsonNode column : table(tableName).get("columns")) {
            types.put(column.get("name").asText(), column.get("type").asText());
        }
        return types;
    }

    private static String columnList(JsonNode columns) {
        List<String> names = new ArrayList<>();
        columns.forEach(column -> names.add(quote(column.asText())));
        return String.join(", ", names);
    }

    private static boolean hasText(JsonNode node) {
        return node != null && !node.isNull() && !node.asText().isEmpty();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
