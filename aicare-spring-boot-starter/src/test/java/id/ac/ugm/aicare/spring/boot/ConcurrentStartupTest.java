package id.ac.ugm.aicare.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jdbc.JdbcTestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Instances of a service start at once: two contexts started together on one empty database both
 * come up; the schema lock lets one create the tables while the other waits and finds them made.
 */
@PostgresTest
class ConcurrentStartupTest {

    private static final int INSTANCES = 2;

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseBothComeUp(TestDatabase database) throws Exception {
        CountDownLatch ready = new CountDownLatch(INSTANCES);
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
        try {
            for (int i = 0; i < INSTANCES; i++) {
                starts.add(pool.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return ServiceContexts.start(database);
                }));
            }
            for (Future<ConfigurableApplicationContext> start : starts) {
                try (ConfigurableApplicationContext service = start.get(5, TimeUnit.MINUTES)) {
                    assertThat(service.isActive()).isTrue();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        JdbcTestDatabase jdbc = new JdbcTestDatabase(database);
        assertThat(jdbc.queryLong("SELECT count(*) FROM aicare_schema_history_auth")).as("one baseline row").isOne();
        assertThat(jdbc.queryLong("SELECT count(*) FROM aicare_schema_history_clinical")).as("one baseline row").isOne();
        assertThat(jdbc.queryLong("SELECT count(*) FROM aicare_service_history_notes WHERE version = '1'")).isOne();
    }
}
