package id.ac.ugm.aicare.schema.lint.bench;

import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lint throughput over a generated corpus, run by hand (never part of the test suite: timings on a
 * shared CI machine prove nothing and fail at random). See docs/LINT.md, "Benchmark".
 *
 * <p>It reports the first lint in the fresh JVM (cold: class loading, JIT), then, after warm-up,
 * the median wall-clock and CPU time of interleaved runs per corpus size. Linear growth shows as the
 * same files/s at 500 and 5,000 files.
 *
 * <p>Arguments: {@code [runs=9] [threads=<cores>] [sizes=500,5000]}.
 */
public final class LintBenchmark {

    private static final long SEED = 20_261_126L;

    private LintBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int[] sizes = args.length > 2 ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {500, 5000};
        MigrationLinter linter = MigrationLinter.builder().parallelism(threads).build();
        Path root = Files.createTempDirectory("aicare-lint-bench");
        try {
            System.out.printf("machine: %d cores, %s; java %s; threads %d; runs %d%n",
                    Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
                    threads, runs);
            List<Path> corpora = new ArrayList<>();
            for (int size : sizes) {
                Path folder = root.resolve("corpus-" + size);
                long bytes = MigrationCorpus.write(folder, size, SEED);
                corpora.add(folder);
                System.out.printf("corpus %d files, %.1f MiB, %.1f KiB per file%n", size, bytes / 1048576.0,
                        bytes / 1024.0 / size);
            }
            Sample cold = time(linter, corpora.get(0), sizes[0]);
            System.out.printf("%5d files  first lint after JVM start: %7.1f ms wall  %7.0f files/s   %7.1f ms CPU%n",
                    sizes[0], cold.wallMillis(), sizes[0] * 1000 / cold.wallMillis(), cold.cpuMillis());
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                for (int i = 0; i < sizes.length; i++) {
                    time(linter, corpora.get(i), sizes[i]);
                }
            }
            // Interleaved, so that a burst of load on a shared machine hits every size alike.
            Sample[][] samples = new Sample[sizes.length][runs];
            for (int run = 0; run < runs; run++) {
                for (int i = 0; i < sizes.length; i++) {
                    samples[i][run] = time(linter, corpora.get(i), sizes[i]);
                }
            }
            for (int i = 0; i < sizes.length; i++) {
                double wall = median(samples[i], Sample::wallMillis);
                double cpu = median(samples[i], Sample::cpuMillis);
                System.out.printf("%5d files  median of %d: %7.1f ms wall  %7.0f files/s   %7.1f ms CPU  %7.0f files per CPU-second%n",
                        sizes[i], runs, wall, sizes[i] * 1000 / wall, cpu, sizes[i] * 1000 / cpu);
            }
        } finally {
            deleteRecursively(root);
        }
    }

    /** One lint: wall-clock time, and CPU time of the whole process (all threads, GC included). */
    private record Sample(double wallMillis, double cpuMillis) {
    }

    private static double median(Sample[] samples, java.util.function.ToDoubleFunction<Sample> value) {
        double[] values = Arrays.stream(samples).mapToDouble(value).sorted().toArray();
        return values[values.length / 2];
    }

    private static Sample time(MigrationLinter linter, Path corpus, int size) {
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        LintReport report = linter.lint(corpus);
        long elapsed = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        if (report.filesLinted() != size) {
            throw new IllegalStateException("linted " + report.filesLinted() + " files, expected " + size);
        }
        return new Sample(elapsed / 1e6, cpu / 1e6);
    }

    /** CPU time is steadier than wall time when other work shares the cores. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
