package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import id.ac.ugm.aicare.sql.internal.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells what a statement does. It reads only the parts the rules need and falls back to
 * {@link Ddl.OtherStatement} for anything it does not know, so unusual SQL is never an error here.
 */
public final class StatementReader {

    private StatementReader() {
    }

    public static Ddl read(SqlStatement statement) {
        TokenCursor cursor = new TokenCursor(statement.tokens());
        Token first = cursor.next();
        if (first.is("CREATE")) {
            return create(statement, cursor);
        }
        if (first.is("ALTER")) {
            if (cursor.accept("TABLE")) {
                return AlterTableReader.read(statement, cursor);
            }
            if (cursor.accept("TYPE")) {
                return alterType(cursor);
            }
            return alterOther(statement, cursor);
        }
        if (first.is("DROP")) {
            return drop(cursor);
        }
        if (first.is("DO")) {
            return doBlock(cursor);
        }
        if (isTransactionControl(statement)) {
            return new Ddl.TransactionControl(first);
        }
        if (first.is("SET")) {
            cursor.accept("SESSION");
            cursor.accept("LOCAL");
            String name = cursor.identifier();
            return new Ddl.SetParameter(name == null ? "" : name);
        }
        if (first.is("SELECT") && statement.is(1, "SET_CONFIG") && statement.size() > 3
                && statement.token(3).type() == TokenType.STRING) {
            return new Ddl.SetParameter(statement.token(3).stringValue().toLowerCase(Locale.ROOT));
        }
        if (first.is("INSERT") && cursor.accept("INTO")) {
            QualifiedName table = cursor.qualifiedName();
            return new Ddl.Insert(table, cursor.containsTopLevel("ON", "CONFLICT"));
        }
        return new Ddl.OtherStatement(first.text().toUpperCase(Locale.ROOT));
    }

    private static boolean isTransactionControl(SqlStatement statement) {
        Token first = statement.first();
        if (first.isAny("BEGIN", "COMMIT", "END", "ABORT")) {
            return true;
        }
        if (first.is("START")) {
            return statement.is(1, "TRANSACTION");
        }
        // ROLLBACK TO SAVEPOINT undoes part of a transaction and, unlike ROLLBACK, does not end it.
        return first.is("ROLLBACK") && !statement.is(1, "TO");
    }

    private static Ddl create(SqlStatement statement, TokenCursor cursor) {
        boolean orReplace = cursor.accept("OR", "REPLACE");
        boolean temporary = false;
        boolean unique = false;
        while (cursor.peekIsAny("GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED", "UNIQUE", "RECURSIVE",
                "TRUSTED", "PROCEDURAL", "DEFAULT")) {
            Token t = cursor.next();
            temporary |= t.isAny("TEMP", "TEMPORARY");
            unique |= t.is("UNIQUE");
        }
        if (cursor.accept("TABLE")) {
            return createTable(statement, cursor, temporary);
        }
        if (cursor.accept("INDEX")) {
            return createIndex(cursor, unique);
        }
        String objectType = objectType(cursor);
        boolean ifNotExists = cursor.accept("IF", "NOT", "EXISTS");
        QualifiedName name = cursor.qualifiedName();
        QualifiedName onTable = null;
        if (objectType.equals("TRIGGER") || objectType.equals("POLICY") || objectType.equals("RULE")) {
            int on = cursor.indexOfTopLevel("ON");
            if (on >= 0) {
                TokenCursor rest = new TokenCursor(statement.tokens(), on + 1, statement.size());
                rest.accept("ONLY");
                onTable = rest.qualifiedName();
            }
        }
        return new Ddl.CreateObject(objectType, name, orReplace, ifNotExists, onTable);
    }

    /** Reads the object type words: {@code TYPE}, {@code MATERIALIZED VIEW}, {@code CONSTRAINT TRIGGER}, ... */
    private static String objectType(TokenCursor cursor) {
        if (cursor.accept("MATERIALIZED", "VIEW")) {
            return "MATERIALIZED VIEW";
        }
        if (cursor.accept("CONSTRAINT", "TRIGGER")) {
            return "TRIGGER";
        }
        if (cursor.accept("EVENT", "TRIGGER")) {
            return "EVENT TRIGGER";
        }
        if (cursor.accept("FOREIGN", "TABLE")) {
            return "FOREIGN TABLE";
        }
        Token t = cursor.next();
        return t == null ? "" : t.text().toUpperCase(Locale.ROOT);
    }

    private static Ddl createTable(SqlStatement statement, TokenCursor cursor, boolean temporary) {
        boolean ifNotExists = cursor.accept("IF", "NOT", "EXISTS");
        QualifiedName name = cursor.qualifiedName();
        List<ColumnDefinition> columns = new ArrayList<>();
        if (cursor.peek() != null && cursor.peek().isSymbol("(")) {
            readTableElements(statement, cursor.position(), columns);
        }
        return new Ddl.CreateTable(name, ifNotExists, temporary, List.copyOf(columns));
    }

