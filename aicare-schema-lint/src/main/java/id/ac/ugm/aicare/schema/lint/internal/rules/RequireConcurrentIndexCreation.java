package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;

/** A plain CREATE INDEX holds a SHARE lock: no writes to the table until the whole index is built. */
public final class RequireConcurrentIndexCreation implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("require-concurrent-index-creation",
            RuleCategory.ONLINE_SAFETY, Severity.WARNING,
            "CREATE INDEX without CONCURRENTLY blocks writes to the table while the index is built",
            "use CREATE INDEX CONCURRENTLY IF NOT EXISTS, alone in its own migration so that Flyway runs it outside a transaction");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        for (ParsedStatement statement : script.all()) {
            if (statement.ddl() instanceof Ddl.CreateIndex create && !create.concurrently()
                    && ExistingTables.isExisting(script, create.table(), statement)) {
                hits.report(DEFINITION, statement, statement.sql().first());
            }
        }
    }
}
