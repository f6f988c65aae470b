package id.ac.ugm.aicare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

@PostgresTest
class PostgresMajorTest {

    @Test
    void theServerTheTestsGetIsOfTheRequestedMajor(TestDatabase database) {
        OptionalInt requested = PostgresMajor.requested();
        int actual = database.server().majorVersion();
        assertThat(actual).isEqualTo(requested.orElse(actual)).isBetween(PostgresMajor.OLDEST, PostgresMajor.NEWEST);
    }

    @Test
    void noPropertyRequestsNoMajor() {
        assertThat(PostgresMajor.parse(null)).isEmpty();
        assertThat(PostgresMajor.parse(" ")).isEmpty();
    }

    @Test
    void aSupportedMajorIsRequested() {
        assertThat(PostgresMajor.parse("14")).hasValue(14);
        assertThat(PostgresMajor.parse("18")).hasValue(18);
    }

    @Test
    void anUnsupportedMajorIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> PostgresMajor.parse("13"))
                .hasMessage("aicare.test.pg must be a PostgreSQL major from 14 to 18, got '13'");
        assertThatThrownBy(() -> PostgresMajor.parse("sixteen"))
                .hasMessage("aicare.test.pg must be a PostgreSQL major from 14 to 18, got 'sixteen'");
    }

    @Test
    void aServerOfAnotherMajorIsAnErrorSayingHowToGetTheRightBinaries() {
        assertThatThrownBy(() -> PostgresMajor.check(OptionalInt.of(14), 16, "embedded"))
                .hasMessageStartingWith("aicare.test.pg=14 asks for PostgreSQL 14 but the embedded test server is "
                        + "PostgreSQL 16")
                .hasMessageContaining("run Maven itself with -Daicare.test.pg=14");
    }

    @Test
    void anyMajorIsAcceptedWhenNoneIsRequested() {
        assertThatCode(() -> PostgresMajor.check(OptionalInt.empty(), 17, "external")).doesNotThrowAnyException();
        assertThatCode(() -> PostgresMajor.check(OptionalInt.of(17), 17, "external")).doesNotThrowAnyException();
    }
}