    /** Reads the column definitions between the parenthesis at {@code open} and its partner. */
    private static void readTableElements(SqlStatement statement, int open, List<ColumnDefinition> columns) {
        List<Token> tokens = statement.tokens();
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
                if (depth == 0) {
                    addColumn(statement, start, i, columns);
                    return;
                }
            } else if (depth == 1 && t.isSymbol(",")) {
                addColumn(statement, start, i, columns);
                start = i + 1;
            }
        }
        addColumn(statement, start, tokens.size(), columns);
    }

    private static void addColumn(SqlStatement statement, int from, int to, List<ColumnDefinition> columns) {
        if (from >= to) {
            return;
        }
        Token first = statement.token(from);
        if (!first.isIdentifier()
                || first.isAny("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE", "LIKE")) {
            return;
        }
        columns.add(ColumnDefinitionReader.read(statement.source(), statement.tokens(), from, to));
    }

    private static Ddl createIndex(TokenCursor cursor, boolean unique) {
        boolean concurrently = cursor.accept("CONCURRENTLY");
        boolean ifNotExists = cursor.accept("IF", "NOT", "EXISTS");
        String name = null;
        if (!cursor.peekIs("ON")) {
            QualifiedName indexName = cursor.qualifiedName();
            name = indexName == null ? null : indexName.name();
        }
        QualifiedName table = null;
        if (cursor.accept("ON")) {
            cursor.accept("ONLY");
            table = cursor.qualifiedName();
        }
        return new Ddl.CreateIndex(name, table, unique, concurrently, ifNotExists);
    }

    private static Ddl alterType(TokenCursor cursor) {
        QualifiedName name = cursor.qualifiedName();
        Token addValue = null;
        Token renameValue = null;
        boolean ifNotExists = false;
        if (cursor.peekIs("ADD") && cursor.peek(1) != null && cursor.peek(1).is("VALUE")) {
            addValue = cursor.next();
            cursor.next();
            ifNotExists = cursor.accept("IF", "NOT", "EXISTS");
        } else if (cursor.peekIs("RENAME") && cursor.peek(1) != null && cursor.peek(1).is("VALUE")) {
            renameValue = cursor.next();
        } else if (cursor.peekIs("RENAME") && cursor.peek(1) != null && cursor.peek(1).is("TO")) {
            Token at = cursor.next();
            cursor.accept("TO");
            return new Ddl.RenameObject("TYPE", name, false, at, cursor.identifier());
        }
        return new Ddl.AlterType(name, addValue, ifNotExists, renameValue);
    }

    /** {@code ALTER INDEX|SEQUENCE|VIEW|MATERIALIZED VIEW|FUNCTION|SCHEMA ... RENAME TO}; anything else is left alone. */
    private static Ddl alterOther(SqlStatement statement, TokenCursor cursor) {
        String objectType;
        if (cursor.accept("MATERIALIZED", "VIEW")) {
            objectType = "MATERIALIZED VIEW";
        } else if (cursor.peekIsAny("INDEX", "SEQUENCE", "VIEW", "FUNCTION", "PROCEDURE", "SCHEMA", "DOMAIN")) {
            objectType = cursor.next().text().toUpperCase(Locale.ROOT);
        } else {
            return new Ddl.OtherStatement("ALTER");
        }
        boolean ifExists = cursor.accept("IF", "EXISTS");
        QualifiedName name = cursor.qualifiedName();
        cursor.skipParentheses();
        if (name != null && cursor.peekIs("RENAME") && cursor.peek(1) != null && cursor.peek(1).is("TO")) {
            Token at = cursor.next();
            cursor.accept("TO");
            return new Ddl.RenameObject(objectType, name, ifExists, at, cursor.identifier());
        }
        return new Ddl.OtherStatement("ALTER");
    }

    private static Ddl drop(TokenCursor cursor) {
        String objectType = objectType(cursor);
        boolean concurrently = cursor.accept("CONCURRENTLY");
        boolean ifExists = cursor.accept("IF", "EXISTS");
        List<QualifiedName> names = new ArrayList<>();
        QualifiedName name = cursor.qualifiedName();
        while (name != null) {
            names.add(name);
            cursor.skipParentheses();
            if (!cursor.acceptSymbol(",")) {
                break;
            }
            name = cursor.qualifiedName();
        }
        QualifiedName onTable = null;
        if (cursor.accept("ON")) {
            onTable = cursor.qualifiedName();
        }
        return new Ddl.DropObjects(objectType, List.copyOf(names), ifExists, concurrently, onTable);
    }

    private static Ddl doBlock(TokenCursor cursor) {
        Token body = null;
        String language = "plpgsql";
        while (!cursor.atEnd()) {
            Token t = cursor.next();
            if (t.is("LANGUAGE") && cursor.peek() != null) {
                Token lang = cursor.next();
                language = lang.type() == TokenType.STRING ? lang.stringValue() : lang.identifier();
            } else if (TokenCursor.isString(t)) {
                body = t;
            }
        }
        return new Ddl.DoBlock(body, language.equalsIgnoreCase("plpgsql"));
    }
}
