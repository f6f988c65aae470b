package id.ac.ugm.aicare.schema.engine.diff.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Java source text for the generated migration: string literals and placeholder names. */
final class JavaText {

    private JavaText() {
    }

    /** A Java string literal holding exactly {@code text}. */
    static String string(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // Octal for control characters: javac reads a \\u escape before anything else, so one
                    // spelling a line break would break the literal.
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\%03o", (int) c));
                    } else if (c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Several string literals separated by commas. */
    static String strings(List<String> texts) {
        return texts.stream().map(JavaText::string).collect(Collectors.joining(", "));
    }

    /**
     * An identifier that the generated file uses but does not declare, so that it does not compile
     * until the author replaces it: {@code FILL_IN_journal_entries_mood}.
     */
    static String placeholder(String prefix, String... parts) {
        StringBuilder name = new StringBuilder(prefix);
        for (String part : parts) {
            name.append('_');
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                name.append(c < 0x80 && Character.isLetterOrDigit(c) || c == '_' ? c : '_');
            }
        }
        return name.toString();
    }

    /**
     * Text for a {@code //} comment: one line, no control characters, every backslash doubled (javac
     * reads {@code \\u000a} as a line break even in a comment, but not {@code \\\\u000a}).
     */
    static String comment(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").replace("\\", "\\\\");
    }
}
