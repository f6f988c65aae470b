package id.ac.ugm.aicare.schema.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a Flyway config file that decide how placeholders are replaced: the placeholders and
 * the settings {@code placeholderPrefix}, {@code placeholderSuffix}, {@code placeholderReplacement},
 * {@code defaultSchema}, {@code schemas}, {@code user}, {@code url}, {@code table}. Other settings
 * are ignored. Two forms: properties ({@code flyway.conf}, Spring Boot's
 * {@code application.properties}) and TOML ({@code flyway.toml}, string, number and boolean values).
 *
 * @param settings     Flyway setting name (without {@code flyway.}) to value
 * @param placeholders placeholder name to value
 */
record FlywayConfigFile(Map<String, String> settings, Map<String, String> placeholders) {

    private static final int MAX_BYTES = 1024 * 1024;

    static FlywayConfigFile read(Path file) {
        String text = text(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        FlywayConfigFile config = new FlywayConfigFile(new LinkedHashMap<>(), new LinkedHashMap<>());
        if (name.endsWith(".toml")) {
            config.readToml(file, text);
        } else if (name.endsWith(".conf") || name.endsWith(".properties")) {
            config.readProperties(file, text);
        } else {
            throw new LintConfigException(file + ": not a Flyway config file; expected flyway.conf, *.properties or flyway.toml");
        }
        return config;
    }

    private static String text(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new LintConfigException("Flyway config file not found: " + file, e);
        } catch (IOException e) {
            throw new LintConfigException("cannot read Flyway config file " + file + ": "
                    + (Files.isDirectory(file) ? "it is a folder" : e.getClass().getSimpleName()), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new LintConfigException(file + ": larger than 1 MiB; not a Flyway config file");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LintConfigException(file + ": not valid UTF-8", e);
        }
    }

    /** Properties: {@code key=value} or {@code key: value}, {@code #} and {@code !} comments, {@code \} continuations. */
    private void readProperties(Path file, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            StringBuilder logical = new StringBuilder(lines[i].stripLeading());
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(lines[++i].stripLeading());
            }
            String line = logical.toString();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = separator(line);
            String key = unescape(line.substring(0, separator).strip());
            String value = separator >= line.length() ? "" : unescape(valueAfter(line, separator));
            if (key.startsWith("spring.flyway.")) {
                put(file, lineNumber, springName(key.substring("spring.flyway.".length())), value);
            } else if (key.startsWith("flyway.")) {
                put(file, lineNumber, key.substring("flyway.".length()), value);
            }
        }
    }

    private static boolean endsWithContinuation(CharSequence line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int separator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || c == ' ' || c == '\t') {
                return i;
            }
        }
        return line.length();
    }

    private static String valueAfter(String line, int separator) {
        int i = separator;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i < line.length() && (line.charAt(i) == '=' || line.charAt(i) == ':')) {
            i++;
        }
        return line.substring(i).stripLeading();
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (isHex(text, i + 1, i + 5)) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Spring Boot's kebab-case ({@code placeholder-prefix}) as Flyway's camel case. */
    private static String springName(String key) {
        if (key.startsWith("placeholders.")) {
            return key;
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /**
     * The TOML that Flyway's config uses: {@code [flyway]}, {@code [flyway.placeholders]} and
     * {@code [environments.NAME]} tables with {@code key = value} lines. Values other than strings,
     * numbers and booleans (arrays, inline tables) are skipped unless the key matters here.
     */
    private void readToml(Path file, String text) {
        String table = "";
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                int close = line.indexOf(']');
                if (close < 0 || line.startsWith("[[")) {
                    if (line.startsWith("[[")) {
                        table = "";
                        continue;
                    }
                    throw new LintConfigException(file + ":" + lineNumber + ": table header has no closing ]");
                }
                table = line.substring(1, close).strip().replace("\"", "");
                continue;
            }
            int equals = tomlKeyEnd(line);
            if (equals < 0) {
                throw new LintConfigException(file + ":" + lineNumber + ": expected key = value");
            }
            String key = line.substring(0, equals).strip().replace("\"", "");
            String full = table.isEmpty() ? key : table + "." + key;
            String raw = line.substring(equals + 1).strip();
            String setting = full.startsWith("flyway.") ? full.substring("flyway.".length()) : null;
            if (setting == null) {
                continue;
            }
            String value = tomlValue(raw);
            if (value == null) {
                if (setting.startsWith("placeholders.") || setting.startsWith("placeholder")) {
                    throw new LintConfigException(file + ":" + lineNumber + ": " + full
                            + " must be a string, number or boolean");
                }
                continue;
            }
            put(file, lineNumber, setting, value);
        }
    }

    private static int tomlKeyEnd(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '=' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /** A string, number or boolean value with any comment after it removed; null for anything else. */
    private static String tomlValue(String raw) {
        if (raw.startsWith("\"") && !raw.startsWith("\"\"\"")) {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\' && i + 1 < raw.length()) {
                    char next = raw.charAt(++i);
                    switch (next) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'u' -> {
                            if (isHex(raw, i + 1, i + 5)) {
                                out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
                                i += 4;
                            }
                        }
                        default -> out.append(next);
                    }
                } else {
                    out.append(c);
                }
            }
            return null;
        }
        if (raw.startsWith("'") && !raw.startsWith("'''")) {
            int close = raw.indexOf('\'', 1);
            return close < 0 ? null : raw.substring(1, close);
        }
        String bare = raw.contains("#") ? raw.substring(0, raw.indexOf('#')).strip() : raw;
        if (bare.matches("true|false|[+-]?[0-9][0-9_]*(\\.[0-9_]+)?")) {
            return bare;
        }
        return null;
    }

    private void put(Path file, int line, String setting, String value) {
        if (setting.startsWith("placeholders.")) {
            String name = setting.substring("placeholders.".length());
            if (name.isEmpty()) {
                throw new LintConfigException(file + ":" + line + ": placeholder without a name");
            }
            placeholders.put(name, value);
        } else {
            settings.put(setting, value);
        }
    }
}
