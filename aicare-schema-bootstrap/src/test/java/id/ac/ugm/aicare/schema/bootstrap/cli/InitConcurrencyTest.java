package id.ac.ugm.aicare.schema.bootstrap.cli;

import static id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.run;
import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@PostgresTest
class InitConcurrencyTest {

    @Test
    void eightInitsStartedAtOnceAllSucceedAndExactlyOneDoesTheWork(TestDatabase parent) throws Exception {
        TestDatabase db = parent.createSibling("eight");
        CyclicBarrier together = new CyclicBarrier(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Run>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // Each run is a whole CLI invocation with its own models, data source and connections.
            runs.add(pool.submit(() -> {
                together.await();
                return run("init", db);
            }));
        }
        List<Run> results = new ArrayList<>();
        for (Future<Run> run : runs) {
            results.add(run.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(results).allSatisfy(result -> assertThat(result.exitCode()).as(result.err()).isZero());
        assertThat(results).filteredOn(result -> result.out().contains("Created 69 tables")).hasSize(1);
        assertThat(results).filteredOn(result -> !result.out().contains("Created 69 tables"))
                .hasSize(7)
                .allSatisfy(result -> assertThat(result.out()).containsAnyOf(
                        "Another instance initialised the database while this one waited for the lock; nothing to do.",
                        "Already initialised: every module"));
        assertThat(InitCli.histories(db)).hasSize(7);
        assertThat(InitCli.snapshot(db).tables()).hasSize(69 + 7);
    }
}
