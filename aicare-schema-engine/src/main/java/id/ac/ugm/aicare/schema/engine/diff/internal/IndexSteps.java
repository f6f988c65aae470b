package id.ac.ugm.aicare.schema.engine.diff.internal;

import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.string;
import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.strings;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.ArrayList;
import java.util.List;

/** Indexes: built {@code CONCURRENTLY} on a table that exists (outside a transaction), in place on a new one. */
final class IndexSteps {

    private IndexSteps() {
    }

    /**
     * @param columns     key columns, when every key is a plain column
     * @param expressions key expressions otherwise, as PostgreSQL prints them
     */
    record CreateIndex(String table, String name, boolean unique, String method, List<String> columns,
                       List<String> expressions, String predicate, boolean newTable, boolean concurrently)
            implements Step {
        CreateIndex {
            columns = List.copyOf(columns);
            expressions = List.copyOf(expressions);
        }

        @Override
        public Phase phase() {
            return Phase.INDEXES;
        }

        @Override
        public String summary() {
            return "create " + (unique ? "unique " : "") + "index " + name + " on " + table + " USING " + method + " "
                    + (columns.isEmpty() ? expressions : columns) + (predicate == null ? "" : " WHERE " + predicate)
                    + (concurrently ? " (concurrently)" : "");
        }

        @Override
        public List<String> java() {
            StringBuilder out = new StringBuilder("schema.createIndex(IndexDef.on(" + string(table) + ")");
            if (!columns.isEmpty()) {
                out.append(".columns(").append(strings(columns)).append(')');
            }
            if (!expressions.isEmpty()) {
                out.append(".expressions(").append(strings(expressions)).append(')');
            }
            if (unique) {
                out.append(".unique()");
            }
            if (!method.equals("btree")) {
                out.append(".using(").append(string(method)).append(')');
            }
            if (predicate != null) {
                out.append(".where(").append(string(predicate)).append(')');
            }
            out.append(".named(").append(string(name)).append(')');
            if (!concurrently) {
                out.append(".concurrently(false)");
            }
            return List.of(out.append(");").toString());
        }

        @Override
        public List<String> sql() {
            List<String> keys = new ArrayList<>();
            columns.forEach(column -> keys.add(quote(column)));
            keys.addAll(expressions);
            return List.of("CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
                    + "IF NOT EXISTS " + quote(name) + " ON " + quote(table) + " USING " + method + " ("
                    + String.join(", ", keys) + ")" + (predicate == null ? "" : " WHERE " + predicate) + ";");
        }

        @Override
        public boolean changesExistingObject() {
            return !newTable;
        }
    }

    /** An index the models no longer have; a unique one guards data and needs the consent. */
    record DropIndex(String table, String name, boolean unique) implements Step {
        @Override
        public Phase phase() {
            return Phase.DROP_CONSTRAINTS;
        }

        @Override
        public String summary() {
            return "drop " + (unique ? "unique " : "") + "index " + name + " on " + table;
        }

        @Override
        public List<String> java() {
            if (!unique) {
                return List.of("schema.dropIndex(" + string(name) + ");");
            }
            return List.of("// " + JavaText.comment("Drops unique index " + name + " of " + table
                            + ": the uniqueness it guards goes with it."),
                    "schema.dropIndex(" + string(name) + ", Confirmation.dataLoss(" + string(name) + "));");
        }

        @Override
        public List<String> sql() {
            return List.of("DROP INDEX CONCURRENTLY IF EXISTS " + quote(name) + ";");
        }
    }
}
