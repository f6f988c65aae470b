package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.catalog.Difference;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code init} found modules it must not touch and changed nothing: their tables differ from the
 * models, or only some of them exist. {@link #refusals()} says which and why, difference by difference.
 */
public final class InitRefusedException extends SchemaBootstrapException {

    private static final long serialVersionUID = 1L;

    /**
     * Why one module was refused.
     *
     * @param module      the module
     * @param reason      one line, e.g. "all 9 tables exist but differ from the models"
     * @param differences every difference between its tables and the models (empty when the reason says it all)
     */
    public record Refusal(String module, String reason, List<Difference> differences) {
        public Refusal {
            differences = List.copyOf(differences);
        }
    }

    private final transient List<Refusal> refusals;

    InitRefusedException(List<Refusal> refusals) {
        super(summary(refusals));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** What {@link #describe()} writes where the database's URL goes in the {@code diff} command it names. */
    public static final String URL_PLACEHOLDER = "JDBC_URL";

    /**
     * Every refusal and every difference, one per line, for people; after the differences of a module,
     * the {@code diff} command that writes the migration taking its tables to the models (with
     * {@link #URL_PLACEHOLDER} for the database).
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Refusal refusal : refusals) {
            lines.add("module " + refusal.module() + ": " + refusal.reason());
            refusal.differences().forEach(difference -> lines.add("  " + difference));
            if (!refusal.differences().isEmpty()) {
                lines.add("  aicare-schema diff --module " + refusal.module() + " --from database --url " + URL_PLACEHOLDER
                        + " writes the migration that takes these tables to the models; run it, then init again");
            }
        }
        return lines;
    }

    private static String summary(List<Refusal> refusals) {
        int differences = refusals.stream().mapToInt(refusal -> refusal.differences().size()).sum();
        return "init refused for module" + (refusals.size() == 1 ? " " : "s ")
                + String.join(", ", refusals.stream().map(Refusal::module).toList())
                + (differences == 0 ? "" : " (" + differences + " difference" + (differences == 1 ? "" : "s")
                + " from the models)") + "; nothing was changed";
    }
}
