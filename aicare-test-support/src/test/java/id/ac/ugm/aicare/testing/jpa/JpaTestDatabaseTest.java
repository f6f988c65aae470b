package id.ac.ugm.aicare.testing.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JPA test database against real PostgreSQL, and the field comparer on what Hibernate reads back. */
@PostgresTest
class JpaTestDatabaseTest {

    private static JpaTestDatabase db;

    @BeforeAll
    static void createSchema(TestDatabase database) {
        db = JpaTestDatabase.create(database, Author.DDL, JpaTestDatabaseTest::factory);
    }

    @AfterAll
    static void close() {
        if (db != null) {
            db.close();
        }
    }

    static EntityManagerFactory factory(DataSource dataSource) {
        return new HibernatePersistenceConfiguration("test-support")
                .managedClasses(Author.class, Book.class)
                .property("hibernate.connection.datasource", dataSource)
                .createEntityManagerFactory();
    }

    @Test
    void theSchemaIsCreatedAndWorkIsCommitted() {
        Author author = db.persisted(new Author("Ayu"));
        assertThat(author.id).isNotNull();
        assertThat(db.queryText("SELECT name FROM authors WHERE id = ?", author.id)).isEqualTo("Ayu");
        String title = db.callInTransaction(em -> {
            Book book = new Book("Committed", em.getReference(Author.class, author.id), null);
            em.persist(book);
            return book.title;
        });
        assertThat(title).isEqualTo("Committed");
        assertThat(db.queryLong("SELECT count(*) FROM books WHERE title = ?", "Committed")).isOne();
    }

    @Test
    void failingWorkIsRolledBackAndTheFailureGoesToTheCaller() {
        assertThatThrownBy(() -> db.runInTransaction(em -> {
            em.persist(new Author("rolled back by an exception"));
            em.flush();
            throw new IllegalStateException("work failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("work failed");
        assertThatThrownBy(() -> db.runInTransaction(em -> {
            em.persist(new Author("rolled back by an assertion"));
            em.flush();
            throw new AssertionError("check failed");
        })).isInstanceOf(AssertionError.class).hasMessage("check failed");

        assertThat(db.queryLong("SELECT count(*) FROM authors WHERE name LIKE ?", "rolled back%")).isZero();
    }

    @Test
    void aRefusedRowIsNotQuotedInTheFailure() {
        db.persisted(new Author("secret-duplicate-name"));
        assertThatThrownBy(() -> db.persisted(new Author("secret-duplicate-name")))
                .hasStackTraceContaining("authors_name_key")
                .satisfies(failure -> assertThat(stackTrace(failure)).doesNotContain("secret-duplicate-name"));
    }

    private static String stackTrace(Throwable failure) {
        java.io.StringWriter trace = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(trace));
        return trace.toString();
    }

    @Test
    void findReadsInAFreshPersistenceContext() {
        Author written = db.persisted(new Author("Sari"));
        Author read = db.find(Author.class, written.id);
        assertThat(read).isNotSameAs(written);
        assertThat(db.entityManagerFactory().getPersistenceUnitUtil().isLoaded(read, "books")).isFalse();
        FieldComparer.exact().ignoring("books").assertSameValues(written, read);
    }

    @Test
    void aDetachedLazyLinkComparesByIdWithoutBeingLoaded() {
        Author author = db.persisted(new Author("Budi"));
        Book written = db.persisted(new Book("Lazy", author, new Isbn("978", "602")));
        Book read = db.find(Book.class, written.id);

        assertThat(Hibernate.isInitialized(read.author)).isFalse();
        assertThatCode(() -> FieldComparer.exact().assertSameValues(written, read)).doesNotThrowAnyException();
        assertThat(Hibernate.isInitialized(read.author)).isFalse();

        Book other = db.persisted(new Book("Lazy", db.persisted(new Author("Other")), new Isbn("978", "602")));
        other.id = written.id;
        assertThatThrownBy(() -> FieldComparer.exact().assertSameValues(other, read))
                .hasMessage("Book.author differs after reload");
    }

    @Test
    void aProxyReadBackIsComparedAsTheEntityBehindIt() {
        Author written = db.persisted(new Author("Proxied"));
        Book book = db.persisted(new Book("Child", written, null));
        written.books.add(book);
        db.runInTransaction(em -> {
            Author proxy = em.getReference(Author.class, written.id);
            assertThat(Hibernate.isInitialized(proxy)).isFalse();
            FieldComparer.exact().assertSameValues(written, proxy);
        });
        written.name = "Changed";
        assertThatThrownBy(() -> db.runInTransaction(em ->
                FieldComparer.exact().assertSameValues(written, em.getReference(Author.class, written.id))))
                .hasMessage("Author.name differs after reload");
    }

    @Test
    void closingClosesTheFactory(TestDatabase database) {
        TestDatabase scratch = database.createSibling("closing");
        JpaTestDatabase closing = JpaTestDatabase.create(scratch, Author.DDL, JpaTestDatabaseTest::factory);
        assertThat(closing.count("authors")).isZero();
        closing.close();
        assertThat(closing.entityManagerFactory().isOpen()).isFalse();
    }
}
