package id.ac.ugm.aicare.schema.lint.rule;

/**
 * What {@code lint --verify} reports after running the migrations against a real database. The
 * definitions live here, beside the others, so that the rule catalog can list them without the
 * linter's package depending on the verifier's.
 */
public final class VerifyRules {

    public static final RuleDefinition NOT_IDEMPOTENT = RuleDefinition.of("not-idempotent", RuleCategory.VERIFY,
            Severity.ERROR,
            "statement succeeded on the first run and failed on the second",
            "make it converge: IF NOT EXISTS / IF EXISTS / OR REPLACE, or a DO block that checks the catalog").notSuppressible();

    public static final RuleDefinition MIGRATION_FAILED = RuleDefinition.of("migration-failed", RuleCategory.VERIFY,
            Severity.ERROR,
            "statement failed on the first run against a scratch database",
            "fix the statement, or give --verify the baseline schema it expects with --baseline").notSuppressible();

    public static final RuleDefinition PRIVILEGED_STATEMENT = RuleDefinition.of("privileged-statement",
            RuleCategory.VERIFY, Severity.ERROR,
            "statement reaches beyond the migration's own database (roles, other databases, server settings, files)",
            "manage roles, databases and server settings outside migrations; the statement was refused and skipped")
            .notSuppressible();

    private VerifyRules() {
    }
}
