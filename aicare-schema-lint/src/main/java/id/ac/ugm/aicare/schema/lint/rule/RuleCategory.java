package id.ac.ugm.aicare.schema.lint.rule;

/** Groups the rules the way the documentation lists them. */
public enum RuleCategory {
    IDEMPOTENCY("idempotency"),
    ONLINE_SAFETY("online safety"),
    DATA_LOSS("data loss and compatibility"),
    TYPES("types"),
    MIGRATION_SET("the migration set"),
    INPUT("input"),
    VERIFY("--verify");

    private final String title;

    RuleCategory(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
