package id.ac.ugm.aicare.schema.engine.diff.internal;

import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.string;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.literal;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import id.ac.ugm.aicare.schema.migration.SchemaMigrator;
import java.util.ArrayList;
import java.util.List;

/** Columns of existing tables: added, converted, made NOT NULL, given a default, dropped. */
final class ColumnSteps {

    private ColumnSteps() {
    }

    record AddColumn(String table, ColumnSpec column) implements Step {
        @Override
        public Phase phase() {
            return Phase.COLUMNS;
        }

        @Override
        public String summary() {
            return "add column " + table + "." + column.name() + " " + column.describe();
        }

        @Override
        public List<String> java() {
            return List.of("schema.addColumn(" + string(table) + ", " + column.java() + ");");
        }

        @Override
        public List<String> sql() {
            List<String> sql = new ArrayList<>();
            sql.add("ALTER TABLE " + quote(table) + " ADD COLUMN IF NOT EXISTS " + column.sql() + ";");
            if (column.comment() != null) {
                sql.add("COMMENT ON COLUMN " + quote(table) + "." + quote(column.name()) + " IS "
                        + literal(column.comment()) + ";");
            }
            return sql;
        }
    }

    /**
     * A new NOT NULL column without a default on a table with rows: added nullable, the rows given
     * the value only the author knows, then set NOT NULL. The Java form does not compile (and the
     * SQL form fails) until the value is filled in.
     */
    record AddRequiredColumn(String table, ColumnSpec column) implements Step {
        @Override
        public Phase phase() {
            return Phase.COLUMNS;
        }

        String placeholder() {
            return JavaText.placeholder("FILL_IN", table, column.name());
        }

        @Override
        public String summary() {
            return "add column " + table + "." + column.name() + " " + column.describe()
                    + ": nullable, backfilled (FILL IN the value of the rows there), then set not null";
        }

        @Override
        public List<String> java() {
            return List.of(
                    "// FILL IN: " + JavaText.comment(table + "." + column.name() + " is NOT NULL (" + column.type()
                            + ") and has no default, so the rows already there need a value."),
                    "// Replace " + placeholder() + " with an SQL expression, e.g. \"0\" (it may use the row's columns).",
                    "schema.addColumn(" + string(table) + ", " + column.java() + ",\n        Backfill.of(" + string(table)
                            + ").set(" + string(column.name()) + ", " + placeholder() + "));");
        }

        @Override
        public List<String> sql() {
            String name = quote(column.name());
            List<String> sql = new ArrayList<>(new AddColumn(table, column.nullable()).sql());
            sql.add(Sql.comment("FILL IN: " + table + "." + column.name() + " is NOT NULL (" + column.type() + ") and has"
                    + " no default, so the rows already there need a value. Replace the DO block below with:"));
            sql.add(Sql.comment("UPDATE " + quote(table) + " SET " + name + " = <value> WHERE " + name + " IS NULL;"));
            sql.add(Sql.raise("fill in the backfill of " + table + "." + column.name() + " in this migration first"));
            sql.addAll(new SetNotNull(table, column.name(), false).sql());
            return sql;
        }

        @Override
        public boolean needsFillingIn() {
            return true;
        }
    }

    /** NOT NULL the safe way: a NOT VALID check, validated, then SET NOT NULL, which needs no scan. */
    record SetNotNull(String table, String column, boolean existingColumn) implements Step {
        @Override
        public Phase phase() {
            return Phase.NOT_NULL;
        }

        @Override
        public String summary() {
            return "set not null " + table + "." + column;
        }

        @Override
        public List<String> java() {
            List<String> java = new ArrayList<>();
            if (existingColumn) {
                java.add("// Fails while rows of " + JavaText.comment(table) + " hold NULL in " + JavaText.comment(column)
                        + ": backfill them first (the NOT VALID check it leaves guards new rows).");
            }
            java.add("schema.setNotNull(" + string(table) + ", " + string(column) + ");");
            return java;
        }

        @Override
        public List<String> sql() {
            String check = SchemaMigrator.notNullCheckName(table, column);
            String t = quote(table);
            return List.of(
                    Sql.doIf("NOT " + Sql.constraintExists(table, check) + " AND EXISTS (SELECT 1 FROM pg_attribute WHERE "
                                    + "attrelid = " + Sql.regclass(table) + " AND attname = " + literal(column)
                                    + " AND NOT attnotnull)",
                            "ALTER TABLE " + t + " ADD CONSTRAINT " + quote(check) + " CHECK (" + quote(column)
                                    + " IS NOT NULL) NOT VALID"),
                    Sql.doIf(Sql.constraintExists(table, check), "ALTER TABLE " + t + " VALIDATE CONSTRAINT " + quote(check)),
                    "ALTER TABLE " + t + " ALTER COLUMN " + quote(column) + " SET NOT NULL;",
                    "ALTER TABLE " + t + " DROP CONSTRAINT IF EXISTS " + quote(check) + ";");
        }
    }

