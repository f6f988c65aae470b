package id.ac.ugm.aicare.schema.engine.bootstrap;

import java.util.List;

/**
 * A service's own line of migrations, after the model modules it builds on: its own Flyway
 * location, history table and versions, so that a service adding a column to {@code journal_entries}
 * never numbers files in clinical's line (and never collides with the library's next clinical
 * migration). A service's jar announces it in
 * {@code META-INF/services/id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine}, or the caller passes
 * it to {@link SchemaBootstrapConfiguration#serviceLines(java.util.Collection)}; {@link #of} makes one without a class.
 *
 * <p>{@code migrate} runs each line after every module, under the same schema lock; the line's
 * history is started (a Flyway baseline at version 0) by the first {@code migrate} that sees it, so
 * its migrations start at {@code V1}. {@code status} renders the models and then each line's applied
 * migrations in its scratch schema, so the line's objects are expected there and reported as the
 * line's, not as drift of the module they touch.
 */
public interface ServiceLine {

    /** Stable name, {@code [a-z][a-z0-9_]*}, distinct from every model module's; it names the history table. */
    String name();

    /** The model modules whose tables its migrations touch; they must be in the catalog it runs with. */
    List<String> buildsOn();

    /** Where its migrations are: {@code classpath:...} (SQL and Java) or {@code filesystem:...} (SQL). */
    default String migrationLocation() {
        return "classpath:db/aicare_service/" + name();
    }

    /** Its Flyway history table. */
    default String historyTable() {
        return "aicare_service_history_" + name();
    }

    /** Where its migrations are looked up: by default the loader of the class that declares the line. */
    default ClassLoader classLoader() {
        ClassLoader loader = getClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    /** A line declared without a class of its own (the CLI's {@code --service-line}). */
    static ServiceLine of(String name, String migrationLocation, List<String> buildsOn, ClassLoader loader) {
        return new DeclaredServiceLine(name, migrationLocation, buildsOn, loader);
    }

    /** What {@link #of} returns. */
    record DeclaredServiceLine(String name, String migrationLocation, List<String> buildsOn, ClassLoader classLoader)
            implements ServiceLine {
        public DeclaredServiceLine {
            buildsOn = List.copyOf(buildsOn);
        }
    }
}
