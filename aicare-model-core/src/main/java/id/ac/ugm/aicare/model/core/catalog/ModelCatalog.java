package id.ac.ugm.aicare.model.core.catalog;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * The model modules a program has, in dependency order (a module after every module it depends on;
 * among independent modules, by name). Modules are found only through {@link ServiceLoader}: what
 * is on the classpath is what gets a schema. A service needs only this class and the model jars to
 * register the entities ({@link #persistenceConfiguration}); the engine renders DDL from a catalog
 * ({@code ModelSchema.of(catalog)}).
 */
public final class ModelCatalog {

    private final List<ModelModule> modules;

    private ModelCatalog(List<ModelModule> modules) {
        this.modules = List.copyOf(modules);
    }

    /** Every module registered on the thread's context class loader (or this class's loader). */
    public static ModelCatalog discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : ModelCatalog.class.getClassLoader());
    }

    /** Every module registered on the given class loader. */
    public static ModelCatalog discover(ClassLoader loader) {
        List<ModelModule> found = new ArrayList<>();
        ServiceLoader.load(ModelModule.class, loader).forEach(found::add);
        return of(found);
    }

    /** A catalog of exactly these modules; each one's dependencies must be among them. */
    public static ModelCatalog of(Collection<? extends ModelModule> modules) {
        return new ModelCatalog(inDependencyOrder(modules));
    }

    /** The modules in dependency order. */
    public List<ModelModule> modules() {
        return modules;
    }

    /** The module names in dependency order. */
    public List<String> moduleNames() {
        return modules.stream().map(ModelModule::name).toList();
    }

    /** The module of that name. */
    public ModelModule module(String name) {
        return modules.stream().filter(module -> module.name().equals(name)).findFirst()
                .orElseThrow(() -> new ModelDiscoveryException("Unknown module '" + name + "'; the classpath has: "
                        + String.join(", ", moduleNames())));
    }

    /** The named modules together with everything they depend on, as a catalog of its own. */
    public ModelCatalog select(Collection<String> names) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : names) {
            addWithDependencies(module(name), wanted);
        }
        return new ModelCatalog(modules.stream().filter(module -> wanted.contains(module.name())).toList());
    }

    private void addWithDependencies(ModelModule module, Set<String> wanted) {
        if (wanted.add(module.name())) {
            for (String dependency : module.dependsOn()) {
                addWithDependencies(module(dependency), wanted);
            }
        }
    }

    /** Every entity class of every module, in module order. */
    public List<Class<?>> entityClasses() {
        List<Class<?>> classes = new ArrayList<>();
        modules.forEach(module -> classes.addAll(module.entityClasses()));
        return classes;
    }

    /**
     * A Jakarta {@link EntityManagerFactory} over every entity of the catalog, using the given data
     * source. It never changes the schema ({@code hibernate.hbm2ddl.auto} stays off); Bean
     * Validation runs before inserts and updates.
     */
    public EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        return persistenceConfiguration("aicare-models")
                .property("hibernate.connection.datasource", dataSource)
                .createEntityManagerFactory();
    }

    /** A persistence configuration naming every entity explicitly, for services to extend. */
    public HibernatePersistenceConfiguration persistenceConfiguration(String unitName) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration(unitName)
                .managedClasses(entityClasses())
                .property("hibernate.implicit_naming_strategy", PostgresNamingStrategy.class.getName())
                .property("jakarta.persistence.validation.mode", "callback");
        return configuration;
    }

    private static List<ModelModule> inDependencyOrder(Collection<? extends ModelModule> modules) {
        Map<String, ModelModule> byName = new TreeMap<>();
        for (ModelModule module : modules) {
            ModelModule previous = byName.put(module.name(), module);
            if (previous != null) {
                throw new ModelDiscoveryException("Two model modules are named '" + module.name() + "': "
                        + previous.getClass().getName() + " and " + module.getClass().getName());
            }
        }
        for (ModelModule module : byName.values()) {
            for (String dependency : module.dependsOn()) {
                if (!byName.containsKey(dependency)) {
                    throw new ModelDiscoveryException("Model module '" + module.name() + "' depends on '" + dependency
                            + "', which is not on the classpath (add the aicare-model-" + dependency + " jar)");
                }
            }
        }
        Map<String, ModelModule> ordered = new LinkedHashMap<>();
        while (ordered.size() < byName.size()) {
            ModelModule next = byName.values().stream()
                    .filter(module -> !ordered.containsKey(module.name()))
                    .filter(module -> ordered.keySet().containsAll(module.dependsOn()))
                    .findFirst()
                    .orElseThrow(() -> new ModelDiscoveryException("Model modules depend on each other in a cycle: "
                            + String.join(", ", byName.keySet().stream().filter(n -> !ordered.containsKey(n)).toList())));
            ordered.put(next.name(), next);
        }
        return new ArrayList<>(ordered.values());
    }
}
