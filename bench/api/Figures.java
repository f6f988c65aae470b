import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Medians and ranges of timings, and the machine they were taken on, printed the same way by every
 * API bench: a figure without the machine's load beside it cannot be compared with another.
 */
final class Figures {

    private Figures() {
    }

    /** The machine: cores, processor, Java, and the load average now. */
    static String machine() {
        String cpu = "unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (Exception ignored) {
            // not Linux: the processor stays unknown
        }
        return "machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpu + "; Java "
                + System.getProperty("java.version") + "; " + load();
    }

    /** The load average over the last 1, 5 and 15 minutes, as uptime prints it. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return "load average " + parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return String.format(Locale.ROOT, "load average %.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = sorted(values);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The value below which this fraction of the values lie (nearest rank). */
    static double percentile(List<Double> values, double fraction) {
        List<Double> sorted = sorted(values);
        int rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** "median (min-max) unit", with one decimal below 10. */
    static String summary(List<Double> values, String unit) {
        List<Double> sorted = sorted(values);
        return number(median(values)) + " " + unit + " (" + number(sorted.get(0)) + "-"
                + number(sorted.get(sorted.size() - 1)) + ")";
    }

    static String number(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static List<Double> sorted(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted;
    }
}
