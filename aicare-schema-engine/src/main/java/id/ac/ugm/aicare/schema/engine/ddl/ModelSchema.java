package id.ac.ugm.aicare.schema.engine.ddl;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.model.ModelMetadata;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What the engine derives from a {@link ModelCatalog}: Hibernate's boot model and the DDL. The
 * catalog itself lives in aicare-model-core so that a service registers its entities without the
 * engine; booting Hibernate's metadata costs hundreds of milliseconds, so it is built once per
 * catalog (the catalog is held weakly: a dropped catalog drops its schema).
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

    /** The schema of all modules as ordered statements. */
    public SchemaScript schemaScript() {
        return new DdlRenderer(metadata()).render();
    }

    /** The schema of all modules as one deterministic SQL text. */
    public String ddl() {
        return schemaScript().toSql();
    }
}
