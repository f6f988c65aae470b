package id.ac.ugm.aicare.model.langgraph;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.sensitive.SensitiveFieldAudit;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphAlert;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphExecution;
import id.ac.ugm.aicare.model.langgraph.execution.LangGraphNodeExecution;
import org.junit.jupiter.api.Test;

class LangGraphSensitiveFieldsTest {

    @Test
    void noSensitiveFieldOfAnyLangGraphEntityReachesToString() {
        assertThat(SensitiveFieldAudit.audit(new LangGraphModelModule().entityClasses())).isEmpty();
    }

    @Test
    void dataFlowingThroughTheGraphIsMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(LangGraphExecution.class))
                .contains("inputData", "outputData", "executionContext");
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(LangGraphNodeExecution.class))
                .contains("inputData", "outputData");
    }

    @Test
    void alertPayloadsAreMarkedSensitive() {
        assertThat(SensitiveFieldAudit.sensitiveFieldNames(LangGraphAlert.class)).contains("message", "alertContext");
    }
}
