package id.ac.ugm.aicare.model.content;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.engine.model.ModelCatalog;
import id.ac.ugm.aicare.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Test plumbing: the content schema (with auth and clinical under it) in a test database, and SQL probes. */
final class ContentSchema {

    private ContentSchema() {
    }

    /** Creates the content tables and everything they depend on; returns a factory over them. */
    static EntityManagerFactory create(TestDatabase database) {
        ModelCatalog catalog = ModelCatalog.discover().select(List.of("content"));
        database.execute(catalog.ddl());
        return catalog.entityManagerFactory(database.dataSource());
    }

    /** Runs {@code work} in a new entity manager and transaction, committing at the end. */
    static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    static void inTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
        inTransaction(factory, em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * Inserts a user straight into {@code users} (every NOT NULL column the table has) and returns
     * its id, so these tests do not depend on how the auth module builds a user.
     */
    static int insertUser(TestDatabase database, String email) {
        return insertReturningId(database, "INSERT INTO users (email, sentiment_score, role, email_verified, "
                + "is_active, current_streak, longest_streak, allow_email_checkins, consent_data_sharing, "
                + "consent_research, consent_emergency_contact, consent_marketing) "
                + "VALUES (?, 0.0, 'user', false, true, 0, 0, true, false, false, false, false) RETURNING id", email);
    }

    /** Inserts a psychologist straight into {@code psychologists} and returns its id. */
    static int insertPsychologist(TestDatabase database, String name) {
        return insertReturningId(database, "INSERT INTO psychologists (name, is_available, created_at, updated_at) "
                + "VALUES (?, true, now(), now()) RETURNING id", name);
    }

    private static int insertReturningId(TestDatabase database, String sql, String value) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot insert test fixture: " + e.getMessage(), e);
        }
    }

    /** The single value a query returns (as text), or null. */
    static String queryText(TestDatabase database, String sql) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as("a row from: %s", sql).isTrue();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    static long count(TestDatabase database, String table) {
        return Long.parseLong(queryText(database, "SELECT count(*) FROM " + table));
    }
}
