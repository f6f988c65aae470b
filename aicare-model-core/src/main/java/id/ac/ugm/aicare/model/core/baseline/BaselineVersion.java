package id.ac.ugm.aicare.model.core.baseline;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A migration version as Flyway orders it: numbers separated by dots ({@code 1}, {@code 4.1}), compared
 * part by part, a missing part counting as zero.
 */
public record BaselineVersion(List<BigInteger> parts) implements Comparable<BaselineVersion> {

    private static final Pattern TEXT = Pattern.compile("\\d+(\\.\\d+)*");

    public BaselineVersion {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a version has at least one number");
        }
    }

    /**
     * {@code 4}, {@code 4.1} (Flyway's file names write {@code 4_1}, accepted too).
     *
     * @throws IllegalArgumentException naming the text when it is not a version
     */
    public static BaselineVersion parse(String text) {
        String dotted = text == null ? "" : text.replace('_', '.');
        if (!TEXT.matcher(dotted).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version (numbers separated by dots, e.g. 2 or 2.1)");
        }
        return new BaselineVersion(Arrays.stream(dotted.split("\\.")).map(BigInteger::new).toList());
    }

    @Override
    public int compareTo(BaselineVersion other) {
        for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
            BigInteger left = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
            BigInteger right = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
            int compared = left.compareTo(right);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    /** As Flyway writes it: {@code 4.1}. */
    @Override
    public String toString() {
        return String.join(".", parts.stream().map(BigInteger::toString).toList());
    }
}
