package id.ac.ugm.aicare.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.ac.ugm.aicare.schema.lint.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceholdersTest {

    private static final String SCHEMA_QUALIFIED = """
            CREATE TABLE ${schema}.journal (id bigint);
            ALTER TABLE ${schema}.journal ADD COLUMN mood text;
            """;

    @TempDir
    Path dir;

    private static List<Finding> lint(Placeholders placeholders, String fileName, String sql) {
        return MigrationLinter.builder().parallelism(1).placeholders(placeholders).build()
                .lintSql(Path.of(fileName), sql).findings();
    }

    @Test
    void placeholderWithAValueIsReplacedBeforeTheRulesRun() {
        List<Finding> findings = lint(Placeholders.flywayDefaults().with("schema", "app"), "V1__a.sql", SCHEMA_QUALIFIED);
        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::column).containsExactly(
                tuple("prefer-robust-stmts", 1, 1),
                tuple("prefer-robust-stmts", 2, 31));
    }

    @Test
    void placeholderWithoutAValueIsAnErrorAndTheFileIsStillLinted() {
        List<Finding> findings = lint(Placeholders.flywayDefaults(), "V1__a.sql", SCHEMA_QUALIFIED);
        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::line, Finding::column).containsExactly(
                tuple("prefer-robust-stmts", Severity.ERROR, 1, 1),
                tuple("unresolved-placeholder", Severity.ERROR, 1, 14),
                tuple("prefer-robust-stmts", Severity.ERROR, 2, 31));
        assertThat(findings.get(1).message())
                .isEqualTo("no value for placeholder ${schema}: Flyway refuses to run this file (linted with 'schema' in its place)");
    }

    @Test
    void columnsAfterAValueOfAnotherLengthPointIntoTheFileAsWritten() {
        String sql = "ALTER TABLE ${s}.a ADD COLUMN b int, ADD COLUMN c text;\n";
        List<Finding> findings = lint(Placeholders.flywayDefaults().with("s", "a_much_longer_schema_name"), "V1__a.sql", sql);
        assertThat(findings).filteredOn(f -> f.rule().equals("prefer-robust-stmts"))
                .extracting(Finding::column).containsExactly(20, 38);
        assertThat(sql.substring(19, 22)).isEqualTo("ADD");
        assertThat(sql.substring(37, 40)).isEqualTo("ADD");
    }

    @Test
    void aValueWithLineBreaksKeepsTheLinesOfLaterFindings() {
        String sql = "${prelude}\nCREATE TABLE t (id bigint);\n";
        List<Finding> findings = lint(Placeholders.flywayDefaults().with("prelude", "SET lock_timeout = '5s';\nSET statement_timeout = '1min';"),
                "V1__a.sql", sql);
        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("prefer-robust-stmts", 2, 1));
    }

    @Test
    void flywaysOwnPlaceholdersAlwaysHaveAValue() {
        String sql = """
                CREATE TABLE IF NOT EXISTS ${flyway:defaultSchema}.audit (id bigint, file text DEFAULT '${flyway:filename}');
                COMMENT ON TABLE ${flyway:defaultSchema}.audit IS 'by ${flyway:user} at ${flyway:timestamp} in ${flyway:database}';
                """;
        assertThat(lint(Placeholders.flywayDefaults(), "V1__a.sql", sql)).isEmpty();
    }

    @Test
    void eachMissingNameIsReportedOnceWhereItFirstAppears() {
        String sql = "CREATE TABLE IF NOT EXISTS ${a}.t (id bigint);\nCREATE TABLE IF NOT EXISTS ${a}.u (id bigint);\n"
                + "CREATE TABLE IF NOT EXISTS ${b}.v (id bigint);\n";
        assertThat(lint(Placeholders.flywayDefaults(), "V1__a.sql", sql))
                .extracting(Finding::rule, Finding::line).containsExactly(
                        tuple("unresolved-placeholder", 1), tuple("unresolved-placeholder", 3));
    }

    @Test
    void aPrefixWithoutSuffixIsReported() {
        // Flyway swallows the rest of the file into the name, so the string is never closed either.
        List<Finding> findings = lint(Placeholders.flywayDefaults(), "V1__a.sql", "SELECT 1;\nSELECT '${oops';\n");
        assertThat(findings).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("syntax-error", 2, 8), tuple("unresolved-placeholder", 2, 9));
        assertThat(findings.get(1).message()).isEqualTo("placeholder ${oops';\n has no closing }: Flyway reads to the end of the file and refuses it".replace("\n", "\\u000a"));
    }

    @Test
    void valuesNeverAppearInFindings() {
        String sql = "CREATE ROLE app PASSWORD '${app_password}';\nCREATE TABLE ${missing}.t (id bigint);\n";
        List<Finding> findings = lint(Placeholders.flywayDefaults().with("app_password", "s3cr3t-Value"), "V1__a.sql", sql);
        assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.message() + f.hint()).doesNotContain("s3cr3t-Value"));
    }

    @Test
    void replacementCanBeSwitchedOff() {
        assertThat(lint(Placeholders.none(), "V1__a.sql", "SELECT '${not_a_placeholder}';\n")).isEmpty();
    }

    @Test
    void flywayConfFileGivesPlaceholdersPrefixAndSuffix() throws Exception {
        Path conf = Files.writeString(dir.resolve("flyway.conf"), """
                # the deployment's settings
                flyway.url=jdbc:postgresql://db:5432/journal?ssl=true
                flyway.placeholderPrefix=#[
                flyway.placeholderSuffix=]
                flyway.placeholders.schema = app
                flyway.placeholders.owner=journal_\\
                  owner
                """);
        Placeholders placeholders = Placeholders.load(conf);
        assertThat(placeholders.prefix()).isEqualTo("#[");
        assertThat(placeholders.values()).containsEntry("schema", "app").containsEntry("owner", "journal_owner");
        assertThat(placeholders.valueOf("flyway:database", "V1__a.sql")).contains("journal");
        assertThat(lint(placeholders, "V1__a.sql", "CREATE TABLE IF NOT EXISTS #[schema].t (id bigint);\nSELECT '${x}';\n")).isEmpty();
    }

    @Test
    void springBootPropertiesAreReadToo() throws Exception {
        Path properties = Files.writeString(dir.resolve("application.properties"), """
                spring.datasource.url=jdbc:postgresql://db/app
                spring.flyway.placeholders.schema=app
                spring.flyway.placeholder-replacement=true
                spring.flyway.default-schema=app
                """);
        Placeholders placeholders = Placeholders.load(properties);
        assertThat(placeholders.values()).containsExactly(java.util.Map.entry("schema", "app"));
        assertThat(placeholders.valueOf("flyway:defaultSchema", "V1__a.sql")).contains("app");
    }

    @Test
    void flywayTomlGivesPlaceholders() throws Exception {
        Path toml = Files.writeString(dir.resolve("flyway.toml"), """
                [environments.default]
                url = "jdbc:postgresql://db/app"
                schemas = ["app", "audit"]

                [flyway]
                locations = ["filesystem:db/migration"]
                placeholderReplacement = true  # the default
                defaultSchema = 'app'

                [flyway.placeholders]
                schema = "app"
                "quoted.name" = "x\\u0041"
                """);
        Placeholders placeholders = Placeholders.load(toml);
        assertThat(placeholders.values()).containsEntry("schema", "app").containsEntry("quoted.name", "xA");
        assertThat(placeholders.valueOf("flyway:defaultSchema", "V1__a.sql")).contains("app");
    }

    @Test
    void badConfigFilesAreOneLineErrorsNamingTheFile() throws Exception {
        Path toml = Files.writeString(dir.resolve("flyway.toml"), "[flyway.placeholders\nschema = \"app\"\n");
        assertThatThrownBy(() -> Placeholders.load(toml)).isInstanceOf(LintConfigException.class)
                .hasMessage(toml + ":1: table header has no closing ]");
        Path array = Files.writeString(dir.resolve("other.toml"), "[flyway.placeholders]\nschema = [\"app\"]\n");
        assertThatThrownBy(() -> Placeholders.load(array))
                .hasMessage(array + ":2: flyway.placeholders.schema must be a string, number or boolean");
        Path yaml = Files.writeString(dir.resolve("application.yml"), "spring: {}\n");
        assertThatThrownBy(() -> Placeholders.load(yaml))
                .hasMessage(yaml + ": not a Flyway config file; expected flyway.conf, *.properties or flyway.toml");
        assertThatThrownBy(() -> Placeholders.load(dir.resolve("missing.conf")))
                .hasMessage("Flyway config file not found: " + dir.resolve("missing.conf"));
        assertThatThrownBy(() -> Placeholders.flywayDefaults().with("", "x"))
                .hasMessage("placeholder name is empty; write -P name=value");
    }
}