    record DropNotNull(String table, String column) implements Step {
        @Override
        public Phase phase() {
            return Phase.NOT_NULL;
        }

        @Override
        public String summary() {
            return "drop not null " + table + "." + column;
        }

        @Override
        public List<String> java() {
            return List.of("schema.dropNotNull(" + string(table) + ", " + string(column) + ");");
        }

        @Override
        public List<String> sql() {
            return List.of("ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " DROP NOT NULL;");
        }
    }

    /**
     * A type change. {@code using} is given where PostgreSQL has no implicit or assignment cast;
     * {@code lossy} where the change may lose or round values, which the helper will only run with
     * the confirmation.
     */
    record ChangeType(String table, String column, String from, String to, String using, boolean lossy)
            implements Step {
        @Override
        public Phase phase() {
            return Phase.TYPES;
        }

        @Override
        public String summary() {
            return "change type of " + table + "." + column + " from " + from + " to " + to
                    + (using == null ? "" : " USING " + using) + (lossy ? " (may lose or round values)" : "");
        }

        @Override
        public List<String> java() {
            List<String> java = new ArrayList<>();
            if (lossy) {
                java.add("// " + JavaText.comment(from + " to " + to + " may lose or round values"
                        + (using == null ? "" : ", and values " + using + " cannot convert fail the migration")
                        + ": check the conversion. Rewrites the table under an exclusive lock."));
            }
            String call = "schema.changeColumnType(" + string(table) + ", " + string(column) + ", " + string(to);
            if (lossy) {
                call += ", " + string(using) + ", Confirmation.dataLoss(" + string(table + "." + column) + ")";
            } else if (using != null) {
                call += ", " + string(using);
            }
            java.add(call + ");");
            return java;
        }

        @Override
        public List<String> sql() {
            List<String> sql = new ArrayList<>();
            if (lossy) {
                sql.add(Sql.comment(from + " to " + to + " may lose or round values: check the conversion."));
            }
            sql.add(Sql.doIf("(SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                            + Sql.regclass(table) + " AND attname = " + literal(column) + ") <> " + literal(to),
                    "ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " TYPE " + to
                            + (using == null ? "" : " USING " + using)));
            return sql;
        }
    }

    record SetDefault(String table, String column, String expression) implements Step {
        @Override
        public Phase phase() {
            return Phase.DEFAULTS;
        }

        @Override
        public String summary() {
            return "set default of " + table + "." + column + " to " + expression;
        }

        @Override
        public List<String> java() {
            return List.of("schema.setDefault(" + string(table) + ", " + string(column) + ", " + string(expression) + ");");
        }

        @Override
        public List<String> sql() {
            return List.of("ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " SET DEFAULT "
                    + expression + ";");
        }
    }

    /**
     * No default. {@code phase} is {@link Phase#TYPES} when the default goes before a type change it
     * could not survive, else {@link Phase#DEFAULTS}.
     */
    record DropDefault(String table, String column, Phase phase) implements Step {
        @Override
        public String summary() {
            return "drop default of " + table + "." + column;
        }

        @Override
        public List<String> java() {
            return List.of("schema.dropDefault(" + string(table) + ", " + string(column) + ");");
        }

        @Override
        public List<String> sql() {
            return List.of("ALTER TABLE " + quote(table) + " ALTER COLUMN " + quote(column) + " DROP DEFAULT;");
        }
    }

    /** A column the models no longer have: with the consent the helper requires, and a comment saying what goes. */
    record DropColumn(String table, String column, String type) implements Step {
        @Override
        public Phase phase() {
            return Phase.DROP_COLUMNS;
        }

        @Override
        public String summary() {
            return "drop column " + table + "." + column + " " + type + " (data loss: every value)";
        }

        private String why() {
            return "Drops column " + table + "." + column + " (" + type + ") and every value in it: the models no longer "
                    + "have it.";
        }

        @Override
        public List<String> java() {
            return List.of("// " + JavaText.comment(why()), "schema.dropColumn(" + string(table) + ", " + string(column)
                    + ", Confirmation.dataLoss(" + string(table + "." + column) + "));");
        }

        @Override
        public List<String> sql() {
            return List.of(Sql.comment(why()), "ALTER TABLE " + quote(table) + " DROP COLUMN IF EXISTS " + quote(column)
                    + ";");
        }
    }
}
