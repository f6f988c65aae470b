package id.ac.ugm.aicare.testing.jpa;

import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.JdbcTestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A test database holding a schema, with an entity manager factory over it: work in a transaction
 * of its own, an entity read back in a fresh persistence context, and (inherited) the SQL probes
 * that look at the rows themselves.
 *
 * <p>It knows nothing of where the schema comes from, so it serves the schema engine's own tests as
 * well as the model modules'. A model module's test hands over its catalog:
 *
 * <pre>{@code
 * ModelCatalog catalog = ModelCatalog.discover();
 * JpaTestDatabase db = JpaTestDatabase.create(testDatabase, ModelSchema.of(catalog).ddl(), catalog::entityManagerFactory);
 * }</pre>
 *
 * Close it (in {@code @AfterAll}) to close the factory; the database itself goes with the test class.
 */
public class JpaTestDatabase extends JdbcTestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;

    protected JpaTestDatabase(TestDatabase database, EntityManagerFactory factory) {
        super(database);
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Runs the DDL on the (empty) database, then opens an entity manager factory on it.
     *
     * @param database the test class's database
     * @param ddl      the schema, as one script
     * @param factory  builds the entity manager factory over a data source of the database (one
     *                 whose errors leave out PostgreSQL's DETAIL line, which quotes row values)
     */
    public static JpaTestDatabase create(TestDatabase database, String ddl,
                                         Function<DataSource, EntityManagerFactory> factory) {
        database.execute(ddl);
        return new JpaTestDatabase(database, factory.apply(database.dataSourceWithoutErrorDetail()));
    }

    public EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    /**
     * Runs {@code work} in a new persistence context and transaction and commits. If the work or
     * the commit fails, the transaction is rolled back and the failure (an assertion error too)
     * goes to the caller as it was thrown.
     */
    public <T> T callInTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    /** {@link #callInTransaction} for work without a result. */
    public void runInTransaction(Consumer<EntityManager> work) {
        callInTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Persists the entity in a transaction of its own and returns it (with its generated key). */
    public <T> T persisted(T entity) {
        runInTransaction(em -> em.persist(entity));
        return entity;
    }

    /** The entity with that key, read in a fresh persistence context of its own (so detached). */
    public <T> T find(Class<T> type, Object id) {
        return callInTransaction(em -> em.find(type, id));
    }

    @Override
    public void close() {
        factory.close();
    }
}
