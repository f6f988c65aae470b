package id.ac.ugm.aicare.schema.lint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.FindingKey;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.RuleCatalog;
import id.ac.ugm.aicare.schema.lint.rule.RuleDefinition;
import id.ac.ugm.aicare.schema.lint.rule.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format GitHub code scanning and most IDEs and CI dashboards read: one run, the
 * rules that fired described in {@code tool.driver.rules}, one result per finding. Relative paths
 * are relative to the checkout ({@code %SRCROOT%}); columns count UTF-16 code units, as the linter's do.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    static String render(LintReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "aicare-schema-lint");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            ruleIndex.computeIfAbsent(finding.rule(), name -> {
                describe(rules.addObject(), finding);
                return ruleIndex.size();
            });
        }
        ArrayNode results = run.putArray("results");
        List<String> fingerprints = FindingKey.fingerprints(report.findings());
        for (int i = 0; i < report.findings().size(); i++) {
            Finding finding = report.findings().get(i);
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.rule());
            result.put("ruleIndex", ruleIndex.get(finding.rule()));
            result.put("level", level(finding.severity()));
            result.putObject("message").put("text", finding.message());
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            String file = Locations.file(finding);
            artifact.put("uri", Locations.uri(file));
            if (!Locations.isAbsolute(file)) {
                artifact.put("uriBaseId", "%SRCROOT%");
            }
            if (finding.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", finding.line());
                region.put("startColumn", Math.max(1, finding.column()));
            }
            result.putObject("partialFingerprints").put("aicareFindingKey/v1", fingerprints.get(i));
        }
        run.put("columnKind", "utf16CodeUnits");
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SARIF report", e);
        }
    }

    private static void describe(ObjectNode rule, Finding finding) {
        rule.put("id", finding.rule());
        RuleDefinition definition = RuleCatalog.find(finding.rule()).orElse(null);
        rule.putObject("shortDescription").put("text", definition == null ? finding.message() : definition.message());
        rule.putObject("help").put("text", finding.hint());
        Severity level = definition == null ? finding.severity() : definition.defaultSeverity();
        rule.putObject("defaultConfiguration").put("level", level(level));
        if (definition != null) {
            rule.putObject("properties").putArray("tags").add(definition.category().title());
        }
    }

    /** SARIF's levels: error, warning, note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
