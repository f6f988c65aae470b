package id.ac.ugm.aicare.model.clinical;

import id.ac.ugm.aicare.model.auth.agent.AgentRole;
import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.schema.engine.model.ModelCatalog;
import id.ac.ugm.aicare.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A test database holding the schema of every module on the test classpath (auth and clinical). */
final class ClinicalSchema implements AutoCloseable {

    private final TestDatabase database;
    private final EntityManagerFactory entityManagerFactory;

    private ClinicalSchema(TestDatabase database, EntityManagerFactory entityManagerFactory) {
        this.database = database;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Creates the tables from the models' DDL and opens an entity manager factory on them. */
    static ClinicalSchema create(TestDatabase database) {
        ModelCatalog catalog = ModelCatalog.discover();
        database.execute(catalog.ddl());
        return new ClinicalSchema(database, catalog.entityManagerFactory(database.dataSource()));
    }

    EntityManagerFactory emf() {
        return entityManagerFactory;
    }

    TestDatabase database() {
        return database;
    }

    /** A persisted user with that e-mail address. */
    User newUser(String email) {
        return entityManagerFactory.callInTransaction(em -> {
            User user = new User(email);
            em.persist(user);
            return user;
        });
    }

    /** A persisted counselor identity. */
    AgentUser newCounselor(String id) {
        return entityManagerFactory.callInTransaction(em -> {
            AgentUser agent = new AgentUser(id, AgentRole.COUNSELOR);
            em.persist(agent);
            return agent;
        });
    }

    /** The single value a query returns, read over plain JDBC (not through Hibernate). */
    Object queryValue(String sql) {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    long count(String table) {
        return ((Number) queryValue("SELECT count(*) FROM " + table)).longValue();
    }

    @Override
    public void close() {
        entityManagerFactory.close();
    }
}
