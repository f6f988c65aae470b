package id.ac.ugm.aicare.schema.lint.rule;

/**
 * A rule as users see it: its name, what it says and what to do about it.
 *
 * @param name            the rule's name, Squawk's where the rule is the same
 * @param category        which group it belongs to
 * @param defaultSeverity its severity unless the config changes it
 * @param message         what is wrong, in one line
 * @param hint            how to fix it, in one line
 * @param suppressible    whether an {@code aicare-lint: ignore} comment may silence it; input and
 *                        {@code --verify} findings describe the file or the database, not a choice
 */
public record RuleDefinition(
        String name,
        RuleCategory category,
        Severity defaultSeverity,
        String message,
        String hint,
        boolean suppressible) {

    public static RuleDefinition of(String name, RuleCategory category, Severity severity, String message, String hint) {
        return new RuleDefinition(name, category, severity, message, hint, true);
    }

    public RuleDefinition notSuppressible() {
        return new RuleDefinition(name, category, defaultSeverity, message, hint, false);
    }
}
