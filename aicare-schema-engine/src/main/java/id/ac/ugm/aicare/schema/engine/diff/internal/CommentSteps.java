package id.ac.ugm.aicare.schema.engine.diff.internal;

import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.string;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.literal;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.List;

/** Comments of existing tables and columns ({@code null}: none). Setting one again is harmless. */
final class CommentSteps {

    private CommentSteps() {
    }

    record OnTable(String table, String comment) implements Step {
        @Override
        public Phase phase() {
            return Phase.COMMENTS;
        }

        @Override
        public String summary() {
            return (comment == null ? "remove the comment of table " : "comment on table ") + table;
        }

        @Override
        public List<String> java() {
            return List.of("schema.commentOnTable(" + string(table) + ", " + string(comment) + ");");
        }

        @Override
        public List<String> sql() {
            return List.of("COMMENT ON TABLE " + quote(table) + " IS " + (comment == null ? "NULL" : literal(comment))
                    + ";");
        }
    }

    record OnColumn(String table, String column, String comment) implements Step {
        @Override
        public Phase phase() {
            return Phase.COMMENTS;
        }

        @Override
        public String summary() {
            return (comment == null ? "remove the comment of column " : "comment on column ") + table + "." + column;
        }

        @Override
        public List<String> java() {
            return List.of("schema.commentOnColumn(" + string(table) + ", " + string(column) + ", " + string(comment)
                    + ");");
        }

        @Override
        public List<String> sql() {
            return List.of("COMMENT ON COLUMN " + quote(table) + "." + quote(column) + " IS "
                    + (comment == null ? "NULL" : literal(comment)) + ";");
        }
    }
}
