package id.ac.ugm.aicare.schema.lint.internal.rules;

/** Text from a user's file as it may appear in a one-line message. */
public final class MessageText {

    private MessageText() {
    }

    /**
     * {@code text} with control and format characters (a terminal escape, a newline, a bidi
     * override) shown as {@code \\uXXXX}, cut after {@code limit} code points with "..." added.
     */
    public static String printable(String text, int limit) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(limit).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > limit ? out + "..." : out.toString();
    }
}
