package id.ac.ugm.aicare.schema.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.Difference;
import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TableSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.ReferenceSchema;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Applies the DDL rendered from the models and the DDL of the reference schema to two databases,
 * and compares their catalogs table by table for every module on the classpath. Differences are
 * printed; any that is not in {@code conformance-allow-list.txt} fails the module's test.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConformanceTest {

    /** Which reference tables each module must own (agent_users moved to auth, user_summaries in clinical). */
    private static final Map<String, Set<String>> MODULE_TABLES = Map.of(
            "auth", Set.of("users", "user_profiles", "user_sessions", "user_audit_log", "user_clinical_records",
                    "user_preferences", "user_emergency_contacts", "user_consent_ledger", "agent_users"),
            "clinical", Set.of("conversations", "messages", "feedback", "journal_entries", "journal_prompts",
                    "journal_reflection_points", "triage_assessments", "cases", "case_assignments", "case_notes",
                    "intervention_campaigns", "intervention_plan_records", "intervention_plan_step_completions",
                    "flagged_sessions", "psychologists", "user_summaries"),
            "gamification", Set.of("quest_templates", "quest_instances", "player_wellness_state",
                    "attestation_records", "reward_ledger_entries", "compliance_audit_log", "quest_analytics_events",
                    "user_badges", "tweets"),
            "content", Set.of("content_resources", "resources", "cbt_modules", "cbt_module_steps", "surveys",
                    "survey_questions", "survey_responses", "survey_answers", "therapist_schedules",
                    "appointment_types", "appointments"),
            "campaigns", Set.of("campaigns", "campaign_triggers", "campaign_metrics", "campaign_executions",
                    "sca_campaign_executions", "agent_runs", "agent_messages", "agent_health_logs", "system_settings",
                    "insights_reports", "events", "alerts", "consents"),
            "finance", Set.of("transactions", "subscriptions", "revenue_reports", "revenue_approvals",
                    "nft_transactions", "partner_transactions"),
            "langgraph", Set.of("langgraph_executions", "langgraph_node_executions", "langgraph_edge_executions",
                    "langgraph_performance_metrics", "langgraph_alerts"));

    private final ModelCatalog catalog = ModelCatalog.discover();
    private final ReferenceSchema reference = ReferenceSchema.load();
    private SchemaScript script;
    private SchemaSnapshot models;
    private SchemaSnapshot expected;
    private List<Difference> differences;
    private Map<String, String> allowed;
    private final List<String> applyErrors = new ArrayList<>();

    @BeforeAll
    void applyBothSchemas(TestDatabase db) throws Exception {
        script = ModelSchema.of(catalog).schemaScript();
        Set<String> modelTables = new TreeSet<>();
        script.modules().forEach(module -> module.tables().forEach(table -> modelTables.add(table.name())));
        Set<String> referenceTables = new TreeSet<>(modelTables);
        referenceTables.retainAll(reference.tableNames());

        TestDatabase modelsDb = db.createSibling("models");
        Set<String> failedTables = new TreeSet<>();
        for (String statement : script.statements()) {
            try {
                modelsDb.execute(statement);
            } catch (IllegalStateException e) {
                if (failedTables.stream().anyMatch(table -> e.getMessage().contains("relation \"" + table + "\" does not exist"))) {
                    continue; // a consequence of the failed CREATE TABLE reported already
                }
                if (statement.startsWith("CREATE TABLE ")) {
                    failedTables.add(statement.substring("CREATE TABLE ".length(), statement.indexOf(' ', "CREATE TABLE ".length())));
                }
                applyErrors.add(statement.lines().findFirst().orElse(statement) + " -> " + e.getMessage().lines()
                        .filter(line -> line.contains("ERROR")).findFirst().orElse(e.getMessage()));
            }
        }
        TestDatabase referenceDb = db.createSibling("reference");
        referenceDb.execute(reference.ddl(referenceTables));
        try (Connection a = modelsDb.connection(); Connection b = referenceDb.connection()) {
            models = CatalogReader.read(a);
            expected = CatalogReader.read(b);
        }
        differences = SchemaDiff.compare(expected, models);
        allowed = allowList();
        System.out.println(report(modelTables));
    }

    @TestFactory
    Stream<DynamicTest> eachModuleMatchesTheReference() {
        return catalog.modules().stream().map(module -> DynamicTest.dynamicTest("module " + module.name(), () -> {
            Set<String> tables = tablesOf(module);
            assertThat(tables).as("tables of module %s", module.name())
                    .containsExactlyInAnyOrderElementsOf(MODULE_TABLES.getOrDefault(module.name(), Set.of()));
            List<String> unexplained = differences.stream()
                    .filter(difference -> difference.table() == null ? usesEnumOf(module, difference.object())
                            : tables.contains(difference.table()))
                    .map(Difference::toString)
                    .filter(text -> !allowed.containsKey(text))
                    .toList();
            assertThat(unexplained).as("differences from the reference in module %s", module.name()).isEmpty();
        }));
    }

    @Test
    void modelDdlAppliesWithoutErrors() {
        assertThat(applyErrors).as("statements of the models' DDL that PostgreSQL rejected").isEmpty();
    }

    @Test
    void everyModelTableIsAReferenceTable() {
        Set<String> unknown = new TreeSet<>(models.tables().keySet());
        unknown.removeAll(reference.tableNames());
        assertThat(unknown).as("tables the reference schema does not have").isEmpty();
    }

    @Test
    void allowListHoldsOnlyDifferencesThatStillOccur() {
        Set<String> occurring = differences.stream().map(Difference::toString).collect(Collectors.toSet());
        assertThat(allowed.keySet()).as("stale allow-list entries").allMatch(occurring::contains);
    }

    private Set<String> tablesOf(ModelModule module) {
        return script.modules().stream().filter(schema -> schema.module().equals(module.name()))
                .flatMap(schema -> schema.tables().stream()).map(SchemaScript.TableSchema::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private boolean usesEnumOf(ModelModule module, String enumType) {
        return script.modules().stream().filter(schema -> schema.module().equals(module.name()))
                .flatMap(schema -> schema.enumTypes().stream())
                .anyMatch(statement -> statement.startsWith("CREATE TYPE " + enumType + " "));
    }

    /** Counts of what matched, out of what the reference has, for the tables the models define. */
    private String report(Set<String> modelTables) {
        SchemaSnapshot reference = expected;
        int columns = 0;
        int primaryKeys = 0;
        int foreignKeys = 0;
        int uniques = 0;
        int checks = 0;
        int indexes = 0;
        int comments = 0;
        for (TableSnapshot table : reference.tables().values()) {
            columns += table.columns().size();
            primaryKeys += table.primaryKey() == null ? 0 : 1;
            foreignKeys += table.foreignKeys().size();
            uniques += table.uniqueConstraints().size();
            checks += table.checks().size();
            indexes += table.indexes().size();
            comments += (int) table.columns().stream().filter(column -> column.comment() != null).count();
        }
        Map<String, int[]> figures = new LinkedHashMap<>();
        figures.put("tables", new int[] {reference.tables().size(), count(Difference.Kind.TABLE)});
        figures.put("columns present", new int[] {columns, count(Difference.Kind.COLUMN)});
        figures.put("column order (tables)", new int[] {reference.tables().size(), count(Difference.Kind.COLUMN_ORDER)});
        figures.put("column types", new int[] {columns, count(Difference.Kind.COLUMN_TYPE)});
        figures.put("nullability", new int[] {columns, count(Difference.Kind.NULLABILITY)});
        figures.put("defaults", new int[] {columns, count(Difference.Kind.DEFAULT)});
        figures.put("comments", new int[] {comments, count(Difference.Kind.COMMENT)});
        figures.put("primary keys", new int[] {primaryKeys, count(Difference.Kind.PRIMARY_KEY)});
        figures.put("foreign keys", new int[] {foreignKeys, count(Difference.Kind.FOREIGN_KEY)});
        figures.put("unique constraints", new int[] {uniques, count(Difference.Kind.UNIQUE_CONSTRAINT)});
        figures.put("check constraints", new int[] {checks, count(Difference.Kind.CHECK_CONSTRAINT)});
        figures.put("indexes", new int[] {indexes, count(Difference.Kind.INDEX)});
        figures.put("enum types", new int[] {reference.enumTypes().size(), count(Difference.Kind.ENUM_TYPE)});
        StringBuilder text = new StringBuilder("Conformance of the models (" + String.join(", ", catalog.moduleNames())
                + ": " + modelTables.size() + " tables) with the reference schema\n");
        figures.forEach((name, pair) -> text.append(String.format("  %-24s %4d differing of %4d%n", name, pair[1], pair[0])));
        if (differences.isEmpty()) {
            text.append("  no differences\n");
        } else {
            differences.forEach(difference -> text.append("  ").append(difference)
                    .append(allowed.containsKey(difference.toString()) ? "   [allowed: " + allowed.get(difference.toString()) + "]" : "")
                    .append('\n'));
        }
        return text.toString();
    }

    private int count(Difference.Kind kind) {
        return (int) differences.stream().filter(difference -> difference.kind() == kind).count();
    }

    private static Map<String, String> allowList() throws IOException {
        Map<String, String> allowed = new LinkedHashMap<>();
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance-allow-list.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.lastIndexOf(" | ");
                allowed.put(line.substring(0, bar).trim(), line.substring(bar + 3).trim());
            }
        }
        return allowed;
    }
}
