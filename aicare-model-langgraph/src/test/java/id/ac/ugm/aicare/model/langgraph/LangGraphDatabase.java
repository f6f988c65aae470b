package id.ac.ugm.aicare.model.langgraph;

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
import java.util.function.Consumer;
import java.util.function.Function;

/** Test plumbing: the langgraph schema (with campaigns, clinical and auth under it) in a test database, plus a few SQL probes. */
final class LangGraphDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final EntityManagerFactory factory;

    private LangGraphDatabase(TestDatabase database, EntityManagerFactory factory) {
        this.database = database;
        this.factory = factory;
    }

    /** Creates the tables the rendered DDL of the modules on the classpath (auth, clinical, campaigns, langgraph) holds. */
    static LangGraphDatabase create(TestDatabase database) {
        ModelCatalog catalog = ModelCatalog.discover();
        assertThat(catalog.moduleNames()).containsExactly("auth", "clinical", "campaigns", "langgraph");
        database.execute(catalog.ddl());
        return new LangGraphDatabase(database, catalog.entityManagerFactory(database.dataSource()));
    }

    TestDatabase database() {
        return database;
    }

    /** Runs {@code work} in a new persistence context and transaction, committing at the end. */
    <T> T inTransaction(Function<EntityManager, T> work) {
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

    /** The entity with that key, read in a fresh persistence context of its own. */
    <T> T find(Class<T> type, Object id) {
        return inTransaction(em -> em.find(type, id));
    }

    void runInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /**
     * Inserts a user straight into {@code users} (every NOT NULL column without a default) and
     * returns its id, so these tests do not depend on how the auth module builds a user.
     */
    int insertUser(String email) {
        return Integer.parseInt(queryText("INSERT INTO users (email, sentiment_score, role, email_verified, is_active, "
                + "current_streak, longest_streak, allow_email_checkins, consent_data_sharing, consent_research, "
                + "consent_emergency_contact, consent_marketing) VALUES ('" + email + "', 0.0, 'user', false, true, "
                + "0, 0, true, false, false, false, false) RETURNING id"));
    }

    /** The first column of the single row a query returns, as text. */
    String queryText(String sql) {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).as("a row from: %s", sql).isTrue();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
