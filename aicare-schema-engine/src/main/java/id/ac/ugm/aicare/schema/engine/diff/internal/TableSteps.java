package id.ac.ugm.aicare.schema.engine.diff.internal;

import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.string;
import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.strings;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.literal;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import id.ac.ugm.aicare.sql.PostgresDefaultNames;
import java.util.ArrayList;
import java.util.List;

/** Tables: created as the models describe them today (keys, indexes and foreign keys are steps of their own). */
final class TableSteps {

    private TableSteps() {
    }

    record CreateTable(String name, List<ColumnSpec> columns, List<String> primaryKey, String comment) implements Step {
        CreateTable {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
        }

        @Override
        public Phase phase() {
            return Phase.TABLES;
        }

        @Override
        public String summary() {
            return "create table " + name + " (" + columns.size() + " columns" + (primaryKey.isEmpty() ? ""
                    : ", primary key " + primaryKey) + ")";
        }

        @Override
        public List<String> java() {
            StringBuilder out = new StringBuilder("schema.createTable(TableDef.named(" + string(name) + ")");
            for (ColumnSpec column : columns) {
                out.append("\n        .column(").append(column.java()).append(')');
            }
            if (!primaryKey.isEmpty()) {
                out.append("\n        .primaryKey(").append(strings(primaryKey)).append(')');
            }
            if (comment != null) {
                out.append("\n        .comment(").append(string(comment)).append(')');
            }
            return List.of(out.append(");").toString());
        }

        @Override
        public List<String> sql() {
            List<String> lines = new ArrayList<>();
            columns.forEach(column -> lines.add(column.sql()));
            if (!primaryKey.isEmpty()) {
                lines.add("CONSTRAINT " + quote(PostgresDefaultNames.primaryKey(name)) + " PRIMARY KEY ("
                        + Sql.columns(primaryKey) + ")");
            }
            List<String> sql = new ArrayList<>();
            sql.add("CREATE TABLE IF NOT EXISTS " + quote(name) + " (\n    " + String.join(",\n    ", lines) + "\n);");
            if (comment != null) {
                sql.add("COMMENT ON TABLE " + quote(name) + " IS " + literal(comment) + ";");
            }
            for (ColumnSpec column : columns) {
                if (column.comment() != null) {
                    sql.add("COMMENT ON COLUMN " + quote(name) + "." + quote(column.name()) + " IS "
                            + literal(column.comment()) + ";");
                }
            }
            return sql;
        }

        @Override
        public boolean changesExistingObject() {
            return false;
        }
    }

    /** A table the models no longer have: last of all, with the consent the helper requires. */
    record DropTable(String name, int columns) implements Step {
        @Override
        public Phase phase() {
            return Phase.DROP_TABLES;
        }

        @Override
        public String summary() {
            return "drop table " + name + " (data loss: every row)";
        }

        private String why() {
            return "Drops table " + name + " (" + columns + " columns) and every row in it: the models no longer have it.";
        }

        @Override
        public List<String> java() {
            return List.of("// " + JavaText.comment(why()),
                    "schema.dropTable(" + string(name) + ", Confirmation.dataLoss(" + string(name) + "));");
        }

        @Override
        public List<String> sql() {
            return List.of(Sql.comment(why()), "DROP TABLE IF EXISTS " + quote(name) + ";");
        }
    }
}
