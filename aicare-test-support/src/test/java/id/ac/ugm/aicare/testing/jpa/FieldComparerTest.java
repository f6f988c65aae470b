package id.ac.ugm.aicare.testing.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison is not vacuous, and its failures name entity and field without the value. */
class FieldComparerTest {

    private final FieldComparer exact = FieldComparer.exact();

    @Test
    void aDifferingFieldFailsNamingEntityAndFieldButNotTheValue() {
        assertThatThrownBy(() -> exact.assertSameValues(author(1, "secret-name-a"), author(1, "secret-name-b")))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Author.name differs after reload")
                .hasMessageNotContaining("secret-name");
    }

    @Test
    void everyDifferingFieldIsNamed() {
        Author written = author(1, "Ayu");
        written.fee = new BigDecimal("10.25");
        Author read = author(2, "Ayu");
        read.fee = new BigDecimal("99.99");
        assertThatThrownBy(() -> exact.assertSameValues(written, read))
                .hasMessageContaining("Author.id differs after reload")
                .hasMessageContaining("Author.fee differs after reload")
                .hasMessageNotContaining("Author.name")
                .hasMessageNotContaining("10.25").hasMessageNotContaining("99.99");
    }

    @Test
    void equalValuesInOtherInstancesPass() {
        Author written = author(1, "Ayu");
        written.writtenAt = LocalDateTime.of(2025, 11, 17, 10, 0, 0, 123_456_000);
        written.fee = new BigDecimal("1.50");
        Author read = author(1, "Ayu");
        read.writtenAt = LocalDateTime.of(2025, 11, 17, 10, 0, 0, 123_456_000);
        read.fee = new BigDecimal("1.50");
        assertThatCode(() -> exact.assertSameValues(written, read)).doesNotThrowAnyException();
    }

    @Test
    void aDecimalKeepsItsScale() {
        Author written = author(1, "Ayu");
        written.fee = new BigDecimal("1.5");
        Author read = author(1, "Ayu");
        read.fee = new BigDecimal("1.50");
        assertThatThrownBy(() -> exact.assertSameValues(written, read)).hasMessage("Author.fee differs after reload");
    }

    @Test
    void aLinkComparesByTheIdOfWhatItPointsTo() {
        Book written = new Book("Title", author(1, "Ayu"), new Isbn("978", "1"));
        assertThatCode(() -> exact.assertSameValues(written, new Book("Title", author(1, "another name"),
                new Isbn("978", "1")))).doesNotThrowAnyException();
        assertThatThrownBy(() -> exact.assertSameValues(written, new Book("Title", author(2, "Ayu"),
                new Isbn("978", "1"))))
                .hasMessage("Book.author differs after reload");
    }

    @Test
    void anEmbeddableComparesFieldByField() {
        Book written = new Book("Title", null, new Isbn("978", "secret-1"));
        assertThatCode(() -> exact.assertSameValues(written, new Book("Title", null, new Isbn("978", "secret-1"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> exact.assertSameValues(written, new Book("Title", null, new Isbn("978", "secret-2"))))
                .hasMessage("Book.isbn.number differs after reload");
        assertThatThrownBy(() -> exact.assertSameValues(written, new Book("Title", null, null)))
                .hasMessage("Book.isbn differs after reload");
    }

    @Test
    void aListOfEntitiesComparesByTheirIdsInOrder() {
        Author written = author(1, "Ayu");
        written.books.addAll(List.of(book(10), book(11)));
        Author sameOrder = author(1, "Ayu");
        sameOrder.books.addAll(List.of(book(10), book(11)));
        Author otherOrder = author(1, "Ayu");
        otherOrder.books.addAll(List.of(book(11), book(10)));
        assertThatCode(() -> exact.assertSameValues(written, sameOrder)).doesNotThrowAnyException();
        assertThatThrownBy(() -> exact.assertSameValues(written, otherOrder))
                .hasMessage("Author.books differs after reload");
    }

    @Test
    void timesCompareToTheNanosecond() {
        Author written = author(1, "Ayu");
        written.writtenAt = LocalDateTime.of(2025, 11, 17, 10, 0, 0, 123_456_789);
        Author read = author(1, "Ayu");
        read.writtenAt = LocalDateTime.of(2025, 11, 17, 10, 0, 0, 123_456_000);
        assertThatThrownBy(() -> exact.assertSameValues(written, read)).hasMessage("Author.writtenAt differs after reload");
    }

    @Test
    void anIgnoredFieldIsLeftOutAndMustExist() {
        assertThatCode(() -> exact.ignoring("name").assertSameValues(author(1, "a"), author(1, "b")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> exact.ignoring("name").assertSameValues(author(1, "a"), author(2, "b")))
                .hasMessage("Author.id differs after reload");
        assertThatThrownBy(() -> exact.ignoring("nmae").assertSameValues(author(1, "a"), author(1, "a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nmae");
    }

    @Test
    void nothingReadBackOrAnotherClassFails() {
        assertThatThrownBy(() -> exact.assertSameValues(author(1, "a"), null))
                .isInstanceOf(AssertionError.class).hasMessage("No Author was read back");
        assertThatThrownBy(() -> exact.assertSameValues(author(1, "a"), book(1)))
                .isInstanceOf(AssertionError.class).hasMessage("Read back a Book for the written Author");
    }

    @Test
    void nullFieldsAndEmptyCollectionsAreListed() {
        Author author = author(1, "Ayu");
        assertThat(FieldComparer.nullFields(author)).containsExactlyInAnyOrder("writtenAt", "fee", "books");
        author.books.add(book(3));
        assertThat(FieldComparer.nullFields(author)).containsExactlyInAnyOrder("writtenAt", "fee");
    }

    static Author author(Integer id, String name) {
        Author author = new Author(name);
        author.id = id;
        return author;
    }

    private static Book book(Integer id) {
        Book book = new Book("Book " + id, null, null);
        book.id = id;
        return book;
    }
}
