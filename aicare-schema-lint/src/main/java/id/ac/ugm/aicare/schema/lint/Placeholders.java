package id.ac.ugm.aicare.schema.lint;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The Flyway placeholders substituted in migrations before they are linted, as Flyway substitutes
 * them before it runs them: {@code ${name}} (or the configured prefix and suffix) anywhere in the
 * file. Flyway's own ({@code ${flyway:defaultSchema}}, {@code ${flyway:filename}}, ...) always have
 * a value; any other needs one, from {@link #with} ({@code -P name=value}) or a Flyway config file
 * ({@link #load}). A placeholder without a value is an {@code unresolved-placeholder} finding,
 * because Flyway refuses such a file, and the rest of the file is linted with a stand-in for it.
 */
public final class Placeholders {

    private static final Placeholders DEFAULTS = new Placeholders(true, "${", "}", Map.of(), Map.of());

    private final boolean replace;
    private final String prefix;
    private final String suffix;
    private final Map<String, String> values;
    /** Flyway settings the built-in placeholders are derived from: defaultSchema, user, table, ... */
    private final Map<String, String> settings;

    private Placeholders(boolean replace, String prefix, String suffix, Map<String, String> values,
            Map<String, String> settings) {
        this.replace = replace;
        this.prefix = prefix;
        this.suffix = suffix;
        this.values = Map.copyOf(values);
        this.settings = Map.copyOf(settings);
    }

    /** Flyway's defaults: {@code ${name}}, replaced, no values but Flyway's own. */
    public static Placeholders flywayDefaults() {
        return DEFAULTS;
    }

    /** No replacement at all, as with {@code flyway.placeholderReplacement=false} or for a project without Flyway. */
    public static Placeholders none() {
        return new Placeholders(false, "${", "}", Map.of(), Map.of());
    }

    /**
     * Reads the placeholders and the settings that shape them from a Flyway config file:
     * {@code flyway.conf} or any {@code .properties} file ({@code flyway.placeholders.NAME=value},
     * and Spring Boot's {@code spring.flyway.placeholders.NAME}), or {@code flyway.toml}
     * ({@code [flyway.placeholders]}). An unreadable or malformed file throws
     * {@link LintConfigException} naming the file and line.
     */
    public static Placeholders load(Path file) {
        FlywayConfigFile config = FlywayConfigFile.read(file);
        Map<String, String> settings = config.settings();
        boolean replace = !"false".equalsIgnoreCase(settings.getOrDefault("placeholderReplacement", "true").trim());
        return new Placeholders(replace, settings.getOrDefault("placeholderPrefix", "${"),
                settings.getOrDefault("placeholderSuffix", "}"), config.placeholders(), settings);
    }

    /** These placeholders with {@code name} set to {@code value}; a later value of the same name wins. */
    public Placeholders with(String name, String value) {
        if (name == null || name.isEmpty()) {
            throw new LintConfigException("placeholder name is empty; write -P name=value");
        }
        Map<String, String> more = new TreeMap<>(values);
        more.put(name, value == null ? "" : value);
        return new Placeholders(true, prefix, suffix, more, settings);
    }

    public boolean replaces() {
        return replace;
    }

    public String prefix() {
        return prefix;
    }

    public String suffix() {
        return suffix;
    }

    /** The values given, without Flyway's own. */
    public Map<String, String> values() {
        return new TreeMap<>(values);
    }

    /**
     * The value of {@code name} in the migration {@code fileName}, as Flyway would substitute it:
     * Flyway's own placeholders win over configured values of the same name, as they do in Flyway.
     */
    public Optional<String> valueOf(String name, String fileName) {
        Optional<String> builtIn = builtIn(name, fileName);
        return builtIn.isPresent() ? builtIn : Optional.ofNullable(values.get(name));
    }

    /**
     * Flyway's own placeholders. Those that depend on the database Flyway connects to get the
     * configured setting or a neutral stand-in: the linter has no connection, and none of them
     * changes what a rule finds.
     */
    private Optional<String> builtIn(String name, String fileName) {
        return Optional.ofNullable(switch (name) {
            case "flyway:defaultSchema" -> settings.getOrDefault("defaultSchema", firstSchema().orElse("public"));
            case "flyway:user" -> settings.getOrDefault("user", "flyway");
            case "flyway:database" -> databaseOfUrl().orElse("postgres");
            case "flyway:timestamp" -> "2000-01-01 00:00:00";
            case "flyway:filename" -> fileName;
            case "flyway:workingDirectory" -> System.getProperty("user.dir", ".");
            case "flyway:table" -> settings.getOrDefault("table", "flyway_schema_history");
            case "flyway:environment" -> settings.getOrDefault("environment", "default");
            default -> null;
        });
    }

    private Optional<String> firstSchema() {
        String schemas = settings.get("schemas");
        if (schemas == null || schemas.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(schemas.split(",")[0].trim());
    }

    /** The database of a {@code jdbc:postgresql://host/db?...} URL. */
    private Optional<String> databaseOfUrl() {
        String url = settings.get("url");
        if (url == null) {
            return Optional.empty();
        }
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        int slash = path.lastIndexOf('/');
        return slash < 0 || slash == path.length() - 1 ? Optional.empty() : Optional.of(path.substring(slash + 1));
    }
}
