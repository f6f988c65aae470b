package id.ac.ugm.aicare.sql.internal.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    private static List<SqlStatement> split(String sql) {
        return StatementSplitter.split(SqlLexer.lex(sql));
    }

    @Test
    void twoStatementsOnOneLineAreTwoStatementsWithTheirOwnColumns() {
        assertThat(split("CREATE TABLE a (x int); DROP TABLE b;"))
                .extracting(SqlStatement::text, SqlStatement::line, SqlStatement::column)
                .containsExactly(tuple("CREATE TABLE a (x int)", 1, 1), tuple("DROP TABLE b", 1, 25));
    }

    @Test
    void semicolonsInStringsCommentsAndBodiesDoNotSplit() {
        List<SqlStatement> statements = split("""
                SELECT 'a;b';
                /* c; d */ SELECT 1 -- e; f
                ;
                CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM 1; END $$;
                """);
        assertThat(statements).extracting(s -> s.first().text()).containsExactly("SELECT", "SELECT", "CREATE");
        assertThat(statements.get(1).line()).isEqualTo(2);
        assertThat(statements.get(1).column()).isEqualTo(12);
    }

    @Test
    void aLastStatementWithoutSemicolonCounts() {
        assertThat(split("SELECT 1; SELECT 2")).hasSize(2);
    }

    @Test
    void emptyStatementsAreDropped() {
        assertThat(split(";;  ; -- nothing\n")).isEmpty();
    }

    @Test
    void sqlStandardFunctionBodyIsOneStatement() {
        List<SqlStatement> statements = split("""
                CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;
                  SELECT 2;
                END;
                SELECT 3;
                """);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1).text()).isEqualTo("SELECT 3");
    }
}
