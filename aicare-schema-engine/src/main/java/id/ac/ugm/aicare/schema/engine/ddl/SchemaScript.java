package id.ac.ugm.aicare.schema.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The schema of a set of modules as ordered SQL statements: per module, its enum types, its tables
 * (each with comments and indexes), then its foreign keys. Rendering it as text is deterministic:
 * the same models give the same bytes on any machine, time zone and locale.
 *
 * @param modules one entry per module, in dependency order
 */
public record SchemaScript(List<ModuleSchema> modules) {

    /** One module's statements. */
    public record ModuleSchema(String module, List<String> enumTypes, List<TableSchema> tables,
                               List<String> foreignKeys) {

        /** All statements of the module in execution order. */
        public List<String> statements() {
            List<String> statements = new ArrayList<>(enumTypes);
            tables.forEach(table -> statements.addAll(table.statements()));
            statements.addAll(foreignKeys);
            return statements;
        }
    }

    /** One table: its CREATE TABLE, then its comments and indexes. */
    public record TableSchema(String name, int columnCount, String createTable, List<String> comments,
                              List<String> indexes) {

        public List<String> statements() {
            List<String> statements = new ArrayList<>();
            statements.add(createTable);
            statements.addAll(comments);
            statements.addAll(indexes);
            return statements;
        }
    }

    /** Every statement, in execution order, without trailing semicolons. */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        modules.forEach(module -> statements.addAll(module.statements()));
        return statements;
    }

    /** The statements of one table (CREATE TABLE, comments, indexes; not its foreign keys), if a module has it. */
    public Optional<TableSchema> table(String name) {
        return modules.stream().flatMap(module -> module.tables().stream())
                .filter(table -> table.name().equals(name)).findFirst();
    }

    public int tableCount() {
        return modules.stream().mapToInt(module -> module.tables().size()).sum();
    }

    public int columnCount() {
        return modules.stream().flatMap(module -> module.tables().stream()).mapToInt(TableSchema::columnCount).sum();
    }

    public int indexCount() {
        return modules.stream().flatMap(module -> module.tables().stream()).mapToInt(table -> table.indexes().size()).sum();
    }

    public int foreignKeyCount() {
        return modules.stream().mapToInt(module -> module.foreignKeys().size()).sum();
    }

    public int enumTypeCount() {
        return modules.stream().mapToInt(module -> module.enumTypes().size()).sum();
    }

    /** The whole script as SQL text with a short header per module. */
    public String toSql() {
        StringBuilder sql = new StringBuilder();
        sql.append("-- AICare Models: PostgreSQL schema generated from the entity models.\n");
        sql.append("-- Modules, in dependency order: ")
                .append(String.join(", ", modules.stream().map(ModuleSchema::module).toList())).append('\n');
        sql.append("-- ").append(tableCount()).append(" tables, ").append(columnCount()).append(" columns, ")
                .append(indexCount()).append(" indexes, ").append(foreignKeyCount()).append(" foreign keys, ")
                .append(enumTypeCount()).append(" enum types.\n");
        for (ModuleSchema module : modules) {
            sql.append("\n-- Module ").append(module.module()).append('\n');
            for (String statement : module.enumTypes()) {
                sql.append('\n').append(statement).append(";\n");
            }
            for (TableSchema table : module.tables()) {
                sql.append('\n');
                for (String statement : table.statements()) {
                    sql.append(statement).append(";\n");
                }
            }
            if (!module.foreignKeys().isEmpty()) {
                sql.append('\n');
                for (String statement : module.foreignKeys()) {
                    sql.append(statement).append(";\n");
                }
            }
        }
        return sql.toString();
    }
}
