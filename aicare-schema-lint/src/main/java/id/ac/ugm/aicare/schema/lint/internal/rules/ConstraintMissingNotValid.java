package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.ConstraintKind;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import java.util.HashSet;
import java.util.Set;

/**
 * Adding a CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock. NOT VALID skips
 * the scan; VALIDATE CONSTRAINT later scans under a lock that lets reads and writes go on, but only
 * if it runs in a later transaction: in the same one, the ADD's lock is still held.
 * Foreign keys have their own rule, {@code adding-foreign-key-constraint}.
 */
public final class ConstraintMissingNotValid implements Rule {

    public static final RuleDefinition DEFINITION = RuleDefinition.of("constraint-missing-not-valid",
            RuleCategory.ONLINE_SAFETY, Severity.WARNING,
            "adding a CHECK constraint scans the table while blocking reads and writes",
            "add it NOT VALID, then VALIDATE CONSTRAINT in a later migration");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(MigrationScript script, RuleHits hits) {
        Set<String> addedNotValid = new HashSet<>();
        for (ParsedStatement statement : script.all()) {
            if (!(statement.ddl() instanceof Ddl.AlterTable alter)) {
                continue;
            }
            boolean existing = ExistingTables.isExisting(script, alter.table(), statement);
            for (AlterTableAction action : alter.actions()) {
                if (action instanceof AlterTableAction.AddConstraint add) {
                    if (add.notValid() && add.name() != null) {
                        addedNotValid.add(add.name());
                    } else if (existing && add.kind() == ConstraintKind.CHECK && !add.notValid()) {
                        hits.report(DEFINITION, statement, add.at());
                    }
                } else if (action instanceof AlterTableAction.ValidateConstraint validate
                        && addedNotValid.contains(validate.name())) {
                    hits.report(DEFINITION, statement, validate.at(),
                            "VALIDATE CONSTRAINT in the same transaction as its ADD ... NOT VALID keeps the blocking lock");
                }
            }
        }
    }
}
