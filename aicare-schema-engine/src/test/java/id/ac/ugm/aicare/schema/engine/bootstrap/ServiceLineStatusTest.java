package id.ac.ugm.aicare.schema.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.Migration;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.FxJournalLine;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

@PostgresTest
class ServiceLineStatusTest {

    private static SchemaBootstrap withLine(TestDatabase db) {
        return withLines(db, List.of(new FxJournalLine()));
    }

    private static SchemaBootstrap withoutLine(TestDatabase db) {
        return withLines(db, List.of());
    }

    private static SchemaBootstrap withLines(TestDatabase db, List<ServiceLine> lines) {
        return SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog()).serviceLines(lines).load();
    }

    @Test
    void aLinesObjectsAreTheLinesAndNotDriftOfTheModule(TestDatabase parent) {
        TestDatabase db = parent.createSibling("owned");
        withLine(db).initAndMigrate();

        StatusReport report = withLine(db).status();

        assertThat(report.modules()).allSatisfy(module -> assertThat(module.differences()).isEmpty());
        ServiceLineStatus line = report.serviceLines().get(0);
        assertThat(line.objects()).extracting(Object::toString).containsExactlyInAnyOrder(
                "fx_journal_moods: unexpected table",
                "fx_notes.mood: unexpected column smallint",
                "fx_notes.ix_fx_notes_mood: unexpected index btree [mood]");
        assertThat(line.applied()).extracting(Migration::version).containsExactly("1", "2", "3");
        assertThat(line.differences()).isEmpty();
        assertThat(report.upToDate()).isTrue();
    }

    @Test
    void withoutTheLineTheSameObjectsAreDriftOfTheModule(TestDatabase parent) {
        TestDatabase db = parent.createSibling("unowned");
        withLine(db).initAndMigrate();

        StatusReport report = withoutLine(db).status();

        assertThat(report.modules().get(1).differences()).extracting(Object::toString).containsExactlyInAnyOrder(
                "fx_notes.mood: unexpected column smallint",
                "fx_notes.ix_fx_notes_mood: unexpected index btree [mood]");
        assertThat(report.upToDate()).isFalse();
    }

    @Test
    void aLinesObjectThatDriftedIsReportedAsTheLinesDifference(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("drifted");
        withLine(db).initAndMigrate();
        db.execute("DROP INDEX ix_fx_notes_mood; ALTER TABLE fx_journal_moods ALTER COLUMN label DROP NOT NULL");

        StatusReport report = withLine(db).status();

        assertThat(report.modules()).allSatisfy(module -> assertThat(module.differences()).isEmpty());
        assertThat(report.serviceLines().get(0).differences()).extracting(Object::toString).containsExactlyInAnyOrder(
                "fx_notes.ix_fx_notes_mood: missing index btree [mood]",
                "fx_journal_moods.label: nullability expected NOT NULL, found NULL");
        assertThat(report.upToDate()).isFalse();
    }

    @Test
    void aLineNotYetMigratedHasEverythingPendingAndExpectsNothing(TestDatabase parent) {
        TestDatabase db = parent.createSibling("pending");
        withoutLine(db).initAndMigrate();

        StatusReport report = withLine(db).status();

        ServiceLineStatus line = report.serviceLines().get(0);
        assertThat(line.started()).isFalse();
        assertThat(line.pending()).extracting(Migration::version).containsExactly("1", "2", "3");
        assertThat(line.objects()).isEmpty();
        assertThat(report.modules()).allSatisfy(module -> assertThat(module.differences()).isEmpty());
        assertThat(report.upToDate()).isFalse();
    }

    @Test
    void statusOfALineChangesNothing(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("readonly");
        withoutLine(db).initAndMigrate();
        var before = Databases.snapshot(db);

        withLine(db).status();

        assertThat(Databases.snapshot(db)).isEqualTo(before);
    }
}
