package id.ac.ugm.aicare.schema.engine.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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

    /** Reads a JSON config file. */
    public static LintConfig load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new LintConfigException("config file not found: " + file, e);
        } catch (IOException e) {
            throw new LintConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses JSON config text; {@code origin} names it in error messages. */
    public static LintConfig parse(String json, String origin) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new LintConfigException(origin + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new LintConfigException(origin + ": expected a JSON object such as {\"rules\": {\"prefer-text-field\": \"off\"}}");
        }
        Builder builder = new Builder();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            String key = entry.getKey();
            if (!key.equals("rules")) {
                throw new LintConfigException(origin + ": unknown key '" + key + "'; the only key is \"rules\"");
            }
        }
        JsonNode rules = root.path("rules");
        if (!rules.isMissingNode() && !rules.isObject()) {
            throw new LintConfigException(origin + ": \"rules\" must be an object of rule name to \"off\", \"warning\" or \"error\"");
        }
        for (Map.Entry<String, JsonNode> entry : rules.properties()) {
            if (!entry.getValue().isTextual()) {
                throw new LintConfigException(origin + ": rule '" + entry.getKey() + "' must be \"off\", \"warning\" or \"error\"");
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

    /** Created on first use: building an ObjectMapper costs a fresh JVM a few hundred milliseconds. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
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

        /** Sets a rule to {@code off}, {@code warning} or {@code error}. */
        public Builder set(String rule, String level) {
            String normalized = level.trim().toLowerCase(Locale.ROOT);
            switch (normalized) {
                case "off" -> disable(rule);
                case "warning" -> severity(rule, Severity.WARNING);
                case "error" -> severity(rule, Severity.ERROR);
                default -> throw new LintConfigException("rule '" + rule + "': unknown level '" + level
                        + "'; use \"off\", \"warning\" or \"error\"");
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
                throw new LintConfigException("unknown rule '" + rule + "'; run 'lint --list-rules' to see them");
            }
            return rule;
        }
    }
}
