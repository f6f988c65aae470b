package id.ac.ugm.aicare.model.clinical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.auth.agent.AgentUser;
import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.clinical.cases.Case;
import id.ac.ugm.aicare.model.clinical.cases.CaseAssignment;
import id.ac.ugm.aicare.model.clinical.cases.CaseNote;
import id.ac.ugm.aicare.model.clinical.cases.CaseSeverity;
import id.ac.ugm.aicare.model.clinical.cases.CaseStatus;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.PersistenceUnitUtil;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.hibernate.LazyInitializationException;
import org.hibernate.loader.MultipleBagFetchException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Child collections are read-only views (changes go through {@code addX}/{@code removeX}, which
 * keep both sides in step), so {@code Hibernate.initialize(c.getNotes())} sees the view, not
 * Hibernate's collection, and loads nothing (nor does JPA's {@code PersistenceUnitUtil.load}, which
 * Hibernate 7.4 applies to lazy basic attributes only). What does load them, as docs/MODELLING.md
 * says: an entity graph, a {@code JOIN FETCH}, or reading the view inside the transaction; and
 * both of {@code Case}'s lists, which one query cannot fetch together, one query each.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildCollectionLoadingTest {

    @AutoClose
    private JpaTestDatabase db;
    private UUID caseId;

    @BeforeAll
    void createACaseWithTwoNotesAndOneAssignment(TestDatabase database) {
        db = ClinicalSchema.create(database);
        User student = ClinicalSchema.newUser(db, "children@example.ac.id");
        AgentUser counselor = ClinicalSchema.newCounselor(db, "counselor-children");
        caseId = db.callInTransaction(em -> {
            User author = em.find(User.class, student.getId());
            Case clinicalCase = new Case(CaseStatus.NEW, CaseSeverity.MED, "hash-children");
            clinicalCase.addNote(new CaseNote(author, "first"));
            clinicalCase.addNote(new CaseNote(author, "second"));
            clinicalCase.addAssignment(new CaseAssignment(em.find(AgentUser.class, counselor.getId()), author));
            em.persist(clinicalCase);
            return clinicalCase.getId();
        });
    }

    @Test
    void hibernateInitializeOnTheReadOnlyViewLoadsNothing() {
        Case detached = db.callInTransaction(em -> {
            Case loaded = em.find(Case.class, caseId);
            Hibernate.initialize(loaded.getNotes());
            assertThat(units().isLoaded(loaded, "notes")).isFalse();
            return loaded;
        });
        assertThatThrownBy(() -> detached.getNotes().size()).isInstanceOf(LazyInitializationException.class);
    }

    @Test
    void jpaPersistenceUnitUtilLoadDoesNotLoadACollectionInHibernate74Either() {
        db.runInTransaction(em -> {
            Case loaded = em.find(Case.class, caseId);
            units().load(loaded, "notes");
            assertThat(units().isLoaded(loaded, "notes")).isFalse();
        });
    }

    @Test
    void readingTheViewInsideTheTransactionLoadsTheNotes() {
        Case detached = db.callInTransaction(em -> {
            Case loaded = em.find(Case.class, caseId);
            loaded.getNotes().size();
            return loaded;
        });
        assertThat(detached.getNotes()).extracting(CaseNote::getNote).containsExactly("first", "second");
    }

    @Test
    void anEntityGraphNamingTheNotesLoadsThem() {
        Case detached = db.callInTransaction(em -> {
            EntityGraph<Case> graph = em.createEntityGraph(Case.class);
            graph.addAttributeNodes("notes");
            return em.find(Case.class, caseId, Map.of("jakarta.persistence.fetchgraph", graph));
        });
        assertThat(detached.getNotes()).hasSize(2);
    }

    @Test
    void oneQueryCannotFetchBothListsOfACase() {
        assertThatThrownBy(() -> db.runInTransaction(em -> em.createQuery(
                        "select c from Case c left join fetch c.notes left join fetch c.assignments where c.id = :id",
                        Case.class).setParameter("id", caseId).getSingleResult()))
                .hasRootCauseInstanceOf(MultipleBagFetchException.class);
    }

    @Test
    void oneQueryPerListInTheSameTransactionFetchesBoth() {
        Case detached = db.callInTransaction(em -> {
            Case loaded = em.createQuery("select c from Case c left join fetch c.notes where c.id = :id", Case.class)
                    .setParameter("id", caseId).getSingleResult();
            em.createQuery("select c from Case c left join fetch c.assignments where c.id = :id", Case.class)
                    .setParameter("id", caseId).getSingleResult();
            return loaded;
        });
        assertThat(detached.getNotes()).hasSize(2);
        assertThat(detached.getAssignments()).hasSize(1);
    }

    private PersistenceUnitUtil units() {
        return db.entityManagerFactory().getPersistenceUnitUtil();
    }
}
