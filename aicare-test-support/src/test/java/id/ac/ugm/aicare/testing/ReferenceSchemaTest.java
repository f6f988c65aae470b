package id.ac.ugm.aicare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class ReferenceSchemaTest {

    private final ReferenceSchema reference = ReferenceSchema.load();

    @Test
    void rendersAllSixtyNineTablesThatPostgresAccepts(TestDatabase db) throws Exception {
        db.execute(reference.ddl());
        try (Connection connection = db.connection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT"
                     + " (SELECT count(*) FROM pg_tables WHERE schemaname = 'public'),"
                     + " (SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'),"
                     + " (SELECT count(*) FROM pg_constraint WHERE contype = 'f'),"
                     + " (SELECT count(*) FROM pg_type WHERE typtype = 'e')")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(69);
            assertThat(rows.getInt(2)).isEqualTo(839);
            assertThat(rows.getInt(3)).isEqualTo(75);
            assertThat(rows.getInt(4)).isEqualTo(14);
        }
        assertThat(reference.tableNames()).hasSize(69);
        assertThat(reference.columnCount(reference.tableNames())).isEqualTo(839);
    }

    @Test
    void seedGroupsListTheTablesOfAModule() {
        assertThat(reference.seedGroup("Gamification")).hasSize(9).contains("quest_templates", "user_badges");
        assertThat(reference.seedGroup("Mental Health")).hasSize(15).doesNotContain("user_summaries");
        assertThatThrownBy(() -> reference.seedGroup("No such group"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Gamification");
    }

    @Test
    void enumLabelsAreInTheirDeclaredOrder() {
        assertThat(reference.enumLabels("agent_role_enum")).isEqualTo(List.of("admin", "counselor", "operator", "student"));
        assertThatThrownBy(() -> reference.enumLabels("no_such_enum")).isInstanceOf(IllegalArgumentException.class);
    }
}
