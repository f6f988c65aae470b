package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.error.AicareException.Category;
import org.junit.jupiter.api.Test;

/** The one mapping from a failure's category to the exit code that README and --help document. */
class ExitCodesTest {

    @Test
    void eachCategoryHasItsDocumentedCode() {
        assertThat(ExitCodes.of(Category.USER_ERROR)).isEqualTo(2);
        assertThat(ExitCodes.of(Category.CONFLICT)).isEqualTo(1);
        assertThat(ExitCodes.of(Category.DATABASE_FAILURE)).isEqualTo(1);
        assertThat(ExitCodes.of(Category.BUG)).isEqualTo(70);
    }
}
