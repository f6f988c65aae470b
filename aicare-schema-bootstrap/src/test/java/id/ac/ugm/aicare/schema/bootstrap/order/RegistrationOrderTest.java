package id.ac.ugm.aicare.schema.bootstrap.order;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.auth.user.User;
import id.ac.ugm.aicare.model.auth.user.UserClinicalRecord;
import id.ac.ugm.aicare.model.auth.user.UserProfile;
import id.ac.ugm.aicare.model.clinical.conversations.Message;
import id.ac.ugm.aicare.model.clinical.conversations.MessageRole;
import id.ac.ugm.aicare.model.clinical.flagging.FlaggedSession;
import id.ac.ugm.aicare.model.clinical.psychologist.Psychologist;
import id.ac.ugm.aicare.model.content.resource.ContentResource;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.bootstrap.SchemaBootstrap;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.catalog.PostgresNamingStrategy;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.testing.PostgresTest;
import id.ac.ugm.aicare.testing.TestDatabase;
import id.ac.ugm.aicare.testing.jpa.JpaTestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mapping of every column is the same whatever order the entities are registered in: a JSON
 * {@code List<String>} registered before the {@code varchar[]} ones must not turn those into JSON.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationOrderTest {

    private final Map<String, List<Class<?>>> orders = RegistrationOrders.all();
    private DataSource dataSource;
    private TestDatabase database;

    @BeforeAll
    void createTheSchemaWithInit(TestDatabase database) {
        this.database = database;
        this.dataSource = database.dataSourceWithoutErrorDetail();
        SchemaBootstrap.configure(database.dataSource()).load().init();
    }

    Stream<Arguments> orders() {
        return RegistrationOrders.all().entrySet().stream().map(order -> Arguments.of(order.getKey(), order.getValue()));
    }

    @Test
    void everyOrderHoldsEveryEntityOfTheSevenModulesOnce() {
        List<Class<?>> spi = RegistrationOrders.spiOrder();
        assertThat(spi).hasSize(ModelCatalog.discover().entityClasses().size()).doesNotHaveDuplicates();
        assertThat(orders.values()).allSatisfy(order -> assertThat(order).containsExactlyInAnyOrderElementsOf(spi));
        assertThat(ModelCatalog.discover().moduleNames()).hasSize(7);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void hibernateValidatesAnInitCreatedDatabase(String name, List<Class<?>> order) {
        EntityManagerFactory factory = configuration(order).property("hibernate.hbm2ddl.auto", "validate")
                .createEntityManagerFactory();
        factory.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orders")
    void arrayAndJsonColumnsRoundTrip(String name, List<Class<?>> order) {
        try (JpaTestDatabase db = new JpaTestDatabase(database, configuration(order).createEntityManagerFactory()) {
        }) {
            String session = "order-" + UUID.randomUUID();
            List<String> interests = List.of("music", "reading");
            List<String> tools = List.of("search", "\"quoted\" tool");
            Object[] ids = db.callInTransaction(em -> {
                User user = new User(session + "@example.ac.id");
                em.persist(user);
                UserProfile profile = new UserProfile(user);
                profile.setInterests(interests);
                em.persist(profile);
                UserClinicalRecord record = new UserClinicalRecord(user);
                record.setPrimaryConcerns(List.of("sleep"));
                record.setDiagnosedConditions(List.of());
                record.setWarningSigns(List.of("isolation", "sleep_disruption"));
                record.setCopingStrategies(List.of("breathing_exercise"));
                em.persist(record);
                Message message = new Message(session, MessageRole.ASSISTANT, "reply");
                message.setToolsUsed(tools);
                em.persist(message);
                FlaggedSession flagged = new FlaggedSession(session, user, null, "reason");
                flagged.setTags(List.of("risk"));
                em.persist(flagged);
                Psychologist psychologist = new Psychologist("Dr. Order");
                psychologist.setLanguages(List.of("id", "en"));
                em.persist(psychologist);
                ContentResource resource = new ContentResource("title " + session, "body");
                resource.setTags(List.of("sleep", "stress"));
                em.persist(resource);
                return new Object[] {profile.getId(), record.getId(), message.getId(), flagged.getId(),
                        psychologist.getId(), resource.getId()};
            });

            db.runInTransaction(em -> {
                assertThat(em.find(UserProfile.class, ids[0]).getInterests()).isEqualTo(interests);
                UserClinicalRecord record = em.find(UserClinicalRecord.class, ids[1]);
                assertThat(record.getPrimaryConcerns()).containsExactly("sleep");
                assertThat(record.getDiagnosedConditions()).isEmpty();
                assertThat(record.getWarningSigns()).containsExactly("isolation", "sleep_disruption");
                assertThat(record.getCopingStrategies()).containsExactly("breathing_exercise");
                assertThat(em.find(Message.class, ids[2]).getToolsUsed()).isEqualTo(tools);
                assertThat(em.find(FlaggedSession.class, ids[3]).getTags()).containsExactly("risk");
                assertThat(em.find(Psychologist.class, ids[4]).getLanguages()).containsExactly("id", "en");
                assertThat(em.find(ContentResource.class, ids[5]).getTags()).containsExactly("sleep", "stress");
            });
            // what the server holds: a real array in the varchar[] column, a JSON array in the jsonb one
            assertThat(db.queryText("SELECT interests[2] FROM user_profiles WHERE id = ?", ids[0])).isEqualTo("reading");
            assertThat(db.queryText("SELECT tools_used ->> 1 FROM messages WHERE id = ?", ids[2]))
                    .isEqualTo("\"quoted\" tool");
        }
    }

    @Test
    void everyColumnIsBoundToTheSameJdbcTypeInEveryOrder() {
        Map<String, String> spiBinding = bindingOfEveryColumn(orders.get("SPI order"));
        assertThat(spiBinding).containsEntry("UserProfile.interests", "ARRAY")
                .containsEntry("Message.toolsUsed", "JSON");
        orders.forEach((name, order) -> {
            Map<String, String> binding = bindingOfEveryColumn(order);
            assertThat(binding.keySet()).as(name).isEqualTo(spiBinding.keySet());
            List<String> different = spiBinding.keySet().stream()
                    .filter(column -> !spiBinding.get(column).equals(binding.get(column)))
                    .map(column -> column + ": " + spiBinding.get(column) + " in SPI order, " + binding.get(column))
                    .toList();
            assertThat(different).as("columns bound differently when registered %s", name).isEmpty();
        });
    }

    @Test
    void theRenderedSchemaIsTheSameInEveryOrder() {
        String spiDdl = ModelSchema.of(ModelCatalog.discover()).ddl();
        orders.forEach((name, order) -> assertThat(ModelSchema.of(catalogListing(order)).ddl()).as(name).isEqualTo(spiDdl));
    }

    private HibernatePersistenceConfiguration configuration(List<Class<?>> order) {
        return new HibernatePersistenceConfiguration("registration-order")
                .managedClasses(order)
                .property("hibernate.implicit_naming_strategy", PostgresNamingStrategy.class.getName())
                .property("hibernate.connection.datasource", dataSource);
    }

    /** Entity.attribute to the JDBC type Hibernate resolved for it, for every basic attribute. */
    private static Map<String, String> bindingOfEveryColumn(List<Class<?>> order) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("jakarta.persistence.database-product-name", "PostgreSQL")
                .applySetting("jakarta.persistence.database-major-version", "16")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            order.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            Map<String, String> binding = new TreeMap<>();
            for (PersistentClass entity : metadata.getEntityBindings()) {
                for (Property property : entity.getPropertyClosure()) {
                    if (property.getValue() instanceof BasicValue value) {
                        String jdbcType = org.hibernate.type.descriptor.JdbcTypeNameMapper.getTypeName(
                                value.resolve().getJdbcType().getDefaultSqlTypeCode());
                        binding.put(entity.getMappedClass().getSimpleName() + "." + property.getName(), jdbcType);
                    }
                }
            }
            return binding;
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * A catalog of the modules on the class path whose entity lists follow the given order. The
     * catalog itself puts modules in dependency order, so only the order inside a module can vary.
     */
    private static ModelCatalog catalogListing(List<Class<?>> order) {
        List<ModelModule> modules = new ArrayList<>();
        for (ModelModule module : ServiceLoader.load(ModelModule.class)) {
            List<Class<?>> own = order.stream().filter(module.entityClasses()::contains).toList();
            modules.add(new ModelModule() {
                @Override
                public String name() {
                    return module.name();
                }

                @Override
                public List<Class<?>> entityClasses() {
                    return own;
                }

                @Override
                public List<String> dependsOn() {
                    return module.dependsOn();
                }
            });
        }
        return ModelCatalog.of(modules);
    }
}
