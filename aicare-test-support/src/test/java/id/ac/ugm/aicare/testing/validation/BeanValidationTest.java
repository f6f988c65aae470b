package id.ac.ugm.aicare.testing.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BeanValidationTest {

    static class Note {
        @NotBlank
        String text;

        @Size(max = 5)
        String tag;

        Note(String text, String tag) {
            this.text = text;
            this.tag = tag;
        }
    }

    @Test
    void aValidBeanViolatesNothing() {
        assertThat(BeanValidation.violatedPaths(new Note("fine", "ok"))).isEmpty();
    }

    @Test
    void theViolatedPathsAreNamed() {
        assertThat(BeanValidation.violatedPaths(new Note(" ", "too-long-tag"))).containsExactly("tag", "text");
        assertThat(BeanValidation.paths(BeanValidation.validator().validate(new Note(null, null))))
                .containsExactly("text");
    }

    @Test
    void theViolationIsFoundBehindAWrappingFailure() {
        ConstraintViolationException violation = refusal(new Note("", null));
        assertThat(BeanValidation.violationIn(new RuntimeException("commit failed", violation))).isSameAs(violation);
        assertThatThrownBy(() -> BeanValidation.violationIn(new RuntimeException("no violation")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> BeanValidation.violationIn(null)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aRefusalNamingEntityAndFieldPasses() {
        assertThatCode(() -> BeanValidation.assertRefusedNaming(refusal(new Note(" ", null)), Note.class, "text"))
                .doesNotThrowAnyException();
    }

    @Test
    void anotherFieldMoreViolationsOrNoRefusalFailWithoutTheValue() {
        String secret = "secret-tag-value";
        assertThatThrownBy(() -> BeanValidation.assertRefusedNaming(refusal(new Note("ok", secret)), Note.class, "text"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Note.tag").hasMessageNotContaining(secret);
        assertThatThrownBy(() -> BeanValidation.assertRefusedNaming(refusal(new Note("", secret)), Note.class, "text"))
                .isInstanceOf(AssertionError.class).hasMessageNotContaining(secret);
        assertThatThrownBy(() -> BeanValidation.assertRefusedNaming(new IllegalStateException(secret), Note.class, "text"))
                .isInstanceOf(AssertionError.class).hasMessageNotContaining(secret);
        assertThatThrownBy(() -> BeanValidation.assertRefusedNaming(null, Note.class, "text"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aRefusalWhoseMessageDoesNotNameTheEntityFails() {
        Set<ConstraintViolation<Note>> violations = BeanValidation.validator().validate(new Note("", null));
        assertThatThrownBy(() -> BeanValidation.assertRefusedNaming(
                new ConstraintViolationException("refused", violations), Note.class, "text"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("does not name");
    }

    /** A failure as Hibernate's pre-insert validation raises it: the message names class and property. */
    private static ConstraintViolationException refusal(Note note) {
        Set<ConstraintViolation<Note>> violations = BeanValidation.validator().validate(note);
        return new ConstraintViolationException("Validation failed for classes [" + Note.class.getName()
                + "] during persist time: " + BeanValidation.paths(violations), violations);
    }
}
