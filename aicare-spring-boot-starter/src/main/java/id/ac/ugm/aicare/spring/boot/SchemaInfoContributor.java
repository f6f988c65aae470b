package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.error.AicareException;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/** Adds {@code aicare.schema} to the info endpoint: each module's and line's versions, pending, failed and drift. */
final class SchemaInfoContributor implements InfoContributor {

    private final SchemaStatusCache status;

    SchemaInfoContributor(SchemaStatusCache status) {
        this.status = status;
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> details;
        try {
            details = SchemaStatusDetails.details(status.status());
        } catch (AicareException e) {
            details = Map.of("error", e.getMessage());
        }
        builder.withDetail("aicare", Map.of("schema", details));
    }
}
