package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * What a {@link SchemaBootstrap} works on, collected before it is built: {@link SchemaBootstrap#configure(DataSource)},
 * the settings, then {@link #load()}. Every setting is checked when it is made or, for those that
 * depend on each other (the modules of the catalog, the service lines against the modules), by
 * {@code load()}: a bad one is refused with a one-line message before any SQL is sent.
 *
 * <p>A configuration is a mutable builder for one thread; the bootstrap it loads is immutable.
 */
public final class SchemaBootstrapConfiguration {

    /**
     * The longest wait for the schema lock: PostgreSQL's {@code lock_timeout} holds at most INT_MAX
     * milliseconds (about 24.8 days); a longer one could not be set on the server.
     */
    public static final Duration MAX_LOCK_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    /** The wait for another instance's lock when none is set. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private ModelCatalog catalog;
    private List<String> modules;
    private BootstrapListener listener = BootstrapListener.NONE;
    private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
    private List<ServiceLine> serviceLines;

    SchemaBootstrapConfiguration(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Use exactly these modules (default: {@link ModelCatalog#discover()}). */
    public SchemaBootstrapConfiguration catalog(ModelCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        return this;
    }

    /**
     * Only these modules of the catalog and the modules they depend on, whichever order this and
     * {@link #catalog(ModelCatalog)} are called in. An unknown name is refused by {@link #load()}.
     */
    public SchemaBootstrapConfiguration modules(Collection<String> names) {
        this.modules = List.copyOf(names);
        return this;
    }

    /**
     * Where progress goes (default: nowhere). It is called on the thread that runs the operation, so
     * a listener of a bootstrap that several threads use must be safe for that.
     */
    public SchemaBootstrapConfiguration listener(BootstrapListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * How long to wait for another instance's lock before giving up (default ten minutes; zero: for ever).
     *
     * @throws IllegalArgumentException when negative or longer than {@link #MAX_LOCK_TIMEOUT}
     */
    public SchemaBootstrapConfiguration lockTimeout(Duration lockTimeout) {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative() || lockTimeout.compareTo(MAX_LOCK_TIMEOUT) > 0) {
            throw new IllegalArgumentException("lock timeout must be between zero and " + MAX_LOCK_TIMEOUT.toSeconds()
                    + " seconds, got " + lockTimeout.getSeconds() + " seconds");
        }
        this.lockTimeout = lockTimeout;
        return this;
    }

    /** The services' own migration lines, run after the modules (default: {@link ServiceLines#discover()}). */
    public SchemaBootstrapConfiguration serviceLines(Collection<? extends ServiceLine> lines) {
        this.serviceLines = List.copyOf(lines);
        return this;
    }

    /**
     * The bootstrap of this configuration. Later changes to the configuration do not reach it.
     *
     * @throws id.ac.ugm.aicare.error.AicareException naming the unknown module, or the service line
     *                                                and what is wrong with it; no SQL was sent
     */
    public SchemaBootstrap load() {
        ModelCatalog all = catalog != null ? catalog : ModelCatalog.discover();
        ModelCatalog selected = modules == null ? all : all.select(modules);
        List<ServiceLine> lines = ServiceLines.checked(serviceLines != null ? serviceLines : ServiceLines.discover(),
                selected);
        return new SchemaBootstrap(dataSource, selected, lines, listener, lockTimeout);
    }
}
