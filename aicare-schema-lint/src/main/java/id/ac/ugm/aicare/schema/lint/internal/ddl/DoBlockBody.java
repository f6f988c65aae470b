package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.LexedSource;
import id.ac.ugm.aicare.sql.internal.lexer.SqlLexer;
import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;
import id.ac.ugm.aicare.sql.internal.lexer.StatementSplitter;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import id.ac.ugm.aicare.sql.internal.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * The DDL statements inside a PL/pgSQL {@code DO} block, with their positions in the file.
 *
 * <p>A DO block is how a migration guards what PostgreSQL has no {@code IF NOT EXISTS} for
 * ({@code CREATE TYPE}, {@code ADD CONSTRAINT}): an {@code IF} on the catalog, or an
 * {@code EXCEPTION WHEN duplicate_object} handler. Such a block is a guard, and its statements are
 * robust. The statements still take the locks they take, so the online-safety rules read them too.
 *
 * @param statements the CREATE, ALTER and DROP statements found in the body
 * @param comments   the comments in the body, where suppressions for those statements may stand
 * @param guarded    whether the body has an {@code IF} statement or an exception handler
 */
public record DoBlockBody(List<SqlStatement> statements, List<Token> comments, boolean guarded) {

    private static final DoBlockBody NONE = new DoBlockBody(List.of(), List.of(), false);

    /** Reads the body of {@code block}; a body that is not dollar-quoted PL/pgSQL yields no statements. */
    public static DoBlockBody of(Ddl.DoBlock block, String source) {
        Token body = block.body();
        if (!block.plpgsql() || body == null || body.type() != TokenType.DOLLAR_STRING) {
            return NONE;
        }
        String text = body.text();
        int tagLength = text.indexOf('$', 1) + 1;
        if (tagLength <= 0 || text.length() < 2 * tagLength || !text.endsWith(text.substring(0, tagLength))) {
            return NONE;
        }
        LexedSource lexed = SqlLexer.lex(source, body.offset() + tagLength, body.end() - tagLength,
                body.line(), body.column() + tagLength);
        List<SqlStatement> found = new ArrayList<>();
        boolean guarded = false;
        for (SqlStatement chunk : StatementSplitter.split(lexed)) {
            List<Token> tokens = chunk.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.is("EXCEPTION") && i + 1 < tokens.size() && tokens.get(i + 1).is("WHEN")) {
                    guarded = true;
                }
                if (!startsPlpgsqlStatement(tokens, i)) {
                    continue;
                }
                if (t.is("IF")) {
                    guarded = true;
                } else if (t.isAny("CREATE", "ALTER", "DROP")) {
                    found.add(new SqlStatement(source, List.copyOf(tokens.subList(i, tokens.size()))));
                    break;
                }
            }
        }
        return new DoBlockBody(List.copyOf(found), lexed.comments(), guarded);
    }

    /**
     * True when a PL/pgSQL statement can begin at {@code index}: at the start of a chunk, or after a
     * word that opens a block or branch. This keeps the {@code IF} of {@code IF NOT EXISTS} from
     * counting as a guard.
     */
    private static boolean startsPlpgsqlStatement(List<Token> tokens, int index) {
        if (index == 0) {
            return true;
        }
        Token previous = tokens.get(index - 1);
        return previous.isAny("BEGIN", "THEN", "ELSE", "LOOP", "DECLARE") || previous.isSymbol(">>");
    }
}
