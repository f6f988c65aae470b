package id.ac.ugm.aicare.schema.engine.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.catalog.CatalogReader;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.engine.ddl.hostile.BackslashDefaultModule;
import id.ac.ugm.aicare.schema.engine.ddl.hostile.HostileTextModule;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.model.ModelMappingException;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rendered DDL means what the models say whatever {@code standard_conforming_strings} is:
 * comments and enum labels holding a backslash-quote are stored as written when the script runs on
 * a session with the setting off, and a model default whose string would read differently there is
 * a mapping error naming the column.
 */
@PostgresTest
class HostileModelTextTest {

    @Test
    void commentsAndEnumLabelsWithBackslashQuoteSurviveStandardConformingStringsOff(TestDatabase database)
            throws Exception {
        String ddl = ModelSchema.of(ModelCatalog.of(List.of(new HostileTextModule()))).ddl();
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE victim (id int)");
            statement.execute("SET standard_conforming_strings = off");
            statement.execute(ddl);
            SchemaSnapshot after = CatalogReader.read(connection);
            assertThat(after.table("victim")).isNotNull();
            assertThat(after.table("backslash_notes").comment()).isEqualTo("x\\'; DROP TABLE victim; --");
            assertThat(after.enumTypes().get("backslash_kind")).containsExactly("z\\'); DROP TABLE victim; --", "plain");
        }
    }

    @Test
    void aModelDefaultThatReadsDifferentlyWithTheSettingOffIsAMappingError() {
        assertThatThrownBy(() -> ModelSchema.of(ModelCatalog.of(List.of(new BackslashDefaultModule()))).ddl())
                .isInstanceOf(ModelMappingException.class)
                .hasMessageContaining("sly_defaults.body")
                .hasMessageContaining("standard_conforming_strings");
    }
}
