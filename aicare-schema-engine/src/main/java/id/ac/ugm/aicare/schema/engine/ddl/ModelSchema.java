package id.ac.ugm.aicare.schema.engine.ddl;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.ModuleSchema;
import id.ac.ugm.aicare.schema.engine.model.ModelMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * What the engine derives from a {@link ModelCatalog}: Hibernate's boot model and the DDL. The
 * catalog itself lives in aicare-model-core so that a service registers its entities without the
 * engine; booting Hibernate's metadata costs hundreds of milliseconds, so it is built once per
 * catalog (the catalog is held weakly: a dropped catalog drops its schema).
 *
 * <p>Each model jar also carries its module's schema rendered at build time
 * ({@code META-INF/aicare/schema/<module>.ddl}, with the CRC-32 of each class file it was rendered
 * from, see {@link ModelFingerprint}). {@link #schemaScript()} uses those files when every module has one that matches its
 * classes, so the commands that only need the DDL (ddl, init, migrate, status) do not boot
 * Hibernate; otherwise it renders. {@code BuildTimeSchemaTest} proves both give the same script.
 */
public final class ModelSchema {

    private static final Map<ModelCatalog, ModelSchema> BY_CATALOG = new WeakHashMap<>();

    private final ModelCatalog catalog;
    private ModelMetadata metadata;

    private ModelSchema(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** The schema of that catalog; the same instance for the same catalog. */
    public static ModelSchema of(ModelCatalog catalog) {
        synchronized (BY_CATALOG) {
            return BY_CATALOG.computeIfAbsent(catalog, ModelSchema::new);
        }
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    /** Hibernate's boot model of all the entities, built once without touching a database. */
    public synchronized ModelMetadata metadata() {
        if (metadata == null) {
            metadata = ModelMetadata.build(catalog);
        }
        return metadata;
    }

    /** The schema of all modules as ordered statements: from the jars' build-time files where they match, else rendered. */
    public SchemaScript schemaScript() {
        return buildTimeScript().orElseGet(this::renderedScript);
    }

    /** The schema of all modules rendered now from Hibernate's boot model, whatever the jars carry. */
    public SchemaScript renderedScript() {
        return new DdlRenderer(metadata()).render();
    }

    /**
     * The script assembled from every module's build-time file, or empty when a module has none, or
     * one rendered from other classes than those on the classpath, or two modules disagree on an
     * enum type (rendering then reports the conflict).
     */
    public Optional<SchemaScript> buildTimeScript() {
        return buildTimeScript(ModelSchema::carriedFile);
    }

    /** {@link #buildTimeScript()} with the files from elsewhere than the modules' jars (tests). */
    Optional<SchemaScript> buildTimeScript(Function<ModelModule, Optional<String>> files) {
        try (ModelFingerprint classes = new ModelFingerprint(catalog)) {
            return buildTimeScript(files, classes);
        }
    }

    private Optional<SchemaScript> buildTimeScript(Function<ModelModule, Optional<String>> files, ModelFingerprint classes) {
        Map<String, String> enumTypesSoFar = new HashMap<>();
        List<ModuleSchema> modules = new ArrayList<>();
        for (ModelModule module : catalog.modules()) {
            Optional<BuildTimeSchemaFile.Contents> file = files.apply(module).flatMap(BuildTimeSchemaFile::read);
            if (file.isEmpty() || !file.get().schema().module().equals(module.name())
                    || !classes.matches(module.name(), file.get().renderedFrom())) {
                return Optional.empty();
            }
            // Rendered alone, a module introduces every enum type it uses; in the whole script an
            // enum type belongs to the first module (in dependency order) that uses it.
            List<String> enumTypes = new ArrayList<>();
            for (Map.Entry<String, String> type : file.get().enumTypesByName().entrySet()) {
                String earlier = enumTypesSoFar.putIfAbsent(type.getKey(), type.getValue());
                if (earlier == null) {
                    enumTypes.add(type.getValue());
                } else if (!earlier.equals(type.getValue())) {
                    return Optional.empty();
                }
            }
            ModuleSchema schema = file.get().schema();
            modules.add(new ModuleSchema(schema.module(), List.copyOf(enumTypes), schema.tables(), schema.foreignKeys()));
        }
        return Optional.of(new SchemaScript(modules));
    }

    /** Where a model jar carries the build-time schema file of that module. */
    public static String buildTimeResource(String module) {
        return BuildTimeSchemaFile.resourceName(module);
    }

    /**
     * The build-time schema file of that module of this catalog, rendered now: what its jar
     * carries at {@link #buildTimeResource(String)} when its build wrote it from these classes.
     */
    public String buildTimeFile(String module) {
        DdlRenderer renderer = new DdlRenderer(metadata());
        SchemaScript script = renderer.render();
        ModuleSchema schema = script.modules().stream().filter(m -> m.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no module " + module + " in " + catalog.moduleNames()));
        List<String> names = renderer.enumTypeNames(module);
        Map<String, String> enumTypes = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            enumTypes.put(names.get(i), schema.enumTypes().get(i));
        }
        try (ModelFingerprint classes = new ModelFingerprint(catalog)) {
            return BuildTimeSchemaFile.write(classes.record(module), schema, enumTypes);
        }
    }

    /** Whether Hibernate has been booted for this catalog (tests: the build-time files spare it). */
    synchronized boolean hibernateBooted() {
        return metadata != null;
    }

    /** The schema of all modules as one deterministic SQL text. */
    public String ddl() {
        return schemaScript().toSql();
    }

    private static Optional<String> carriedFile(ModelModule module) {
        ClassLoader loader = module.getClass().getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(BuildTimeSchemaFile.resourceName(module.name()))) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
