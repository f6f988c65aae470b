package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.rule.RuleCategory;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;

/** Findings about the file itself rather than its statements: it cannot be read as SQL, or a suppression is wrong. */
public final class InputRules {

    public static final RuleDefinition SYNTAX_ERROR = RuleDefinition.of("syntax-error", RuleCategory.INPUT,
            Severity.ERROR,
            "the file cannot be split into statements, or a statement's brackets do not pair up",
            "close the string, quoted identifier, dollar quote, comment or bracket that starts here").notSuppressible();

    public static final RuleDefinition INVALID_ENCODING = RuleDefinition.of("invalid-encoding", RuleCategory.INPUT,
            Severity.ERROR,
            "the file is not valid UTF-8",
            "save the file as UTF-8; Flyway reads migrations as UTF-8 by default").notSuppressible();

    public static final RuleDefinition BINARY_FILE = RuleDefinition.of("binary-file", RuleCategory.INPUT,
            Severity.ERROR,
            "the file contains NUL bytes and is not SQL text",
            "remove the file from the migration folder").notSuppressible();

    public static final RuleDefinition EMPTY_MIGRATION = RuleDefinition.of("empty-migration", RuleCategory.INPUT,
            Severity.WARNING,
            "the migration has no statements",
            "remove the file, or write the statements it was meant to hold");

    public static final RuleDefinition PSQL_META_COMMAND = RuleDefinition.of("psql-meta-command", RuleCategory.INPUT,
            Severity.ERROR,
            "psql meta-command in a migration; Flyway would send it to the server, which rejects it",
            "write it as SQL (SET, a DO block) or remove it; it was skipped when splitting statements");

    public static final RuleDefinition INVALID_SUPPRESSION = RuleDefinition.of("invalid-suppression", RuleCategory.INPUT,
            Severity.ERROR,
            "suppression comment names no known rule or gives no reason",
            "write -- aicare-lint: ignore RULE[,RULE] reason").notSuppressible();

    public static final RuleDefinition UNUSED_SUPPRESSION = RuleDefinition.of("unused-suppression", RuleCategory.INPUT,
            Severity.WARNING,
            "suppression comment silences nothing on the statement after it",
            "remove it, or move it to the line before the statement it is meant for").notSuppressible();

    public static final RuleDefinition UNRESOLVED_PLACEHOLDER = RuleDefinition.of("unresolved-placeholder",
            RuleCategory.INPUT, Severity.ERROR,
            "Flyway placeholder without a value; Flyway refuses to run the file",
            "give it a value with -P name=value or --flyway-config FILE (flyway.conf, flyway.toml, application.properties), as the deployment does");

    public static final RuleDefinition UNRECOGNIZED_STATEMENT = RuleDefinition.of("unrecognized-statement",
            RuleCategory.INPUT, Severity.INFO,
            "the linter does not recognise this statement and checked nothing in it",
            "check it by hand, or run lint --verify; report it to the linter's maintainers if it is valid PostgreSQL");

    public static final RuleDefinition INVALID_SCRIPT_CONFIG = RuleDefinition.of("invalid-script-config",
            RuleCategory.INPUT, Severity.ERROR,
            "Flyway refuses the script configuration file beside this migration, and with it the migration",
            "use only executeInTransaction and placeholderReplacement (true or false) and encoding in the .conf file").notSuppressible();

    private InputRules() {
    }
}
