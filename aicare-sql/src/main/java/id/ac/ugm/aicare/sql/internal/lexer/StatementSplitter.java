package id.ac.ugm.aicare.sql.internal.lexer;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a token stream into statements at semicolons. Semicolons inside strings, comments and
 * dollar-quoted bodies never reach it, being inside their tokens; the one case left is a SQL-standard
 * function body ({@code BEGIN ATOMIC ... END}), whose inner semicolons do not end the statement.
 */
public final class StatementSplitter {

    private StatementSplitter() {
    }

    public static List<SqlStatement> split(LexedSource lexed) {
        List<SqlStatement> statements = new ArrayList<>();
        List<Token> tokens = lexed.tokens();
        int start = 0;
        int atomicDepth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("BEGIN") && i + 1 < tokens.size() && tokens.get(i + 1).is("ATOMIC")) {
                atomicDepth++;
            } else if (atomicDepth > 0 && t.is("CASE")) {
                atomicDepth++;
            } else if (atomicDepth > 0 && t.is("END")) {
                atomicDepth--;
            } else if (t.type() == TokenType.SEMICOLON && atomicDepth == 0) {
                add(statements, lexed.source(), tokens, start, i);
                start = i + 1;
            }
        }
        add(statements, lexed.source(), tokens, start, tokens.size());
        return statements;
    }

    private static void add(List<SqlStatement> statements, String source, List<Token> tokens, int from, int to) {
        if (to > from) {
            statements.add(new SqlStatement(source, List.copyOf(tokens.subList(from, to))));
        }
    }
}
