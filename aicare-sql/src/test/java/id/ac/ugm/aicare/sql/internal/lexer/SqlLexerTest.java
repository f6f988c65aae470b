package id.ac.ugm.aicare.sql.internal.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class SqlLexerTest {

    @Test
    void tokensCarryExactLineAndColumn() {
        LexedSource lexed = SqlLexer.lex("CREATE TABLE t (\n  id bigint,\n\tname text\n);");
        assertThat(lexed.tokens())
                .extracting(Token::text, Token::line, Token::column)
                .containsExactly(
                        tuple("CREATE", 1, 1), tuple("TABLE", 1, 8), tuple("t", 1, 14), tuple("(", 1, 16),
                        tuple("id", 2, 3), tuple("bigint", 2, 6), tuple(",", 2, 12),
                        tuple("name", 3, 2), tuple("text", 3, 7),
                        tuple(")", 4, 1), tuple(";", 4, 2));
    }

    @Test
    void repeatedSpellingsShareOneStringAndKeepTheirKeyword() {
        LexedSource lexed = SqlLexer.lex("create TABLE t (a int); CREATE table u (b int);");
        java.util.List<Token> tokens = lexed.tokens();
        // "(" of both statements, "int" of both, one string each.
        assertThat(tokens.get(3).text()).isSameAs(tokens.get(11).text());
        assertThat(tokens.get(5).text()).isSameAs(tokens.get(13).text());
        // Different spellings of one keyword stay as written, with the same keyword.
        assertThat(tokens).extracting(Token::text, Token::keyword).startsWith(
                tuple("create", "CREATE"), tuple("TABLE", "TABLE"), tuple("t", "T"));
        assertThat(tokens.get(8)).extracting(Token::text, Token::keyword).containsExactly("CREATE", "CREATE");
        assertThat(tokens.get(9)).extracting(Token::text, Token::keyword).containsExactly("table", "TABLE");
        assertThat(tokens.get(3).keyword()).isNull();
    }

    @Test
    void manyDistinctSpellingsEachKeepTheirOwnText() {
        // Past the table's first size, so that it grows while tokens point into it.
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            sql.append("c").append(i).append(' ').append(i).append(" C").append(i).append(";\n");
        }
        java.util.List<Token> tokens = SqlLexer.lex(sql.toString()).tokens();
        for (int i = 0; i < 5_000; i++) {
            assertThat(tokens.subList(4 * i, 4 * i + 4)).extracting(Token::text, Token::keyword).containsExactly(
                    tuple("c" + i, "C" + i), tuple(String.valueOf(i), null), tuple("C" + i, "C" + i), tuple(";", null));
        }
    }

    @Test
    void crlfAndCrAloneEachEndOneLine() {
        LexedSource lexed = SqlLexer.lex("a\r\nb\rc\nd");
        assertThat(lexed.tokens()).extracting(Token::line).containsExactly(1, 2, 3, 4);
    }

    @Test
    void tokensAfterAMultiLineStringKeepTheirLines() {
        LexedSource lexed = SqlLexer.lex("SELECT 'one\ntwo\nthree', x");
        assertThat(lexed.tokens()).extracting(Token::type, Token::line, Token::column)
                .containsExactly(tuple(TokenType.WORD, 1, 1), tuple(TokenType.STRING, 1, 8),
                        tuple(TokenType.PUNCTUATION, 3, 7), tuple(TokenType.WORD, 3, 9));
    }

    @Test
    void doubledQuoteStaysInsideTheString() {
        LexedSource lexed = SqlLexer.lex("SELECT 'it''s; DROP TABLE x'");
        assertThat(lexed.tokens()).extracting(Token::type).containsExactly(TokenType.WORD, TokenType.STRING);
        assertThat(lexed.tokens().get(1).stringValue()).isEqualTo("it's; DROP TABLE x");
    }

    @Test
    void backslashEscapesOnlyInEStrings() {
        LexedSource escaped = SqlLexer.lex("SELECT E'a\\'b;c', 1");
        assertThat(escaped.tokens()).extracting(Token::text).containsExactly("SELECT", "E'a\\'b;c'", ",", "1");
        // In a standard string a backslash is an ordinary character, so the quote after it closes the string.
        LexedSource standard = SqlLexer.lex("SELECT 'a\\', 1");
        assertThat(standard.tokens()).extracting(Token::text).containsExactly("SELECT", "'a\\'", ",", "1");
    }

    @Test
    void prefixedStringsAreOneToken() {
        LexedSource lexed = SqlLexer.lex("SELECT B'101', X'ff', N'n', U&'\\0041'");
        assertThat(lexed.tokens()).filteredOn(t -> t.type() == TokenType.STRING).extracting(Token::text)
                .containsExactly("B'101'", "X'ff'", "N'n'", "U&'\\0041'");
    }

    @Test
    void dollarQuotesWithTagsEndOnlyAtTheSameTag() {
        String sql = "CREATE FUNCTION f() RETURNS int AS $fn$ SELECT $$;$$; $x$ $fn$ LANGUAGE sql;";
        LexedSource lexed = SqlLexer.lex(sql);
        assertThat(lexed.tokens()).filteredOn(t -> t.type() == TokenType.DOLLAR_STRING).extracting(Token::text)
                .containsExactly("$fn$ SELECT $$;$$; $x$ $fn$");
        assertThat(lexed.tokens()).filteredOn(t -> t.type() == TokenType.SEMICOLON).hasSize(1);
    }

    @Test
    void dollarInsideAnIdentifierAndPositionalParametersAreNotQuotes() {
        LexedSource lexed = SqlLexer.lex("SELECT a$b, $1 FROM t");
        assertThat(lexed.tokens()).extracting(Token::type, Token::text).containsExactly(
                tuple(TokenType.WORD, "SELECT"), tuple(TokenType.WORD, "a$b"), tuple(TokenType.PUNCTUATION, ","),
                tuple(TokenType.PARAMETER, "$1"), tuple(TokenType.WORD, "FROM"), tuple(TokenType.WORD, "t"));
    }

    @Test
    void blockCommentsNest() {
        LexedSource lexed = SqlLexer.lex("/* outer /* inner */ still comment; */ SELECT 1");
        assertThat(lexed.comments()).hasSize(1);
        assertThat(lexed.tokens()).extracting(Token::text).containsExactly("SELECT", "1");
        assertThat(lexed.tokens().get(0).column()).isEqualTo(40);
    }

    @Test
    void lineCommentsRunToTheEndOfTheLine() {
        LexedSource lexed = SqlLexer.lex("SELECT 1; -- DROP TABLE x;\nSELECT 2");
        assertThat(lexed.comments()).extracting(Token::text, Token::line, Token::column)
                .containsExactly(tuple("-- DROP TABLE x;", 1, 11));
        assertThat(lexed.tokens()).filteredOn(t -> t.type() == TokenType.SEMICOLON).hasSize(1);
    }

    @Test
    void quotedIdentifiersKeepCaseAndDoubledQuotes() {
        LexedSource lexed = SqlLexer.lex("SELECT \"My \"\"Table\"\", x\", Plain");
        assertThat(lexed.tokens().get(1).type()).isEqualTo(TokenType.QUOTED_IDENTIFIER);
        assertThat(lexed.tokens().get(1).identifier()).isEqualTo("My \"Table\", x");
        assertThat(lexed.tokens().get(3).identifier()).isEqualTo("plain");
    }

    @Test
    void operatorsStopBeforeAComment() {
        LexedSource lexed = SqlLexer.lex("SELECT a::int, b >=-- c\n1");
        assertThat(lexed.tokens()).extracting(Token::text).contains("::", ">=");
        assertThat(lexed.comments()).extracting(Token::text).containsExactly("-- c");
    }

    @Test
    void psqlMetaCommandsAreSetAsideWithTheirPosition() {
        LexedSource lexed = SqlLexer.lex("SELECT 1;\n  \\set ON_ERROR_STOP on\nSELECT 2;");
        assertThat(lexed.metaCommands()).extracting(Token::text, Token::line, Token::column)
                .containsExactly(tuple("\\set ON_ERROR_STOP on", 2, 3));
        assertThat(lexed.tokens()).extracting(Token::text).containsExactly("SELECT", "1", ";", "SELECT", "2", ";");
    }

    @Test
    void rangeInAForLoopIsNotADecimal() {
        LexedSource lexed = SqlLexer.lex("FOR i IN 1..10 LOOP");
        assertThat(lexed.tokens()).extracting(Token::text).containsExactly("FOR", "i", "IN", "1", ".", ".", "10", "LOOP");
    }

    @Test
    void unterminatedStringIsReportedWhereItStarts() {
        LexedSource lexed = SqlLexer.lex("SELECT 1;\nSELECT 'oops;\nSELECT 2;");
        assertThat(lexed.problems()).containsExactly(new LexicalProblem(2, 8, "unterminated string literal"));
        assertThat(lexed.tokens()).extracting(Token::text).startsWith("SELECT", "1", ";");
    }

    @Test
    void unterminatedBlockCommentIsReportedWhereItStarts() {
        LexedSource lexed = SqlLexer.lex("SELECT 1;\n  /* never /* closed */");
        assertThat(lexed.problems()).containsExactly(new LexicalProblem(2, 3, "unterminated block comment"));
    }

    @Test
    void unterminatedDollarQuoteAndQuotedIdentifierAreReported() {
        assertThat(SqlLexer.lex("DO $body$ BEGIN").problems())
                .containsExactly(new LexicalProblem(1, 4, "unterminated dollar-quoted string $body$"));
        assertThat(SqlLexer.lex("SELECT \"open").problems())
                .containsExactly(new LexicalProblem(1, 8, "unterminated quoted identifier"));
    }

    @Test
    void lexingARangeKeepsTheFilesPositions() {
        String sql = "DO $$\nBEGIN\n  CREATE TYPE t AS ENUM ('a');\nEND $$;";
        int from = sql.indexOf("$$") + 2;
        int to = sql.lastIndexOf("$$");
        LexedSource body = SqlLexer.lex(sql, from, to, 1, 6);
        assertThat(body.tokens()).extracting(Token::text, Token::line, Token::column)
                .startsWith(tuple("BEGIN", 2, 1), tuple("CREATE", 3, 3));
    }
}
