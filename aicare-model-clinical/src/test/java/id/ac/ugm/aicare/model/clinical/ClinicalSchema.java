package id.ac.ugm.aicare.model.clinical;

import id.ac.ugm.aicare.model.auth.agent.AgentRole;
import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;

/** The schema of every module on the test classpath (auth and clinical) in a test database, and the people in it. */
final class ClinicalSchema {

    private ClinicalSchema() {
    }

    static JpaTestDatabase create(TestDatabase database) {
        ModelCatalog catalog = ModelCatalog.discover();
        return JpaTestDatabase.create(database, ModelSchema.of(catalog).ddl(), catalog::entityManagerFactory);
    }

    /** A persisted user with that e-mail address. */
    static User newUser(JpaTestDatabase db, String email) {
        return db.persisted(new User(email));
    }

    /** A persisted counselor identity. */
    static AgentUser newCounselor(JpaTestDatabase db, String id) {
        return db.persisted(new AgentUser(id, AgentRole.COUNSELOR));
    }
}
