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
 * to their size, on the calling thread's stack.
 *
 * <p>Time is the thread's CPU time, so that other builds on the machine move it as little as
 * possible; the small and the large input are timed in turns, the best of five of each, so that a
 * GC pause, the JIT or a busy core lands on both alike; and a ratio over the bound is measured again,
 * up to three times in all, before the test fails. A linear linter lands near 16 (a little more
 * where the large input's tokens outgrow the CPU cache), a quadratic one near 256 on every attempt:
 * noise can push one attempt over 64, an algorithm pushes all three.
 */
class HostileInputTest {

    /** Sixteen times the input may take at most this many times as long: linear is 16, quadratic 256. */
    private static final int MAX_RATIO_FOR_16_TIMES_THE_INPUT = 64;

    /** Measurements of a ratio before the test fails: noise rarely repeats, an algorithm always does. */
    private static final int ATTEMPTS = 3;

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
        long[] best = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            best = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> bestCpuNanosInTurns(small, large));
            if (best[1] <= MAX_RATIO_FOR_16_TIMES_THE_INPUT * Math.max(best[0], 1_000_000L)) {
                return;
            }
        }
        assertThat(best[1])
                .as("CPU time for %d characters (%d ms) against %d characters (%d ms), on each of %d attempts",
                        large.length(), best[1] / 1_000_000, small.length(), best[0] / 1_000_000, ATTEMPTS)
                .isLessThanOrEqualTo(MAX_RATIO_FOR_16_TIMES_THE_INPUT * Math.max(best[0], 1_000_000L));
    }

    /** The best CPU time of five runs of each input, run in turns: small, large, small, large, ... */
    private static long[] bestCpuNanosInTurns(String small, String large) {
        // Warm-up: the JIT compiles the linter's paths for this shape of input.
        lint(small);
        lint(large);
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        String[] inputs = {small, large};
        for (int run = 0; run < 5; run++) {
            for (int i = 0; i < inputs.length; i++) {
                long start = THREADS.getCurrentThreadCpuTime();
                lint(inputs[i]);
                best[i] = Math.min(best[i], THREADS.getCurrentThreadCpuTime() - start);
            }
        }
        return best;
    }
}
