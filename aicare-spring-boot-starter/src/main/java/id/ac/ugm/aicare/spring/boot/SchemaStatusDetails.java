package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.schema.engine.bootstrap.ModuleState;
import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLineStatus;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.Migration;
import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.ModuleStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link StatusReport} as the health indicator, the info contributor and the validate mode show
 * it: versions, migration labels and counts of differences, never a difference's text (that names
 * defaults and columns an anonymous health probe need not see) and never a row value.
 */
final class SchemaStatusDetails {

    private SchemaStatusDetails() {
    }

    /** One map per module and per line: state, versions, pending and failed migrations, drift. */
    static Map<String, Object> details(StatusReport report) {
        Map<String, Object> modules = new LinkedHashMap<>();
        for (ModuleStatus module : report.modules()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("state", module.state().name());
            entry.put("modelVersion", module.modelVersion());
            entry.put("version", module.currentVersion());
            entry.put("pending", labels(module.pending()));
            entry.put("failed", labels(module.failed()));
            entry.put("drift", module.differences().size());
            entry.put("upToDate", module.upToDate());
            modules.put(module.module(), entry);
        }
        Map<String, Object> lines = new LinkedHashMap<>();
        for (ServiceLineStatus line : report.serviceLines()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("started", line.started());
            entry.put("version", line.currentVersion());
            entry.put("pending", labels(line.pending()));
            entry.put("drift", line.differences().size());
            entry.put("upToDate", line.upToDate());
            lines.put(line.line(), entry);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("schema", report.schema());
        details.put("modules", modules);
        details.put("serviceLines", lines);
        return details;
    }

    /** What keeps the report from being up to date, one short phrase per module or line. */
    static List<String> problems(StatusReport report) {
        List<String> problems = new ArrayList<>();
        for (ModuleStatus module : report.modules()) {
            if (module.upToDate()) {
                continue;
            }
            List<String> why = new ArrayList<>();
            if (module.state() != ModuleState.INITIALISED) {
                why.add("not initialised (" + module.state().name().toLowerCase(Locale.ROOT) + ")");
            }
            if (!module.failed().isEmpty()) {
                why.add("failed " + String.join(", ", labels(module.failed())));
            }
            if (!module.pending().isEmpty()) {
                why.add(module.pending().size() + " pending");
            }
            int drift = module.differences().size();
            if (drift > 0) {
                why.add(drift + " difference" + (drift == 1 ? "" : "s") + " from the models");
            }
            problems.add("module " + module.module() + ": " + String.join(", ", why));
        }
        for (ServiceLineStatus line : report.serviceLines()) {
            if (line.upToDate()) {
                continue;
            }
            List<String> why = new ArrayList<>();
            if (!line.started()) {
                why.add("not started");
            }
            if (!line.pending().isEmpty()) {
                why.add(line.pending().size() + " pending");
            }
            if (!line.differences().isEmpty()) {
                why.add(line.differences().size() + " difference" + (line.differences().size() == 1 ? "" : "s"));
            }
            problems.add("service line " + line.line() + ": " + String.join(", ", why));
        }
        return problems;
    }

    private static List<String> labels(List<Migration> migrations) {
        return migrations.stream().map(Migration::label).toList();
    }
}
