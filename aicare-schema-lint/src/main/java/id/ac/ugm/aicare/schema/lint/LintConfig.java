package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.internal.rules.MessageText;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Optional;

/**
 * Which rules run and at what severity. The file form is JSON:
 *
 * <pre>{@code
 * { "rules": { "prefer-text-field": "off", "ban-drop-column": "error" } }
 * }</pre>
 *
 * <p>Unknown rule names and severities are errors, not ignored: a typo in a config that disables
 * a rule would otherwise leave the rule silently on, or one meant to be an error only a warning.
 */
public final class LintConfig {

    private static final LintConfig DEFAULTS = new LintConfig(Map.of());

    /** Rule name to severity; an empty value means the rule is off. */
    private final Map<String, Optional<Severity>> overrides;

    private LintConfig(Map<String, Optional<Severity>> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static LintConfig defaults() {
        return DEFAULTS;
    }

    /** A config names a few dozen rules; anything larger is not a config, and is not read into memory. */
    static final int MAX_BYTES = 64 * 1024;

    /** Reads a JSON config file of at most {@value #MAX_BYTES} bytes of UTF-8. */
    public static LintConfig load(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // Read one byte past the limit rather than trusting the size: /dev/zero and pipes have none.
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new LintConfigException("config file not found: " + file, e);
        } catch (IOException e) {
            throw new LintConfigException("cannot read config file " + file + ": "
                    + (Files.isDirectory(file) ? "it is a folder" : e.getClass().getSimpleName()), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new LintConfigException(file + ": larger than " + MAX_BYTES / 1024 + " KiB; not a lint config");
        }
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString(), file.toString());
        } catch (CharacterCodingException e) {
            throw new LintConfigException(file + ": not valid UTF-8", e);
        }
    }

    /** Parses JSON config text; {@code origin} names it in error messages. */
    public static LintConfig parse(String json, String origin) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new LintConfigException(origin + ": not valid JSON" + where + ": " + printable(e.getOriginalMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new LintConfigException(origin + ": expected a JSON object such as {\"rules\": {\"prefer-text-field\": \"off\"}}");
        }
        Builder builder = new Builder();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            if (!key.equals("rules")) {
                throw new LintConfigException(origin + ": unknown key '" + printable(key) + "'; the only key is \"rules\"");
            }
        }
        JsonNode rules = root.path("rules");
        if (!rules.isMissingNode() && !rules.isObject()) {
            throw new LintConfigException(origin + ": \"rules\" must be an object of rule name to \"off\", \"info\", \"warning\" or \"error\"");
        }
        for (Map.Entry<String, JsonNode> entry : rules.properties()) {
            if (!entry.getValue().isTextual()) {
                throw new LintConfigException(origin + ": rule '" + printable(entry.getKey())
                        + "' must be \"off\", \"info\", \"warning\" or \"error\"");
            }
            try {
                builder.set(entry.getKey(), entry.getValue().asText());
            } catch (LintConfigException e) {
                throw new LintConfigException(origin + ": " + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    /** The severity of {@code rule} under this config; empty when the rule is off. */
    public Optional<Severity> severityOf(RuleDefinition rule) {
        Optional<Severity> override = overrides.get(rule.name());
        return override != null ? override : Optional.of(rule.defaultSeverity());
    }

    public boolean isEnabled(RuleDefinition rule) {
        return severityOf(rule).isPresent();
    }

    /** A config with these changes on top of this one. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.overrides.putAll(overrides);
        return builder;
    }

    /**
     * Text from the config as it may appear in a one-line message: control characters (a terminal
     * escape, a newline) shown as {@code \\uXXXX}, and at most 60 characters.
     */
    static String printable(String text) {
        return MessageText.printable(text, 60);
    }

    /**
     * Created on first use: building an ObjectMapper costs a fresh JVM a few hundred milliseconds.
     * A key given twice is an error: JSON parsers keep the last one, which silently undid the first.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Collects rule settings; every method rejects a rule name the linter does not know. */
    public static final class Builder {

        private final Map<String, Optional<Severity>> overrides = new LinkedHashMap<>();

        public Builder disable(String rule) {
            overrides.put(known(rule), Optional.empty());
            return this;
        }

        public Builder severity(String rule, Severity severity) {
            overrides.put(known(rule), Optional.of(severity));
            return this;
        }

        /** Sets a rule to {@code off}, {@code info}, {@code warning} or {@code error}. */
        public Builder set(String rule, String level) {
            String normalized = level.trim().toLowerCase(Locale.ROOT);
            switch (normalized) {
                case "off" -> disable(rule);
                case "info" -> severity(rule, Severity.INFO);
                case "warning" -> severity(rule, Severity.WARNING);
                case "error" -> severity(rule, Severity.ERROR);
                default -> throw new LintConfigException("rule '" + printable(rule) + "': unknown level '"
                        + printable(level) + "'; use \"off\", \"info\", \"warning\" or \"error\"");
            }
            return this;
        }

        /** Applies {@code other}'s settings over these. */
        public Builder mergeFrom(Builder other) {
            overrides.putAll(other.overrides);
            return this;
        }

        public LintConfig build() {
            return new LintConfig(overrides);
        }

        private static String known(String rule) {
            if (RuleCatalog.find(rule).isEmpty()) {
                throw new LintConfigException("unknown rule '" + printable(rule) + "'; run 'lint --list-rules' to see them");
            }
            return rule;
        }
    }
}
