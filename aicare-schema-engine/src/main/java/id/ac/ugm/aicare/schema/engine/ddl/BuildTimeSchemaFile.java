package id.ac.ugm.aicare.schema.engine.ddl;

import id.ac.ugm.aicare.schema.engine.ddl.RenderedFrom.ClassGroup;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.ModuleSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One module's rendered schema as a file in its jar, {@code META-INF/aicare/schema/<module>.ddl}:
 * a line per record, a keyword first, statements with backslash and newline escaped. Line based
 * rather than JSON so that reading it at start-up loads no parser. First what the schema was
 * rendered from ({@link RenderedFrom}: Hibernate's version, then for each package that counts its
 * class files with their CRC-32 in hex and the package folders without a {@code package-info}),
 * then the schema:
 *
 * <pre>
 * aicare-module-schema 2
 * module clinical
 * hibernate 7.4.15.Final
 * classes id/ac/ugm/aicare/model/core/
 * class id/ac/ugm/aicare/model/core/catalog/ModelCatalog.class 3f2a09c1
 * no-package-info id/ac/ugm/aicare/model/core/catalog/
 * ...
 * enum case_severity CREATE TYPE case_severity AS ENUM (...)
 * table cases 14
 * create CREATE TABLE cases (\n    id ...
 * comment COMMENT ON COLUMN ...
 * index CREATE INDEX ...
 * foreign-key ALTER TABLE ...
 * </pre>
 *
 * <p>Enum types carry their name: a module rendered alone introduces every enum type it uses, and
 * the combined script keeps only the first module's statement of each. A file of format 1 (a
 * SHA-256 fingerprint) is a file of another version: not used.
 */
final class BuildTimeSchemaFile {

    static final String FORMAT = "aicare-module-schema 2";

    /** What the file holds: what the schema was rendered from, the module's statements and its enum types by name. */
    record Contents(RenderedFrom renderedFrom, ModuleSchema schema, Map<String, String> enumTypesByName) {
    }

    private BuildTimeSchemaFile() {
    }

    /** Where a module's file lives in its jar. */
    static String resourceName(String module) {
        return "META-INF/aicare/schema/" + module + ".ddl";
    }

    static String write(RenderedFrom renderedFrom, ModuleSchema schema, Map<String, String> enumTypesByName) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        text.append("module ").append(schema.module()).append('\n');
        text.append("hibernate ").append(renderedFrom.hibernateVersion()).append('\n');
        for (ClassGroup group : renderedFrom.groups()) {
            text.append("classes ").append(group.prefix()).append('\n');
            group.crcByName().forEach((name, crc) -> text.append("class ").append(name).append(' ').append(Long.toHexString(crc)).append('\n'));
            group.packagesWithoutInfo().forEach(folder -> text.append("no-package-info ").append(folder).append('\n'));
        }
        enumTypesByName.forEach((name, statement) -> line(text, "enum " + name, statement));
        for (TableSchema table : schema.tables()) {
            text.append("table ").append(table.name()).append(' ').append(table.columnCount()).append('\n');
            line(text, "create", table.createTable());
            table.comments().forEach(comment -> line(text, "comment", comment));
            table.indexes().forEach(index -> line(text, "index", index));
        }
        schema.foreignKeys().forEach(foreignKey -> line(text, "foreign-key", foreignKey));
        return text.toString();
    }

    /** The file's contents, or empty when it is not in this format (a file of another library version). */
    static Optional<Contents> read(String text) {
        try {
            return parse(new BufferedReader(new StringReader(text)));
        } catch (IOException | RuntimeException e) {
            // A damaged file is no file: the models are rendered instead.
            return Optional.empty();
        }
    }

    private static Optional<Contents> parse(BufferedReader reader) throws IOException {
        if (!FORMAT.equals(reader.readLine())) {
            return Optional.empty();
        }
        String hibernate = null;
        List<ClassGroup> groups = new ArrayList<>();
        String prefix = null;
        Map<String, Long> classes = new LinkedHashMap<>();
        List<String> withoutInfo = new ArrayList<>();
        String module = null;
        Map<String, String> enums = new LinkedHashMap<>();
        List<TableSchema> tables = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        String tableName = null;
        int columns = 0;
        String create = null;
        List<String> comments = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            int space = line.indexOf(' ');
            if (space < 0) {
                return Optional.empty();
            }
            String keyword = line.substring(0, space);
            String rest = line.substring(space + 1);
            switch (keyword) {
                case "module" -> module = rest;
                case "hibernate" -> hibernate = rest;
                case "classes" -> {
                    if (prefix != null) {
                        groups.add(new ClassGroup(prefix, classes, withoutInfo));
                    }
                    prefix = rest;
                    classes.clear();
                    withoutInfo.clear();
                }
                case "class" -> {
                    int nameEnd = rest.indexOf(' ');
                    if (prefix == null || classes.put(rest.substring(0, nameEnd), Long.parseLong(rest.substring(nameEnd + 1), 16)) != null) {
                        return Optional.empty();
                    }
                }
                case "no-package-info" -> {
                    if (prefix == null) {
                        return Optional.empty();
                    }
                    withoutInfo.add(rest);
                }
                case "enum" -> {
                    int nameEnd = rest.indexOf(' ');
                    enums.put(rest.substring(0, nameEnd), unescape(rest.substring(nameEnd + 1)));
                }
                case "table" -> {
                    if (tableName != null) {
                        tables.add(new TableSchema(tableName, columns, create, List.copyOf(comments), List.copyOf(indexes)));
                    }
                    int nameEnd = rest.indexOf(' ');
                    tableName = rest.substring(0, nameEnd);
                    columns = Integer.parseInt(rest.substring(nameEnd + 1));
                    create = null;
                    comments.clear();
                    indexes.clear();
                }
                case "create" -> create = unescape(rest);
                case "comment" -> comments.add(unescape(rest));
                case "index" -> indexes.add(unescape(rest));
                case "foreign-key" -> foreignKeys.add(unescape(rest));
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (tableName != null) {
            tables.add(new TableSchema(tableName, columns, create, List.copyOf(comments), List.copyOf(indexes)));
        }
        if (prefix != null) {
            groups.add(new ClassGroup(prefix, classes, withoutInfo));
        }
        if (hibernate == null || groups.isEmpty() || module == null || tables.stream().anyMatch(table -> table.createTable() == null)) {
            return Optional.empty();
        }
        ModuleSchema schema = new ModuleSchema(module, List.copyOf(enums.values()), List.copyOf(tables), List.copyOf(foreignKeys));
        return Optional.of(new Contents(new RenderedFrom(hibernate, groups), schema, enums));
    }

    private static void line(StringBuilder text, String keyword, String statement) {
        text.append(keyword).append(' ').append(escape(statement)).append('\n');
    }

    static String escape(String statement) {
        return statement.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String escaped) {
        StringBuilder text = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                text.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
