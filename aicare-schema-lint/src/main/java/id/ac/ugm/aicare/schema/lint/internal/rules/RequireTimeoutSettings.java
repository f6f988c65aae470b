package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.internal.ddl.QualifiedName;

/**
 * A DDL statement waiting for its lock queues every later query on the table behind it. Without
 * lock_timeout one slow transaction turns a migration into an outage; without statement_timeout a
 * slow rewrite holds the lock for as long as it takes. Reported once per file, at the first
 * statement that locks an existing table.
 */
public final class RequireTimeoutSettings implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("require-timeout-settings",
            RuleCategory.ONLINE_SAFETY, Severity.WARNING,
            "locks an existing table without lock_timeout and statement_timeout set",
            "start the migration with SET lock_timeout = '5s'; and SET statement_timeout = '15min'; (or your limits)");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        boolean lockTimeout = false;
        boolean statementTimeout = false;
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.SetParameter set) {
                lockTimeout |= set.name().equals("lock_timeout");
                statementTimeout |= set.name().equals("statement_timeout");
            } else if (locksExistingTable(script, statement) && !(lockTimeout && statementTimeout)) {
                String missing = !lockTimeout && !statementTimeout ? "lock_timeout and statement_timeout"
                        : !lockTimeout ? "lock_timeout" : "statement_timeout";
                hits.report(DEFINITION, statement, statement.sql().first(),
                        "locks an existing table without " + missing + " set");
                return;
            }
        }
    }

    private static boolean referencesExisting(MigrationScript script, ParsedStatement statement) {
        var tokens = statement.sql().tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("REFERENCES") && tokens.get(i + 1).isIdentifier()) {
                String first = tokens.get(i + 1).identifier();
                QualifiedName target = i + 3 < tokens.size() && tokens.get(i + 2).isSymbol(".") && tokens.get(i + 3).isIdentifier()
                        ? new QualifiedName(first, tokens.get(i + 3).identifier()) : new QualifiedName(null, first);
                if (ExistingTables.isExisting(script, target, statement)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean locksExistingTable(MigrationScript script, ParsedStatement statement) {
        Ddl ddl = statement.ddl();
        if (ddl instanceof Ddl.AlterTable alter) {
            // A foreign key added even to a new table locks the existing table it points to.
            return ExistingTables.isExisting(script, alter.table(), statement)
                    || referencesExisting(script, statement);
        }
        if (ddl instanceof Ddl.CreateIndex create) {
            // CONCURRENTLY takes a lock that lets reads and writes go on, and Flyway refuses a SET beside it.
            return !create.concurrently() && ExistingTables.isExisting(script, create.table(), statement);
        }
        if (ddl instanceof Ddl.CreateTable create) {
            // A new table's foreign key takes SHARE ROW EXCLUSIVE on the table it points to, which
            // blocks that table's writes behind any long transaction.
            return create.referencedTables().stream().anyMatch(target -> ExistingTables.isExisting(script, target, statement));
        }
        if (ddl instanceof Ddl.CreateObject create && create.orReplace()
                && (create.objectType().equals("VIEW") || create.objectType().equals("MATERIALIZED VIEW"))) {
            // Replacing a view takes ACCESS EXCLUSIVE on it: its readers queue behind the migration.
            return !script.createsBefore(create.objectType(), create.name(), statement);
        }
        TableRewrites.Rewrite rewrite = TableRewrites.of(statement);
        if (rewrite != null) {
            return TableRewrites.onExisting(script, rewrite, statement);
        }
        if (ddl instanceof Ddl.OtherStatement other && other.keyword().equals("TRUNCATE")) {
            return true;
        }
        if (ddl instanceof Ddl.CreateObject create && create.onTable() != null) {
            return ExistingTables.isExisting(script, create.onTable(), statement);
        }
        if (ddl instanceof Ddl.DropObjects drop) {
            return drop.objectType().equals("TABLE") || drop.objectType().equals("INDEX") && !drop.concurrently();
        }
        return ddl instanceof Ddl.OtherStatement other && other.keyword().equals("LOCK");
    }
}
