package id.ac.ugm.aicare.schema.engine.ddl;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.model.ModelMetadata.EntityTable;
import id.ac.ugm.aicare.schema.migration.Outcome;
import id.ac.ugm.aicare.schema.migration.RenderedTable;
import id.ac.ugm.aicare.schema.migration.SchemaMigrator;
import java.util.Objects;

/**
 * Creates a table from an entity class in a Java migration:
 * {@code EntityTables.discover().create(migrator, JournalEntry.class)}. The table is rendered from
 * the entity as it is <em>today</em> (the same CREATE TABLE, comments and indexes as a schema created
 * from the models) and handed to {@link SchemaMigrator#createTable(RenderedTable)}, which needs no
 * Hibernate.
 *
 * <p>What that means for an old migration when the entity changes later: on a database that already
 * ran it, nothing (Flyway does not run it again). On a database where the table exists with the old
 * shape (a re-run, or a repair), everything the entity has now and the table lacks is a
 * {@code MigrationConflictException} naming the differences: the helper never silently alters the
 * table. On an empty database it creates today's shape, and the later migrations that turned the old
 * shape into today's must then find their work done (the helpers converge, so they do). A migration
 * that must keep the shape of its day describes the table with {@link SchemaMigrator#createTable(
 * id.ac.ugm.aicare.schema.migration.TableDef)} instead.
 */
public final class EntityTables {

    private final ModelCatalog models;
    /** One renderer per instance: a migration that creates several tables boots the models once. */
    private DdlRenderer renderer;

    private EntityTables(ModelCatalog models) {
        this.models = Objects.requireNonNull(models, "models");
    }

    /** The entities of these models. */
    public static EntityTables of(ModelCatalog models) {
        return new EntityTables(models);
    }

    /** The entities of every model module on the classpath. */
    public static EntityTables discover() {
        return new EntityTables(ModelCatalog.discover());
    }

    /** The table of that entity class as the models render it today. */
    public RenderedTable table(Class<?> entityClass) {
        Objects.requireNonNull(entityClass, "entityClass");
        DdlRenderer renderer = renderer();
        EntityTable entity = renderer.metadata().allTables().stream()
                .filter(table -> table.entityClass().equals(entityClass)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(entityClass.getName() + " is not an entity of the models ("
                        + String.join(", ", models.moduleNames()) + ")"));
        return renderer.renderedTable(entity);
    }

    private synchronized DdlRenderer renderer() {
        if (renderer == null) {
            renderer = new DdlRenderer(ModelSchema.of(models).metadata());
        }
        return renderer;
    }

    /** Creates (or checks) the entity's table through the migrator; see {@link SchemaMigrator#createTable(RenderedTable)}. */
    public Outcome create(SchemaMigrator migrator, Class<?> entityClass) {
        return migrator.createTable(table(entityClass));
    }
}
