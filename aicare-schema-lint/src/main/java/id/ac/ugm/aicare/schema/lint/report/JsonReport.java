package id.ac.ugm.aicare.schema.lint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;

/** An array of {@code {file, line, column, rule, severity, message, hint}} objects. */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static String render(LintReport report) {
        ArrayNode array = JSON.createArrayNode();
        for (Finding finding : report.findings()) {
            ObjectNode node = array.addObject();
            node.put("file", Locations.file(finding));
            node.put("line", finding.line());
            node.put("column", finding.column());
            node.put("rule", finding.rule());
            node.put("severity", finding.severity().label());
            node.put("message", finding.message());
            node.put("hint", finding.hint());
        }
        try {
            return JSON.writeValueAsString(array) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON report", e);
        }
    }
}
