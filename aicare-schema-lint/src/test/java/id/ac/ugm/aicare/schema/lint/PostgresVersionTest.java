package id.ac.ugm.aicare.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --pg-version}: rules whose answer depends on the server's major version. */
class PostgresVersionTest {

    private static final String ADD_WITH_CONSTANT_DEFAULT =
            "SET lock_timeout = '5s';\nSET statement_timeout = '1min';\nALTER TABLE post ADD COLUMN IF NOT EXISTS score int8 DEFAULT 0;\n";

    private static List<String> rules(MigrationLinter.Builder builder, String sql) {
        return builder.parallelism(1).build().lintSql(Path.of("V2__x.sql"), sql).findings().stream().map(Finding::rule).toList();
    }

    @Test
    void aConstantDefaultRewritesTheTableOnlyBeforePostgres11() {
        assertThat(rules(MigrationLinter.builder().postgresVersion(10), ADD_WITH_CONSTANT_DEFAULT))
                .containsExactly("adding-field-with-default");
        assertThat(rules(MigrationLinter.builder().postgresVersion(11), ADD_WITH_CONSTANT_DEFAULT)).isEmpty();
        assertThat(rules(MigrationLinter.builder(), ADD_WITH_CONSTANT_DEFAULT)).isEmpty();
        assertThat(rules(MigrationLinter.builder().postgresVersion(10),
                "SET lock_timeout = '5s';\nSET statement_timeout = '1min';\nALTER TABLE post ADD COLUMN IF NOT EXISTS note text DEFAULT NULL;\n"))
                .isEmpty();
    }

    @Test
    void aVersionThatIsNoMajorIsAOneLineError() {
        assertThatThrownBy(() -> MigrationLinter.builder().postgresVersion(160)).isInstanceOf(LintConfigException.class)
                .hasMessage("--pg-version 160: not a PostgreSQL major version (9 to 99)");
    }
}
