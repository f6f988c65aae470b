package id.ac.ugm.aicare.schema.engine.diff.internal;

import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.string;
import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.strings;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ForeignKeySnapshot;
import id.ac.ugm.aicare.sql.PostgresDefaultNames;
import java.util.List;

/** Foreign keys, checks and unique constraints, each added the way that holds its locks briefly. */
final class ConstraintSteps {

    private ConstraintSteps() {
    }

    /** @param newTable whether the table is created by the same migration */
    record AddForeignKey(String table, ForeignKeySnapshot key, boolean newTable) implements Step {
        @Override
        public Phase phase() {
            return Phase.FOREIGN_KEYS;
        }

        @Override
        public String summary() {
            return "add foreign key " + table + "." + key.name() + " " + key.columns() + " -> " + key.referencedTable()
                    + key.referencedColumns() + " ON DELETE " + key.onDelete();
        }

        @Override
        public List<String> java() {
            StringBuilder out = new StringBuilder("schema.addForeignKey(ForeignKeyDef.from(" + string(table) + ", "
                    + strings(key.columns()) + ").to(" + string(key.referencedTable()) + ", "
                    + strings(key.referencedColumns()) + ")");
            if (!key.name().equals(PostgresDefaultNames.foreignKey(table, key.columns()))) {
                out.append(".named(").append(string(key.name())).append(')');
            }
            if (!key.onDelete().equals("NO ACTION")) {
                out.append(".onDelete(ForeignKeyDef.Action.").append(action(key.onDelete())).append(')');
            }
            if (!key.onUpdate().equals("NO ACTION")) {
                out.append(".onUpdate(ForeignKeyDef.Action.").append(action(key.onUpdate())).append(')');
            }
            return List.of(out.append(");").toString());
        }

        private static String action(String sql) {
            return sql.replace(' ', '_');
        }

        @Override
        public List<String> sql() {
            String add = "ALTER TABLE " + quote(table) + " ADD CONSTRAINT " + quote(key.name()) + " FOREIGN KEY ("
                    + Sql.columns(key.columns()) + ") REFERENCES " + quote(key.referencedTable()) + " ("
                    + Sql.columns(key.referencedColumns()) + ") ON DELETE " + key.onDelete() + " ON UPDATE "
                    + key.onUpdate() + " NOT VALID";
            return List.of(Sql.doIf("NOT " + Sql.constraintExists(table, key.name()), add),
                    "ALTER TABLE " + quote(table) + " VALIDATE CONSTRAINT " + quote(key.name()) + ";");
        }

        @Override
        public boolean changesExistingObject() {
            return !newTable;
        }
    }

    /** @param expression the condition, as PostgreSQL prints it inside {@code CHECK (...)} */
    record AddCheck(String table, String name, String expression, boolean newTable) implements Step {
        @Override
        public Phase phase() {
            return Phase.CHECKS;
        }

        @Override
        public String summary() {
            return "add check constraint " + table + "." + name + " CHECK (" + expression + ")";
        }

        @Override
        public List<String> java() {
            return List.of("schema.addCheckConstraint(" + string(table) + ", " + string(name) + ", " + string(expression)
                    + ");");
        }

        @Override
        public List<String> sql() {
            return List.of(Sql.doIf("NOT " + Sql.constraintExists(table, name), "ALTER TABLE " + quote(table)
                            + " ADD CONSTRAINT " + quote(name) + " CHECK (" + expression + ") NOT VALID"),
                    "ALTER TABLE " + quote(table) + " VALIDATE CONSTRAINT " + quote(name) + ";");
        }

        @Override
        public boolean changesExistingObject() {
            return !newTable;
        }
    }

    /** A unique constraint attached to a unique index built first ({@code CONCURRENTLY} outside a transaction). */
    record AddUnique(String table, String name, List<String> columns, boolean newTable, boolean concurrently)
            implements Step {
        AddUnique {
            columns = List.copyOf(columns);
        }

        @Override
        public Phase phase() {
            return Phase.INDEXES;
        }

        @Override
        public String summary() {
            return "add unique constraint " + table + "." + name + " " + columns + " (through a unique index)";
        }

        @Override
        public List<String> java() {
            return List.of("schema.addUniqueConstraint(" + string(table) + ", " + string(name) + ", " + strings(columns)
                    + ");");
        }

        @Override
        public List<String> sql() {
            return List.of("CREATE UNIQUE INDEX " + (concurrently ? "CONCURRENTLY " : "") + "IF NOT EXISTS "
                            + quote(name) + " ON " + quote(table) + " (" + Sql.columns(columns) + ");",
                    Sql.doIf("NOT " + Sql.constraintExists(table, name), "ALTER TABLE " + quote(table)
                            + " ADD CONSTRAINT " + quote(name) + " UNIQUE USING INDEX " + quote(name)));
        }

        @Override
        public boolean changesExistingObject() {
            return !newTable;
        }
    }

    /** A constraint the models no longer have (or have in another shape): the consent names it. */
    record DropConstraint(String table, String name, String what) implements Step {
        @Override
        public Phase phase() {
            return Phase.DROP_CONSTRAINTS;
        }

        @Override
        public String summary() {
            return "drop constraint " + table + "." + name + " (" + what + ")";
        }

        private String why() {
            return "Drops " + what + " " + name + " of " + table + ": the models no longer have it.";
        }

        @Override
        public List<String> java() {
            return List.of("// " + JavaText.comment(why()), "schema.dropConstraint(" + string(table) + ", " + string(name)
                    + ", Confirmation.dataLoss(" + string(table + "." + name) + "));");
        }

        @Override
        public List<String> sql() {
            return List.of(Sql.comment(why()), "ALTER TABLE " + quote(table) + " DROP CONSTRAINT IF EXISTS " + quote(name)
                    + ";");
        }
    }
}
