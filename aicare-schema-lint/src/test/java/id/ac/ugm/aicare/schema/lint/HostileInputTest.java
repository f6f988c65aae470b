package id.ac.ugm.aicare.schema.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Files written to hurt the linter: whatever their nesting or length, they lint in time proportional
 * to their size, on the calling thread's stack. Time is the thread's CPU time, the best of three runs,
 * so that other builds on the machine move it as little as possible.
 */
class HostileInputTest {

    /** Sixteen times the input may take at most this many times as long: linear is 16, quadratic 256. */
    private static final int MAX_RATIO_FOR_16_TIMES_THE_INPUT = 64;

    private static final MigrationLinter LINTER = MigrationLinter.builder().parallelism(1).build();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void deeplyNestedDefaultIsLintedWithoutOverflowingTheStack() {
        String sql = "ALTER TABLE a ADD COLUMN IF NOT EXISTS b int DEFAULT " + "f(".repeat(100_000) + "1"
                + ")".repeat(100_000) + ";\n";
        assertThat(lint(sql).findings()).extracting(Finding::rule, Finding::message).contains(
                tuple("adding-field-with-default",
                        "DEFAULT calls f(), which is volatile, so the table is rewritten while blocking reads and writes"));
    }

    @Test
    void unclosedParenthesesInADefaultLintInLinearTime() {
        assertLinear(n -> "ALTER TABLE a ADD COLUMN IF NOT EXISTS b int DEFAULT f(" + "(".repeat(n) + "1;\n", 20_000);
    }

    @Test
    void nestedCallsInADefaultLintInLinearTime() {
        assertLinear(n -> "ALTER TABLE a ADD COLUMN IF NOT EXISTS b int DEFAULT " + "f(".repeat(n) + "1"
                + ")".repeat(n) + ";\n", 20_000);
    }

    @Test
    void manyStatementsLintInLinearTime() {
        assertLinear(n -> {
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sql.append("CREATE TABLE t").append(i).append(" (id int);\n")
                        .append("ALTER TABLE t").append(i).append(" ADD CONSTRAINT c").append(i).append(" CHECK (id > 0);\n")
                        .append("DROP INDEX IF EXISTS i").append(i).append(";\n")
                        .append("-- aicare-lint: ignore require-concurrent-index-creation built on a new table\n")
                        .append("CREATE INDEX i").append(i).append(" ON t").append(i).append(" (id);\n");
            }
            return sql.toString();
        }, 500);
    }

    private static LintReport lint(String sql) {
        return LINTER.lintSql(Path.of("V1__hostile.sql"), sql);
    }

    private static void assertLinear(IntFunction<String> file, int smallSize) {
        String small = file.apply(smallSize);
        String large = file.apply(16 * smallSize);
        long smallNanos = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> bestCpuNanos(small));
        long largeNanos = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> bestCpuNanos(large));
        assertThat(largeNanos)
                .as("CPU time for %d characters (%d ms) against %d characters (%d ms)", large.length(),
                        largeNanos / 1_000_000, small.length(), smallNanos / 1_000_000)
                .isLessThanOrEqualTo(MAX_RATIO_FOR_16_TIMES_THE_INPUT * Math.max(smallNanos, 1_000_000L));
    }

    private static long bestCpuNanos(String sql) {
        lint(sql); // warm-up: the JIT compiles the linter's paths for this shape of input
        long best = Long.MAX_VALUE;
        // The best of five: a small input's 2 ms is easily doubled by one GC or a busy core, and the
        // ratio below would then fail on noise rather than on a slower algorithm.
        for (int run = 0; run < 5; run++) {
            long start = THREADS.getCurrentThreadCpuTime();
            lint(sql);
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        return best;
    }
}
