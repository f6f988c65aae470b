package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.Token;
import id.ac.ugm.aicare.sql.internal.lexer.TokenType;
import java.util.List;

/** Reads {@code name type [constraints...]} from {@code tokens[from, to)}. */
final class ColumnDefinitionReader {

    private ColumnDefinitionReader() {
    }

    static ColumnDefinition read(String source, List<Token> tokens, int from, int to) {
        Token nameToken = tokens.get(from);
        int typeEnd = nextConstraintStart(tokens, from + 1, to);
        SqlType type = TypeReader.read(tokens, from + 1, typeEnd);
        boolean notNull = false;
        boolean primaryKey = false;
        boolean unique = false;
        boolean references = false;
        DefaultValue defaultValue = null;
        ColumnDefinition.Generation generation = ColumnDefinition.Generation.NONE;
        int i = typeEnd;
        while (i < to) {
            Token t = tokens.get(i);
            int next = nextConstraintStart(tokens, i + 1, to);
            if (t.is("NOT") && i + 1 < to && tokens.get(i + 1).is("NULL")) {
                notNull = true;
                next = nextConstraintStart(tokens, i + 2, to);
            } else if (t.is("PRIMARY")) {
                primaryKey = true;
                notNull = true;
            } else if (t.is("UNIQUE")) {
                unique = true;
            } else if (t.is("REFERENCES")) {
                references = true;
            } else if (t.is("DEFAULT") && i + 1 < to && !tokens.get(i - 1).is("SET")) {
                // "ON DELETE SET DEFAULT" is a foreign key action, not a default value.
                // The expression is at least one token, even a keyword such as NULL.
                next = nextConstraintStart(tokens, i + 2, to);
                List<Token> expression = List.copyOf(tokens.subList(i + 1, next));
                String text = source.substring(expression.get(0).offset(), expression.get(expression.size() - 1).end());
                defaultValue = new DefaultValue(expression, text);
            } else if (t.is("GENERATED")) {
                generation = generationOf(tokens, i, next);
            }
            i = next;
        }
        return new ColumnDefinition(nameToken, nameToken.identifier(), type, notNull, primaryKey, unique,
                references, defaultValue, generation);
    }

    private static ColumnDefinition.Generation generationOf(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is("IDENTITY")) {
                return ColumnDefinition.Generation.IDENTITY;
            }
            if (tokens.get(i).is("VIRTUAL")) {
                return ColumnDefinition.Generation.NONE;
            }
        }
        return ColumnDefinition.Generation.STORED;
    }

    /** A cheap first test: every constraint keyword starts with one of these letters. */
    private static boolean mayStartConstraint(Token t) {
        if (t.type() != TokenType.WORD) {
            return false;
        }
        char first = Character.toUpperCase(t.text().charAt(0));
        return first == 'C' || first == 'N' || first == 'D' || first == 'P' || first == 'U' || first == 'R'
                || first == 'G' || first == 'S';
    }

    /** Index of the next column-constraint keyword at depth 0, or {@code to}. */
    private static int nextConstraintStart(List<Token> tokens, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && mayStartConstraint(t) && t.isAny("CONSTRAINT", "NOT", "NULL", "DEFAULT",
                    "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "GENERATED", "COLLATE", "COMPRESSION", "STORAGE")) {
                return i;
            }
        }
        return to;
    }
}
