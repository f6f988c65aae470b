package id.ac.ugm.aicare.testing.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTablesTest {

    @Test
    void namesTheTablesOfTheEntities() {
        assertThat(EntityTables.of(List.of(Book.class, Author.class))).containsExactly("authors", "books");
    }

    @Test
    void aClassThatIsNotAnEntityWithATableFailsNamingIt() {
        assertThatThrownBy(() -> EntityTables.of(List.of(Author.class, Isbn.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining(Isbn.class.getName());
    }
}
