package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.AddColumn;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.AddConstraint;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.AlterColumnType;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.DropColumn;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.DropConstraint;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.OtherAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.RenameColumn;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.RenameConstraint;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.RenameTable;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.SetNotNull;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction.ValidateConstraint;
import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] action [, ...]} and its rename forms. */
final class AlterTableReader {

    private AlterTableReader() {
    }

    /** {@code cursor} stands just after {@code ALTER TABLE}. */
    static Ddl read(SqlStatement statement, TokenCursor cursor) {
        boolean ifExists = cursor.accept("IF", "EXISTS");
        cursor.accept("ONLY");
        QualifiedName table = cursor.qualifiedName();
        if (table == null) {
            return new Ddl.OtherStatement("ALTER");
        }
        cursor.acceptSymbol("*");
        List<AlterTableAction> actions = new ArrayList<>();
        if (cursor.peekIs("RENAME")) {
            actions.add(rename(cursor));
        } else {
            List<Token> tokens = statement.tokens();
            int start = cursor.position();
            int depth = 0;
            for (int i = start; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.isSymbol("(")) {
                    depth++;
                } else if (t.isSymbol(")")) {
                    depth--;
                } else if (depth == 0 && t.isSymbol(",")) {
                    addAction(actions, statement, start, i);
                    start = i + 1;
                }
            }
            addAction(actions, statement, start, tokens.size());
        }
        return new Ddl.AlterTable(table, List.copyOf(actions), ifExists);
    }

    private static void addAction(List<AlterTableAction> actions, SqlStatement statement, int from, int to) {
        if (from < to) {
            actions.add(action(statement, new TokenCursor(statement.tokens(), from, to)));
        }
    }

    private static AlterTableAction rename(TokenCursor cursor) {
        Token at = cursor.next();
        if (cursor.accept("TO")) {
            String to = cursor.identifier();
            return new RenameTable(at, to);
        }
        if (cursor.accept("CONSTRAINT")) {
            String from = cursor.identifier();
            cursor.accept("TO");
            return new RenameConstraint(at, from, cursor.identifier());
        }
        cursor.accept("COLUMN");
        String from = cursor.identifier();
        cursor.accept("TO");
        return new RenameColumn(at, from, cursor.identifier());
    }

    private static AlterTableAction action(SqlStatement statement, TokenCursor cursor) {
        Token at = cursor.peek();
        if (cursor.accept("ADD")) {
            return add(statement, cursor, at);
        }
        if (cursor.accept("DROP")) {
            return drop(cursor, at);
        }
        if (cursor.accept("ALTER")) {
            return alterColumn(statement, cursor, at);
        }
        if (cursor.accept("VALIDATE", "CONSTRAINT")) {
            return new ValidateConstraint(at, cursor.identifier());
        }
        return new OtherAction(at);
    }

    private static AlterTableAction add(SqlStatement statement, TokenCursor cursor, Token at) {
        boolean columnKeyword = cursor.accept("COLUMN");
        if (!columnKeyword && cursor.peekIsAny("CONSTRAINT", "CHECK", "UNIQUE", "PRIMARY", "FOREIGN", "EXCLUDE")) {
            return constraint(cursor, at);
        }
        boolean ifNotExists = cursor.accept("IF", "NOT", "EXISTS");
        if (cursor.atEnd() || !cursor.peek().isIdentifier()) {
            return new OtherAction(at);
        }
        ColumnDefinition column = ColumnDefinitionReader.read(statement.source(), statement.tokens(),
                cursor.position(), cursor.end());
        return new AddColumn(at, ifNotExists, column);
    }

    private static AlterTableAction constraint(TokenCursor cursor, Token at) {
        String name = cursor.accept("CONSTRAINT") ? cursor.identifier() : null;
        boolean notValid = cursor.containsTopLevel("NOT", "VALID");
        ConstraintKind kind;
        if (cursor.accept("CHECK")) {
            kind = ConstraintKind.CHECK;
        } else if (cursor.accept("UNIQUE")) {
            kind = ConstraintKind.UNIQUE;
        } else if (cursor.accept("PRIMARY", "KEY")) {
            kind = ConstraintKind.PRIMARY_KEY;
        } else if (cursor.accept("FOREIGN", "KEY")) {
            kind = ConstraintKind.FOREIGN_KEY;
        } else if (cursor.accept("EXCLUDE")) {
            kind = ConstraintKind.EXCLUDE;
        } else if (cursor.accept("NOT", "NULL")) {
            kind = ConstraintKind.NOT_NULL;
        } else {
            return new OtherAction(at);
        }
        cursor.accept("NULLS", "NOT", "DISTINCT");
        cursor.accept("NULLS", "DISTINCT");
        // "USING INDEX name" adopts a built index; "USING INDEX TABLESPACE" only places a new one.
        boolean usingIndex = cursor.peekIs("USING") && cursor.peek(1) != null && cursor.peek(1).is("INDEX")
                && cursor.peek(2) != null && !cursor.peek(2).is("TABLESPACE");
        return new AddConstraint(at, name, kind, notValid, usingIndex);
    }

    private static AlterTableAction drop(TokenCursor cursor, Token at) {
        if (cursor.accept("CONSTRAINT")) {
            boolean ifExists = cursor.accept("IF", "EXISTS");
            return new DropConstraint(at, cursor.identifier(), ifExists);
        }
        cursor.accept("COLUMN");
        boolean ifExists = cursor.accept("IF", "EXISTS");
        String column = cursor.identifier();
        return column == null ? new OtherAction(at) : new DropColumn(at, column, ifExists);
    }

    private static AlterTableAction alterColumn(SqlStatement statement, TokenCursor cursor, Token at) {
        cursor.accept("COLUMN");
        String column = cursor.identifier();
        if (column == null) {
            return new OtherAction(at);
        }
        if (cursor.accept("TYPE") || cursor.accept("SET", "DATA", "TYPE")) {
            int from = cursor.position();
            int to = cursor.indexOfTopLevel("USING");
            int collate = cursor.indexOfTopLevel("COLLATE");
            if (to < 0 || (collate >= 0 && collate < to)) {
                to = collate;
            }
            SqlType type = TypeReader.read(statement.tokens(), from, to < 0 ? cursor.end() : to);
            return type == null ? new OtherAction(at) : new AlterColumnType(at, column, type, cursor.indexOfTopLevel("USING") >= 0);
        }
        if (cursor.accept("SET", "NOT", "NULL")) {
            return new SetNotNull(at, column);
        }
        return new OtherAction(at);
    }
}
