package id.ac.ugm.aicare.schema.engine.diff;

import id.ac.ugm.aicare.schema.engine.diff.internal.MigrationSources;
import id.ac.ugm.aicare.schema.engine.diff.internal.Phase;
import id.ac.ugm.aicare.schema.engine.diff.internal.Planner;
import id.ac.ugm.aicare.schema.engine.diff.internal.Step;
import java.util.List;
import java.util.Optional;

/**
 * The migration that takes one module's tables from a database's state to the models': its steps
 * in the order they run, what the author should know, and what diff could not write. Rendered as a
 * Java migration on the helpers ({@link #javaSource}) or as an SQL script with guards
 * ({@link #sqlScript}); both hold the same steps.
 */
public final class MigrationPlan {

    private final String module;
    private final Planner.Plan plan;

    MigrationPlan(String module, Planner.Plan plan) {
        this.module = module;
        this.plan = plan;
    }

    public String module() {
        return module;
    }

    /** No difference: the database's tables are the models'. */
    public boolean isEmpty() {
        return plan.steps().isEmpty();
    }

    /** One line per step, in the order the migration runs them. */
    public List<String> summary() {
        return plan.steps().stream().filter(step -> step.phase() != Phase.NOT_EXPRESSED).map(Step::summary).toList();
    }

    /** What the author should know: a drop that may have been a rename, a type left in place. */
    public List<String> warnings() {
        return plan.warnings();
    }

    /**
     * Differences diff cannot write (a trigger, a policy, a reordered enum label, a column the
     * models put before existing ones). The written migration does not compile (Java) or raises an
     * error (SQL) at each, until the author writes it by hand.
     */
    public List<String> notExpressed() {
        return plan.steps().stream().filter(step -> step.phase() == Phase.NOT_EXPRESSED).map(Step::summary).toList();
    }

    /** Steps the author must fill in (a backfill's value) before the migration compiles or runs. */
    public List<String> toFillIn() {
        return plan.steps().stream().filter(step -> step.needsFillingIn() && step.phase() != Phase.NOT_EXPRESSED)
                .map(Step::summary).toList();
    }

    /** Whether the migration runs outside a transaction (it changes existing tables, so it builds indexes concurrently). */
    public boolean nonTransactional() {
        return plan.nonTransactional();
    }

    /**
     * The Java migration.
     *
     * @param title the first sentence of its Javadoc
     * @param about further Javadoc lines ({@code ""} for a paragraph break)
     */
    public String javaSource(String packageName, String className, String title, List<String> about) {
        return MigrationSources.java(plan, packageName, className, title, about);
    }

    /** The SQL script. */
    public String sqlScript(String title, List<String> about) {
        return MigrationSources.sql(plan, title, about);
    }

    /** The Flyway {@code .conf} to put beside the script, when it must run outside a transaction. */
    public Optional<String> sqlConfig() {
        return plan.nonTransactional() ? Optional.of(MigrationSources.sqlConfig()) : Optional.empty();
    }
}
