package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.util.Locale;
import java.util.Set;

/**
 * A statement whose first word is no PostgreSQL command: a typo, another database's dialect, a
 * template language, or a placeholder Flyway would replace. The rules check nothing in it, and the
 * report says so rather than staying silent.
 */
public final class UnrecognizedStatement implements Rule {

    /** PostgreSQL's SQL commands, by their first word. */
    private static final Set<String> COMMANDS = Set.of("ABORT", "ALTER", "ANALYZE", "ANALYSE", "BEGIN", "CALL",
            "CHECKPOINT", "CLOSE", "CLUSTER", "COMMENT", "COMMIT", "COPY", "CREATE", "DEALLOCATE", "DECLARE",
            "DELETE", "DISCARD", "DO", "DROP", "END", "EXECUTE", "EXPLAIN", "FETCH", "GRANT", "IMPORT", "INSERT",
            "LISTEN", "LOAD", "LOCK", "MERGE", "MOVE", "NOTIFY", "PREPARE", "REASSIGN", "REFRESH", "REINDEX",
            "RELEASE", "RESET", "REVOKE", "ROLLBACK", "SAVEPOINT", "SECURITY", "SELECT", "SET", "SHOW", "START",
            "TABLE", "TRUNCATE", "UNLISTEN", "UPDATE", "VACUUM", "VALUES", "WITH");

    @Override
    public RuleDefinition definition() {
        return InputRules.UNRECOGNIZED_STATEMENT;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.topLevel()) {
            if (!(statement.ddl() instanceof Ddl.OtherStatement)) {
                continue;
            }
            Token first = statement.sql().first();
            if (first.isSymbol("(") || COMMANDS.contains(first.text().toUpperCase(Locale.ROOT))) {
                continue;
            }
            hits.report(InputRules.UNRECOGNIZED_STATEMENT, statement, first, "'" + MessageText.printable(first.text(), 30)
                    + "' starts no PostgreSQL statement the linter knows; nothing in this statement was checked");
        }
    }
}
