package id.ac.ugm.aicare.schema.lint.internal.flyway;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Flyway version compared as Flyway compares it: part by part as numbers, with {@code .} and
 * {@code _} as the same separator and trailing zero parts ignored, so {@code 1.1}, {@code 1_1} and
 * {@code 1.1.0} are one version.
 */
public record MigrationVersion(List<BigInteger> parts) implements Comparable<MigrationVersion> {

    public static MigrationVersion parse(String text) {
        List<BigInteger> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '.' || text.charAt(i) == '_') {
                parts.add(new BigInteger(text.substring(start, i)));
                start = i + 1;
            }
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return new MigrationVersion(List.copyOf(parts));
    }

    @Override
    public int compareTo(MigrationVersion other) {
        int shared = Math.min(parts.size(), other.parts.size());
        for (int i = 0; i < shared; i++) {
            int c = parts.get(i).compareTo(other.parts.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(parts.size(), other.parts.size());
    }

    @Override
    public String toString() {
        return parts.stream().map(BigInteger::toString).collect(Collectors.joining("."));
    }
}
