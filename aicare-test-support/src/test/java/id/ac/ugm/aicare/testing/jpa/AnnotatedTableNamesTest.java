package id.ac.ugm.aicare.testing.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedTableNamesTest {

    @Test
    void namesTheTablesOfTheEntities() {
        assertThat(AnnotatedTableNames.of(List.of(Book.class, Author.class))).containsExactly("authors", "books");
    }

    @Test
    void aClassThatIsNotAnEntityWithATableFailsNamingIt() {
        assertThatThrownBy(() -> AnnotatedTableNames.of(List.of(Author.class, Isbn.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining(Isbn.class.getName());
    }
}
