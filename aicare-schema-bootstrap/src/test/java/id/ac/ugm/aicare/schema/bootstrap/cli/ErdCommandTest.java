package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErdCommandTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void drawsAModuleAsAMermaidErDiagramByDefault() {
        CliRun run = run("erd", "--module", "auth");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("erDiagram\n").contains("    users {\n        integer id PK\n    }\n")
                .contains("    users ||--o{ user_sessions : \"user_id\"\n");
    }

    @Test
    void drawsGraphvizDotOnRequest() {
        CliRun run = run("erd", "--module", "auth", "--format", "dot");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("digraph erd {\n")
                .contains("    user_sessions -> users [label=\"user_id\"];\n").endsWith("}\n");
    }

    @Test
    void printsTheSameBytesOnEveryRun() {
        assertThat(run("erd").out()).isEqualTo(run("erd").out());
    }

    @Test
    void anUnknownModuleIsAOneLineErrorNamingTheModulesThereAre() {
        CliRun run = run("erd", "--module", "billing");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("aicare-schema erd: Unknown module 'billing'; the classpath has: auth,")
                .hasLineCount(1);
    }

    @Test
    void anUnknownFormatIsAUsageErrorNamingTheOption() {
        CliRun run = run("erd", "--format", "png");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'--format'").contains("png").doesNotContain("\tat ");
    }
}
