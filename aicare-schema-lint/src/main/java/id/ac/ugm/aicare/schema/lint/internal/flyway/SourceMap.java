package id.ac.ugm.aicare.schema.lint.internal.flyway;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a position of substituted text was in the original file. The rules see the text after
 * placeholders are replaced; their findings must point at the file as the author sees it.
 */
public final class SourceMap {

    /** One replaced span: {@code [originalStart, originalEnd)} became {@code [start, end)}. */
    private record Span(int originalStart, int originalEnd, int start, int end) {
    }

    private final List<Span> spans;
    private final int[] lineStarts;
    private final int[] originalLineStarts;

    private SourceMap(List<Span> spans, String text, String original) {
        this.spans = spans;
        this.lineStarts = lineStarts(text);
        this.originalLineStarts = original == text ? lineStarts : lineStarts(original);
    }

    /** The map of text that was not changed. */
    public static SourceMap identity(String text) {
        return new SourceMap(List.of(), text, text);
    }

    /** True when every position maps to itself. */
    public boolean isIdentity() {
        return spans.isEmpty();
    }

    /** {@code {line, column}} in the original text of the 1-based {@code line}:{@code column} of the substituted text. */
    public int[] original(int line, int column) {
        if (spans.isEmpty() || line < 1 || line > lineStarts.length) {
            return new int[] {line, column};
        }
        int offset = lineStarts[line - 1] + column - 1;
        return position(originalLineStarts, originalOffset(offset));
    }

    /** The 1-based line and column of {@code offset} in the original text. */
    public int[] originalPosition(int originalOffset) {
        return position(originalLineStarts, originalOffset);
    }

    private int originalOffset(int offset) {
        int low = 0;
        int high = spans.size() - 1;
        Span before = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (spans.get(mid).start() <= offset) {
                before = spans.get(mid);
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (before == null) {
            return offset;
        }
        if (offset < before.end()) {
            return before.originalStart();
        }
        return before.originalEnd() + (offset - before.end());
    }

    private static int[] position(int[] starts, int offset) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return new int[] {low + 1, offset - starts[low] + 1};
    }

    /** Line starts as the lexer counts lines: CRLF, CR and LF each end one. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                starts.add(i + 1);
            } else if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Builds the map while the substituted text is written. */
    static final class Builder {
        private final List<Span> spans = new ArrayList<>();

        void replaced(int originalStart, int originalEnd, int start, int end) {
            spans.add(new Span(originalStart, originalEnd, start, end));
        }

        SourceMap build(String text, String original) {
            return spans.isEmpty() ? identity(original) : new SourceMap(List.copyOf(spans), text, original);
        }
    }
}
