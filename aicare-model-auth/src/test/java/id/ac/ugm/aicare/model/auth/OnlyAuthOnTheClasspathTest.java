package id.ac.ugm.aicare.model.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** This module's test classpath is what a consumer with only the auth jar has. */
class OnlyAuthOnTheClasspathTest {

    @Test
    void aConsumerWithOnlyTheAuthJarGetsOnlyTheAuthTables() {
        SchemaScript script = ModelSchema.of(ModelCatalog.discover()).schemaScript();
        assertThat(script.modules()).extracting(SchemaScript.ModuleSchema::module).containsExactly("auth");
        List<String> tables = script.modules().get(0).tables().stream().map(SchemaScript.TableSchema::name).toList();
        assertThat(tables).containsExactlyInAnyOrder("users", "user_profiles", "user_sessions", "user_audit_log",
                "user_clinical_records", "user_preferences", "user_emergency_contacts", "user_consent_ledger",
                "agent_users");
    }
}
