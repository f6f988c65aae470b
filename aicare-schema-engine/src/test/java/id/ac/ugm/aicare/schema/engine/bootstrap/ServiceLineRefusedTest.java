package id.ac.ugm.aicare.schema.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.StatementLog;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class ServiceLineRefusedTest {

    private static List<String> refused(TestDatabase db, ServiceLine line, String message) throws Exception {
        return StatementLog.of(db).during(() -> assertThatThrownBy(() -> SchemaBootstrap.configure(db.dataSource())
                .catalog(Fixtures.catalog()).serviceLines(List.of(line)).load().migrate())
                .isInstanceOf(SchemaBootstrapException.class).hasMessage(message));
    }

    private static ServiceLine line(String name, String location, String... buildsOn) {
        return ServiceLine.of(name, location, List.of(buildsOn), ServiceLineRefusedTest.class.getClassLoader());
    }

    @Test
    void aLineOnAModuleOutsideTheCatalogIsRefusedBeforeAnySql(TestDatabase db) throws Exception {
        assertThat(refused(db, line("journal", "classpath:db/aicare_service/fx_journal", "clinical"),
                "service line journal builds on module clinical, which is not among the modules (fx_accounts, fx_notes)"))
                .isEmpty();
    }

    @Test
    void aLineWhoseLocationDoesNotExistIsRefusedBeforeAnySql(TestDatabase db) throws Exception {
        assertThat(refused(db, line("journal", "filesystem:/no/such/dir", "fx_notes"),
                "service line journal: migration location filesystem:/no/such/dir does not exist")).isEmpty();
    }

    @Test
    void aLineNamedLikeAModuleIsRefusedBeforeAnySql(TestDatabase db) throws Exception {
        assertThat(refused(db, line("fx_notes", "classpath:db/aicare_service/fx_journal", "fx_notes"),
                "service line fx_notes has the name of a model module; give it a name of its own")).isEmpty();
    }

    @Test
    void aLineWithANameThatIsNotAnIdentifierIsRefusedBeforeAnySql(TestDatabase db) throws Exception {
        assertThat(refused(db, line("Journal; DROP", "classpath:db/aicare_service/fx_journal", "fx_notes"),
                "service line name 'Journal; DROP' is not of the form [a-z][a-z0-9_]*")).isEmpty();
    }
}
