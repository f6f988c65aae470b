package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.internal.flyway.MigrationSetRules;
import id.ac.ugm.aicare.schema.lint.internal.rules.AddingFieldWithDefault;
import id.ac.ugm.aicare.schema.lint.internal.rules.AddingForeignKeyConstraint;
import id.ac.ugm.aicare.schema.lint.internal.rules.AddingNotNullableField;
import id.ac.ugm.aicare.schema.lint.internal.rules.AddingRequiredField;
import id.ac.ugm.aicare.schema.lint.internal.rules.AddingSerialPrimaryKeyField;
import id.ac.ugm.aicare.schema.lint.internal.rules.BanCharField;
import id.ac.ugm.aicare.schema.lint.internal.rules.BanConcurrentIndexCreationInTransaction;
import id.ac.ugm.aicare.schema.lint.internal.rules.BanDropColumn;
import id.ac.ugm.aicare.schema.lint.internal.rules.BanDropDatabase;
import id.ac.ugm.aicare.schema.lint.internal.rules.BanDropNotNull;
import id.ac.ugm.aicare.schema.lint.internal.rules.BanTruncateCascade;
import id.ac.ugm.aicare.schema.lint.internal.rules.BanDropTable;
import id.ac.ugm.aicare.schema.lint.internal.rules.ChangingColumnType;
import id.ac.ugm.aicare.schema.lint.internal.rules.ConstraintMissingNotValid;
import id.ac.ugm.aicare.schema.lint.internal.rules.DisallowedUniqueConstraint;
import id.ac.ugm.aicare.schema.lint.internal.rules.InputRules;
import id.ac.ugm.aicare.schema.lint.internal.rules.IdentifierTooLong;
import id.ac.ugm.aicare.schema.lint.internal.rules.PreferBigintOverInt;
import id.ac.ugm.aicare.schema.lint.internal.rules.PreferBigintOverSmallint;
import id.ac.ugm.aicare.schema.lint.internal.rules.PreferIdentity;
import id.ac.ugm.aicare.schema.lint.internal.rules.RequireEnumValueOrdering;
import id.ac.ugm.aicare.schema.lint.internal.rules.PreferRobustStmts;
import id.ac.ugm.aicare.schema.lint.internal.rules.PreferTextField;
import id.ac.ugm.aicare.schema.lint.internal.rules.PreferTimestamptz;
import id.ac.ugm.aicare.schema.lint.internal.rules.RenamingColumn;
import id.ac.ugm.aicare.schema.lint.internal.rules.RenamingTable;
import id.ac.ugm.aicare.schema.lint.internal.rules.RepeatableMigrationNotRerunnable;
import id.ac.ugm.aicare.schema.lint.internal.rules.RequireConcurrentIndexCreation;
import id.ac.ugm.aicare.schema.lint.internal.rules.RequireConcurrentIndexDeletion;
import id.ac.ugm.aicare.schema.lint.internal.rules.RequireTimeoutSettings;
import id.ac.ugm.aicare.schema.lint.internal.rules.Rule;
import id.ac.ugm.aicare.schema.lint.internal.rules.RequireConcurrentReindex;
import id.ac.ugm.aicare.schema.lint.internal.rules.RequireConcurrentRefresh;
import id.ac.ugm.aicare.schema.lint.internal.rules.BanVacuumFull;
import id.ac.ugm.aicare.schema.lint.internal.rules.BanCluster;
import id.ac.ugm.aicare.schema.lint.internal.rules.BanSetLogged;
import id.ac.ugm.aicare.schema.lint.internal.rules.TransactionNesting;
import id.ac.ugm.aicare.schema.lint.internal.rules.UnrecognizedStatement;
import id.ac.ugm.aicare.schema.lint.rule.VerifyRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every rule the linter knows, in the order the documentation lists them. */
public final class RuleCatalog {

    private static final List<Rule> SCRIPT_RULES = List.of(
            new PreferRobustStmts(),
            new RequireConcurrentIndexCreation(),
            new RequireConcurrentIndexDeletion(),
            new BanConcurrentIndexCreationInTransaction(),
            new ConstraintMissingNotValid(),
            new AddingForeignKeyConstraint(),
            new AddingNotNullableField(),
            new AddingRequiredField(),
            new AddingFieldWithDefault(),
            new ChangingColumnType(),
            new DisallowedUniqueConstraint(),
            new AddingSerialPrimaryKeyField(),
            new RequireConcurrentReindex(),
            new RequireConcurrentRefresh(),
            new BanVacuumFull(),
            new BanCluster(),
            new BanSetLogged(),
            new RequireTimeoutSettings(),
            new TransactionNesting(),
            new BanDropColumn(),
            new BanDropTable(),
            new BanDropDatabase(),
            new BanDropNotNull(),
            new BanTruncateCascade(),
            new RenamingColumn(),
            new RenamingTable(),
            new IdentifierTooLong(),
            new PreferBigintOverInt(),
            new PreferBigintOverSmallint(),
            new PreferIdentity(),
            new PreferTimestamptz(),
            new PreferTextField(),
            new BanCharField(),
            new RequireEnumValueOrdering(),
            new RepeatableMigrationNotRerunnable(),
            new UnrecognizedStatement());

    private static final List<RuleDefinition> DEFINITIONS = definitions();
    private static final Map<String, RuleDefinition> BY_NAME = DEFINITIONS.stream()
            .collect(Collectors.toUnmodifiableMap(RuleDefinition::name, Function.identity()));

    private RuleCatalog() {
    }

    private static List<RuleDefinition> definitions() {
        List<RuleDefinition> all = new ArrayList<>();
        SCRIPT_RULES.forEach(rule -> all.add(rule.definition()));
        all.addAll(List.of(MigrationSetRules.DUPLICATE_VERSION, MigrationSetRules.MALFORMED_NAME,
                MigrationSetRules.NAME_OUT_OF_ORDER,
                InputRules.SYNTAX_ERROR, InputRules.INVALID_ENCODING, InputRules.BINARY_FILE,
                InputRules.EMPTY_MIGRATION, InputRules.PSQL_META_COMMAND, InputRules.INVALID_SUPPRESSION,
                InputRules.UNUSED_SUPPRESSION, InputRules.UNRESOLVED_PLACEHOLDER, InputRules.INVALID_SCRIPT_CONFIG,
                VerifyRules.NOT_IDEMPOTENT, VerifyRules.MIGRATION_FAILED,
                VerifyRules.PRIVILEGED_STATEMENT));
        return List.copyOf(all);
    }

    /** All rules, statement rules first. */
    public static List<RuleDefinition> all() {
        return DEFINITIONS;
    }

    public static Optional<RuleDefinition> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The rules that read a migration's statements. */
    static List<Rule> scriptRules() {
        return SCRIPT_RULES;
    }
}
