package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.engine.bootstrap.StatusReport.Migration;
import id.ac.ugm.aicare.schema.catalog.Difference;
import java.util.List;

/**
 * Where one service line stands.
 *
 * @param line           its name
 * @param buildsOn       the modules it builds on
 * @param started        whether its history table exists (a {@code migrate} has seen it)
 * @param currentVersion the latest version its history records, or {@code null}
 * @param applied        its applied migrations, in order
 * @param pending        the migrations {@code migrate} would apply, in order
 * @param objects        what its applied migrations add to or change in the models' schema, each as
 *                       the difference it makes (a table, a column of a module's table, an index...)
 * @param differences    how the live database differs from the models plus its applied migrations,
 *                       in the objects it owns
 */
public record ServiceLineStatus(String line, List<String> buildsOn, boolean started, String currentVersion,
                                List<Migration> applied, List<Migration> pending, List<Difference> objects,
                                List<Difference> differences) {

    public ServiceLineStatus {
        buildsOn = List.copyOf(buildsOn);
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
        objects = List.copyOf(objects);
        differences = List.copyOf(differences);
    }

    /** Started, nothing pending, and its objects are as its migrations make them. */
    public boolean upToDate() {
        return started && pending.isEmpty() && differences.isEmpty();
    }
}
