package id.ac.ugm.aicare.model.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.campaigns.event.AgentName;
import id.ac.ugm.aicare.model.campaigns.event.Event;
import id.ac.ugm.aicare.testing.validation.BeanValidation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java side refuses a risk flag outside 0..3 before the database's CHECK constraint sees it. */
class EventRiskFlagValidationTest {

    private static final Validator validator = BeanValidation.validator();

    @ParameterizedTest
    @ValueSource(shorts = {0, 1, 2, 3})
    void aRiskFlagFromZeroToThreeIsValid(short riskFlag) {
        assertThat(validator.validate(event(riskFlag))).isEmpty();
    }

    @Test
    void noRiskFlagAtAllIsValid() {
        assertThat(validator.validate(event(null))).isEmpty();
    }

    @Test
    void aRiskFlagAboveThreeIsRejectedNamingTheField() {
        Set<ConstraintViolation<Event>> violations = validator.validate(event((short) 4));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("riskFlag");
            assertThat(violation.getConstraintDescriptor().getAnnotation()).isInstanceOf(Max.class);
            assertThat(violation.getInvalidValue()).isEqualTo((short) 4);
        });
    }

    @Test
    void aNegativeRiskFlagIsRejectedNamingTheField() {
        Set<ConstraintViolation<Event>> violations = validator.validate(event((short) -1));

        assertThat(violations).singleElement().satisfies(violation -> {
            assertThat(violation.getPropertyPath()).hasToString("riskFlag");
            assertThat(violation.getConstraintDescriptor().getAnnotation()).isInstanceOf(Min.class);
        });
    }

    @Test
    void theJavaRangeIsTheRangeOfTheCheckConstraint() {
        assertThat(Event.MIN_RISK_FLAG).isZero();
        assertThat(Event.MAX_RISK_FLAG).isEqualTo(3);
        assertThat(Event.RISK_FLAG_RANGE).isEqualTo("events_risk_flag_range");
    }

    private static Event event(Short riskFlag) {
        Event event = new Event(AgentName.STA, "triage", "0f3c9a");
        event.setRiskFlag(riskFlag);
        return event;
    }
}
