package id.ac.ugm.aicare.schema.engine.diff.internal;

import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.string;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.literal;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.List;

/** Renames the author asked for; without them diff writes a drop and an add. */
final class RenameSteps {

    private RenameSteps() {
    }

    record RenameTable(String from, String to) implements Step {
        @Override
        public Phase phase() {
            return Phase.RENAMES;
        }

        @Override
        public String summary() {
            return "rename table " + from + " to " + to;
        }

        @Override
        public List<String> java() {
            return List.of("schema.renameTable(" + string(from) + ", " + string(to) + ");");
        }

        @Override
        public List<String> sql() {
            return List.of(Sql.doIf("to_regclass(" + literal(quote(from)) + ") IS NOT NULL AND to_regclass("
                    + literal(quote(to)) + ") IS NULL", "ALTER TABLE " + quote(from) + " RENAME TO " + quote(to)));
        }
    }

    record RenameColumn(String table, String from, String to) implements Step {
        @Override
        public Phase phase() {
            return Phase.RENAMES;
        }

        @Override
        public String summary() {
            return "rename column " + table + "." + from + " to " + to;
        }

        @Override
        public List<String> java() {
            return List.of("schema.renameColumn(" + string(table) + ", " + string(from) + ", " + string(to) + ");");
        }

        @Override
        public List<String> sql() {
            return List.of(Sql.doIf(Sql.columnExists(table, from) + " AND NOT " + Sql.columnExists(table, to),
                    "ALTER TABLE " + quote(table) + " RENAME COLUMN " + quote(from) + " TO " + quote(to)));
        }
    }
}
