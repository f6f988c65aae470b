package id.ac.ugm.aicare.schema.lint.internal.flyway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flyway's script configuration: the file {@code V2__x.sql.conf} beside {@code V2__x.sql}, lines of
 * {@code key=value} ({@code #} and {@code !} start comments, blanks around both sides are dropped).
 * {@code executeInTransaction=false} runs the script outside a transaction, statement by statement,
 * mixed or not; {@code true} runs it in one even when it holds {@code CONCURRENTLY};
 * {@code placeholderReplacement=false} leaves its placeholders alone. Flyway refuses a key it does not
 * know and a boolean that is neither true nor false, and so does this reader, with the line.
 *
 * @param executeInTransaction the override, or null when the file does not set one
 * @param placeholderReplacement false when the file turns placeholder replacement off
 * @param problem  why Flyway would refuse the file, or null
 * @param problemLine the line of the problem, 1-based
 */
public record ScriptConfig(Boolean executeInTransaction, boolean placeholderReplacement, String problem, int problemLine) {

    /** No script configuration: Flyway decides. */
    public static final ScriptConfig NONE = new ScriptConfig(null, true, null, 0);

    /** {@code shouldExecute} is read by Flyway Teams only; the community edition refuses it, as any unknown key. */
    private static final Set<String> KEYS = Set.of("executeInTransaction", "encoding", "placeholderReplacement", "shouldExecute");

    /** The configuration beside {@code script}, or {@link #NONE} when there is no such file. */
    public static ScriptConfig beside(Path script) {
        Path file = script.resolveSibling(script.getFileName() + ".conf");
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new ScriptConfig(null, true, "cannot read " + file.getFileName() + ": " + e.getClass().getSimpleName(), 1);
        }
    }

    static ScriptConfig parse(List<String> lines) {
        Boolean inTransaction = null;
        boolean replacement = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int equals = line.indexOf('=');
            String key = (equals < 0 ? line : line.substring(0, equals)).strip();
            String value = equals < 0 ? "" : line.substring(equals + 1).strip();
            if (!KEYS.contains(key) || key.equals("shouldExecute")) {
                return refused("Flyway refuses the unknown script configuration key '" + key + "'", i);
            }
            if (key.equals("executeInTransaction") || key.equals("placeholderReplacement")) {
                String flag = value.toLowerCase(Locale.ROOT);
                if (!flag.equals("true") && !flag.equals("false")) {
                    return refused(key + " must be true or false", i);
                }
                if (key.equals("executeInTransaction")) {
                    inTransaction = Boolean.valueOf(flag);
                } else {
                    replacement = Boolean.parseBoolean(flag);
                }
            }
        }
        return new ScriptConfig(inTransaction, replacement, null, 0);
    }

    private static ScriptConfig refused(String problem, int index) {
        return new ScriptConfig(null, true, problem, index + 1);
    }
}
