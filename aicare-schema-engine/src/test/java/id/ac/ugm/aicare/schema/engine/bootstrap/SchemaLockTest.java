package id.ac.ugm.aicare.schema.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.schema.engine.bootstrap.fixture.Fixtures;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

@PostgresTest
class SchemaLockTest {

    @Test
    void eightConcurrentInitsCreateTheSchemaOnce(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("eight");
        ModelSchema.of(Fixtures.catalog()).schemaScript(); // build the models once, so that the eight start together
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<InitResult>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog()).load().init();
            }));
        }
        start.countDown();
        List<InitResult> done = new ArrayList<>();
        for (Future<InitResult> result : results) {
            done.add(result.get());
        }
        pool.shutdown();

        assertThat(done).filteredOn(InitResult::changedAnything).hasSize(1);
        assertThat(Databases.history(db, "aicare_schema_history_fx_notes")).containsExactly("1 BASELINE true");
    }

    @Test
    void initWaitsWhileAnotherSessionHoldsTheLock(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("wait");
        RecordingListener listener = new RecordingListener();
        InitResult result;
        try (Connection holder = db.connection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, SchemaLock.KEY);
                lock.execute();
            }
            // The holder does the work meanwhile, as another instance would.
            ExecutorService other = Executors.newSingleThreadExecutor();
            Future<InitResult> waiting = other.submit(() -> SchemaBootstrap.configure(db.dataSource())
                    .catalog(Fixtures.catalog()).listener(listener).load().init());
            while (!listener.events.contains("waiting")) {
                Thread.sleep(20);
            }
            holder.rollback();
            result = waiting.get();
            other.shutdown();
        }
        assertThat(listener.events.get(0)).isEqualTo("waiting");
        assertThat(listener.events).contains("locked");
        assertThat(result.waitedForAnotherInstance()).isTrue();
    }

    @Test
    void initGivesUpAfterTheLockTimeoutNamingTheHolder(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("timeout");
        try (Connection holder = db.connection()) {
            try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, SchemaLock.KEY);
                lock.execute();
            }
            assertThatThrownBy(() -> SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog())
                    .lockTimeout(Duration.ofMillis(300)).load().init())
                    .isInstanceOf(SchemaBootstrapException.class)
                    .hasMessageContaining("gave up after 300 ms waiting for the schema lock, held by process ");
        }
        assertThat(Databases.snapshot(db).tables()).isEmpty();
    }

    @Test
    void aWaitingInitHoldsNoSnapshotSoAConcurrentIndexBuildFinishes(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("snapinit");
        assertAConcurrentIndexBuildFinishesWhileWaiting(db, SchemaBootstrap::init);
    }

    @Test
    void aWaitingMigrateHoldsNoSnapshotSoAConcurrentIndexBuildFinishes(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("snapmigrate");
        SchemaBootstrap.configure(db.dataSource()).catalog(Fixtures.catalog()).load().init();
        assertAConcurrentIndexBuildFinishesWhileWaiting(db, SchemaBootstrap::migrate);
    }

    /**
     * While another session holds the lock (as an instance whose migration builds an index would),
     * an instance waits for it; {@code CREATE INDEX CONCURRENTLY} waits for every snapshot older than
     * its own, so it finishes only if the waiting instance holds none.
     */
    private static void assertAConcurrentIndexBuildFinishesWhileWaiting(TestDatabase db,
                                                                      Function<SchemaBootstrap, ?> operation)
            throws Exception {
        db.execute("CREATE TABLE built_concurrently (id int)");
        RecordingListener listener = new RecordingListener();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection holder = db.connection(); Connection builder = db.connection()) {
            try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, SchemaLock.KEY);
                lock.execute();
            }
            Future<?> waiting = other.submit(() -> operation.apply(SchemaBootstrap.configure(db.dataSource())
                    .catalog(Fixtures.catalog()).listener(listener).lockTimeout(Duration.ofSeconds(60)).load()));
            while (!listener.events.contains("waiting")) {
                Thread.sleep(20);
            }
            Thread.sleep(300); // well into the wait

            try (var statement = builder.createStatement()) {
                statement.execute("SET lock_timeout = '10s'");
                statement.execute("CREATE INDEX CONCURRENTLY built_concurrently_id_idx ON built_concurrently (id)");
            }

            try (PreparedStatement unlock = holder.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, SchemaLock.KEY);
                unlock.execute();
            }
            waiting.get(60, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
        assertThat(Databases.rows(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = "
                + "'built_concurrently_id_idx'::regclass")).containsExactly("t");
        assertThat(listener.events).contains("locked");
    }
}
