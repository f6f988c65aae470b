package id.ac.ugm.aicare.schema.lint.internal.flyway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Replaces Flyway placeholders in a migration's text as Flyway does before it parses the file:
 * everywhere, strings and comments included, from the prefix to the next suffix (or the end of the
 * file), looked up by exact name. Flyway refuses a file with a placeholder it has no value for; the
 * linter reports it and goes on with a stand-in, so that the rest of the file is still checked.
 */
public final class PlaceholderText {

    /**
     * The text after replacement.
     *
     * @param text       what the rules read
     * @param map        where each position of {@code text} was in the file
     * @param unresolved the placeholders without a value, in file order
     */
    public record Substituted(String text, SourceMap map, List<Unresolved> unresolved) {

        /** The text as it is, nothing replaced: placeholder replacement is off. */
        public static Substituted unchanged(String text) {
            return new Substituted(text, SourceMap.identity(text), List.of());
        }
    }

    /**
     * A placeholder Flyway has no value for.
     *
     * @param name       its name as written between prefix and suffix
     * @param offset     where its prefix starts in the file
     * @param terminated false when no suffix follows it
     * @param standIn    what the linter read in its place
     */
    public record Unresolved(String name, int offset, boolean terminated, String standIn) {
    }

    private PlaceholderText() {
    }

    /** Replaces each {@code prefix name suffix} by {@code values.apply(name)}; empty means unknown. */
    public static Substituted substitute(String text, String prefix, String suffix,
            Function<String, Optional<String>> values) {
        int first = text.indexOf(prefix);
        if (first < 0 || prefix.isEmpty() || suffix.isEmpty()) {
            return new Substituted(text, SourceMap.identity(text), List.of());
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        SourceMap.Builder map = new SourceMap.Builder();
        List<Unresolved> unresolved = new ArrayList<>();
        int copied = 0;
        int at = first;
        while (at >= 0) {
            out.append(text, copied, at);
            int nameStart = at + prefix.length();
            int close = text.indexOf(suffix, nameStart);
            boolean terminated = close >= 0;
            int nameEnd = terminated ? close : text.length();
            int end = terminated ? close + suffix.length() : text.length();
            String name = text.substring(nameStart, nameEnd);
            Optional<String> value = terminated ? values.apply(name) : Optional.empty();
            String replacement;
            if (value.isPresent()) {
                replacement = value.get();
            } else {
                replacement = standIn(name);
                unresolved.add(new Unresolved(name, at, terminated, replacement));
            }
            map.replaced(at, end, out.length(), out.length() + replacement.length());
            out.append(replacement);
            copied = end;
            at = text.indexOf(prefix, end);
        }
        out.append(text, copied, text.length());
        String result = out.toString();
        return new Substituted(result, map.build(result, text), List.copyOf(unresolved));
    }

    /**
     * An identifier in place of an unknown placeholder. Most stand for a name ({@code ${schema}.users}),
     * so an identifier keeps the statement readable; the name's own letters keep messages recognisable.
     */
    static String standIn(String name) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < name.length() && id.length() < 63; i++) {
            char c = name.charAt(i);
            id.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? Character.toLowerCase(c) : '_');
        }
        if (id.length() == 0 || Character.isDigit(id.charAt(0))) {
            id.insert(0, 'p');
        }
        return id.toString();
    }
}
