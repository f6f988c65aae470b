package id.ac.ugm.aicare.schema.lint;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings a project has accepted, so that adopting the linter on old migrations does not mean
 * fixing thousands of findings first: write the baseline once, and from then on only new findings
 * are reported. A finding is known by its file, rule and message, not its line ({@link FindingKey});
 * the baseline counts each key, so a second finding of the same kind in the same file is new.
 * Files are stored relative to the baseline's own folder, so the baseline works from any working
 * directory and on any machine. I/O errors and linter failures are never accepted.
 *
 * <pre>{@code
 * { "version": 1, "findings": [
 *   { "file": "db/migration/V1__init.sql", "rule": "prefer-robust-stmts",
 *     "message": "CREATE TABLE without IF NOT EXISTS fails on the second run", "count": 3 } ] }
 * }</pre>
 */
public final class FindingsBaseline {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Path folder;
    private final Map<FindingKey, Integer> accepted;

    private FindingsBaseline(Path folder, Map<FindingKey, Integer> accepted) {
        this.folder = folder;
        this.accepted = accepted;
    }

    /** Writes every finding of {@code report} (but I/O errors and linter failures) as the accepted ones. */
    public static FindingsBaseline write(Path file, LintReport report) {
        Path folder = folderOf(file);
        Map<FindingKey, Integer> counts = new TreeMap<>(java.util.Comparator.comparing(FindingKey::file)
                .thenComparing(FindingKey::rule).thenComparing(FindingKey::message));
        for (Finding finding : report.findings()) {
            if (acceptable(finding)) {
                counts.merge(key(folder, finding), 1, Integer::sum);
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ArrayNode findings = root.putArray("findings");
        counts.forEach((key, count) -> findings.addObject().put("file", key.file()).put("rule", key.rule())
                .put("message", key.message()).put("count", count));
        try {
            Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LintConfigException("cannot write findings baseline " + file + ": " + e.getClass().getSimpleName(), e);
        }
        return new FindingsBaseline(folder, new HashMap<>(counts));
    }

    /** Reads a baseline written by {@link #write}; a missing or malformed file throws {@link LintConfigException}. */
    public static FindingsBaseline load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LintConfigException("findings baseline not found: " + file
                    + " (write it once with --write-findings-baseline)", e);
        } catch (IOException e) {
            throw new LintConfigException("cannot read findings baseline " + file + ": " + e.getClass().getSimpleName(), e);
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new LintConfigException(file + ": not valid JSON" + where, e);
        }
        if (root == null || root.path("version").asInt() != 1 || !root.path("findings").isArray()) {
            throw new LintConfigException(file + ": not a findings baseline (expected {\"version\": 1, \"findings\": [...]})");
        }
        Map<FindingKey, Integer> accepted = new HashMap<>();
        int index = 0;
        for (JsonNode entry : root.get("findings")) {
            index++;
            if (!entry.path("file").isTextual() || !entry.path("rule").isTextual() || !entry.path("message").isTextual()
                    || !entry.path("count").canConvertToInt() || entry.path("count").asInt() < 1) {
                throw new LintConfigException(file + ": entry " + index
                        + " needs \"file\", \"rule\" and \"message\" strings and a positive \"count\"");
            }
            accepted.merge(new FindingKey(entry.get("file").asText(), entry.get("rule").asText(),
                    entry.get("message").asText()), entry.get("count").asInt(), Integer::sum);
        }
        return new FindingsBaseline(folderOf(file), accepted);
    }

    /** {@code report} without the accepted findings, which it counts instead. */
    public LintReport filter(LintReport report) {
        Map<FindingKey, Integer> left = new HashMap<>(accepted);
        List<Finding> remaining = new ArrayList<>();
        int known = 0;
        for (Finding finding : report.findings()) {
            FindingKey key = key(folder, finding);
            Integer count = acceptable(finding) ? left.get(key) : null;
            if (count != null && count > 0) {
                left.put(key, count - 1);
                known++;
            } else {
                remaining.add(finding);
            }
        }
        return new LintReport(remaining, report.filesLinted(), report.baselined() + known);
    }

    /** How many findings the baseline accepts in all. */
    public int size() {
        return accepted.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static boolean acceptable(Finding finding) {
        return !finding.isIoError() && !Finding.LINT_FAILURE.equals(finding.rule());
    }

    private static FindingKey key(Path folder, Finding finding) {
        Path file = ChangedFiles.canonical(finding.file());
        String relative = file.startsWith(folder) ? folder.relativize(file).toString() : file.toString();
        return FindingKey.of(finding, relative);
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return ChangedFiles.canonical(parent == null ? Path.of("/") : parent);
    }
}
