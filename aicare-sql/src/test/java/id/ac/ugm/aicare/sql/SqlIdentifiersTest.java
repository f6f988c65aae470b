package id.ac.ugm.aicare.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlIdentifiersTest {

    @Test
    void plainLowerCaseNamesStayBare() {
        assertThat(SqlIdentifiers.quote("user_profiles")).isEqualTo("user_profiles");
        assertThat(SqlIdentifiers.quote("timestamp")).isEqualTo("timestamp");
    }

    @Test
    void reservedWordsAndMixedCaseAreQuoted() {
        assertThat(SqlIdentifiers.quote("user")).isEqualTo("\"user\"");
        assertThat(SqlIdentifiers.quote("order")).isEqualTo("\"order\"");
        assertThat(SqlIdentifiers.quote("CamelCase")).isEqualTo("\"CamelCase\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"users; DROP TABLE users", "na\"me", "it's", "a\u0000b", "", " users", "1abc", "a-b"})
    void hostileOrMalformedNamesAreRefused(String name) {
        assertThatThrownBy(() -> SqlIdentifiers.quote(name)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("Invalid identifier");
    }

    @Test
    void namesOverSixtyThreeBytesAreRefused() {
        assertThat(SqlIdentifiers.quote("a".repeat(63))).hasSize(63);
        assertThatThrownBy(() -> SqlIdentifiers.quote("a".repeat(64))).hasMessageContaining("63 bytes");
        assertThatThrownBy(() -> SqlIdentifiers.quote("é".repeat(32))).hasMessageContaining("63 bytes");
    }

    @Test
    void literalsDoubleTheirQuotes() {
        assertThat(SqlIdentifiers.literal("it's")).isEqualTo("'it''s'");
    }

    @Test
    void defaultNamesFollowPostgresTruncation() {
        assertThat(PostgresDefaultNames.foreignKey("user_profiles", java.util.List.of("user_id")))
                .isEqualTo("user_profiles_user_id_fkey");
        assertThat(PostgresDefaultNames.uniqueKey("users", java.util.List.of("check_in_code")))
                .isEqualTo("users_check_in_code_key");
        // PostgreSQL 16 names this constraint exactly so (checked against a server).
        assertThat(PostgresDefaultNames.foreignKey("intervention_plan_step_completions_long_table",
                java.util.List.of("intervention_plan_record_identifier")))
                .isEqualTo("intervention_plan_step_comple_intervention_plan_record_ide_fkey").hasSize(63);
    }
}
