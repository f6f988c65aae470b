package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.internal.ddl.QualifiedName;
import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.util.List;

/**
 * The maintenance commands that rewrite or rebuild a table, or a materialized view, while holding
 * a lock that blocks its readers: what {@code ban-vacuum-full}, {@code ban-cluster},
 * {@code ban-set-logged}, {@code require-concurrent-reindex} and {@code require-concurrent-refresh}
 * look for, and what counts as locking for {@code require-timeout-settings}.
 */
final class TableRewrites {

    /** What a statement does to which relation. */
    enum Kind {
        VACUUM_FULL, CLUSTER, SET_LOGGED, REINDEX, REFRESH
    }

    record Rewrite(Kind kind, Token at, QualifiedName target) {
    }

    private TableRewrites() {
    }

    /** The rewrite {@code statement} does, or null. {@code target} is null when the command names no relation. */
    static Rewrite of(ParsedStatement statement) {
        SqlStatement sql = statement.sql();
        Ddl ddl = statement.ddl();
        if (ddl instanceof Ddl.AlterTable alter) {
            List<Token> tokens = sql.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).is("SET") && tokens.get(i + 1).isAny("LOGGED", "UNLOGGED")) {
                    return new Rewrite(Kind.SET_LOGGED, tokens.get(i), alter.table());
                }
            }
            return null;
        }
        if (!(ddl instanceof Ddl.OtherStatement)) {
            return null;
        }
        if (sql.startsWith("VACUUM") && sql.contains("FULL")) {
            return new Rewrite(Kind.VACUUM_FULL, sql.first(), lastName(sql));
        }
        if (sql.startsWith("CLUSTER")) {
            return new Rewrite(Kind.CLUSTER, sql.first(), sql.size() > 1 ? name(sql, 1) : null);
        }
        if (sql.startsWith("REINDEX") && !sql.contains("CONCURRENTLY")) {
            return new Rewrite(Kind.REINDEX, sql.first(), lastName(sql));
        }
        if (sql.startsWith("REFRESH", "MATERIALIZED", "VIEW") && !sql.is(3, "CONCURRENTLY")) {
            return new Rewrite(Kind.REFRESH, sql.first(), name(sql, 3));
        }
        return null;
    }

    private static QualifiedName lastName(SqlStatement sql) {
        Token last = sql.last();
        return last.isIdentifier() && !last.isAny("FULL", "VERBOSE", "ANALYZE", "FREEZE") ? new QualifiedName(null, last.identifier()) : null;
    }

    private static QualifiedName name(SqlStatement sql, int index) {
        if (index >= sql.size() || !sql.token(index).isIdentifier()) {
            return null;
        }
        String first = sql.token(index).identifier();
        if (index + 2 < sql.size() && sql.token(index + 1).isSymbol(".") && sql.token(index + 2).isIdentifier()) {
            return new QualifiedName(first, sql.token(index + 2).identifier());
        }
        return new QualifiedName(null, first);
    }

    /** True when the rewritten relation exists before the migration: not created earlier in the same file. */
    static boolean onExisting(MigrationScript script, Rewrite rewrite, ParsedStatement statement) {
        if (rewrite.target() == null) {
            return true;
        }
        if (rewrite.kind() == Kind.REFRESH) {
            return !script.pairedCreate("MATERIALIZED VIEW", rewrite.target());
        }
        return ExistingTables.isExisting(script, rewrite.target(), statement);
    }

    /** Reports every rewrite of {@code kind} on an existing relation. */
    static void report(MigrationScript script, RuleHits hits, Kind kind, id.ac.ugm.aicare.schema.lint.rule.RuleDefinition rule,
            java.util.function.Function<Rewrite, String> message) {
        for (ParsedStatement statement : script.all()) {
            Rewrite rewrite = of(statement);
            if (rewrite != null && rewrite.kind() == kind && onExisting(script, rewrite, statement)) {
                hits.report(rule, statement, rewrite.at(), message.apply(rewrite));
            }
        }
    }

    static String target(Rewrite rewrite) {
        return rewrite.target() == null ? "" : " " + rewrite.target();
    }
}
