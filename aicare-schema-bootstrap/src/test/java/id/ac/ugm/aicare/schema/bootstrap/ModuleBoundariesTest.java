package id.ac.ugm.aicare.schema.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.bootstrap.boundaryfixture.BoundaryFixtureModule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Module boundaries, checked on the bytecode rather than remembered: the classes of every model
 * module found through {@link ServiceLoader} may use only their own module, the modules it
 * declares in {@link ModelModule#dependsOn()} (transitively), the shared core and the platform
 * libraries (JDK, Jakarta, Hibernate, Lombok). A link to a module that is not declared fails
 * the build, and so does any link out of {@code auth}, the module every other one builds on.
 */
class ModuleBoundariesTest {

    private static final String MODEL_ROOT = "id.ac.ugm.aicare.model";
    private static final String CORE_PACKAGE = MODEL_ROOT + ".core";
    private static final List<String> ALWAYS_ALLOWED =
            List.of("java..", "javax..", "jakarta..", "org.hibernate..", "lombok..", CORE_PACKAGE + "..");

    private static Map<String, ModelModule> modules;
    private static JavaClasses modelClasses;

    @BeforeAll
    static void importModels() {
        // The rules look only at the names of the classes a model class uses; reading Hibernate,
        // Jakarta and the JDK as well would only make the import slow.
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        modules = new TreeMap<>();
        for (ModelModule module : ServiceLoader.load(ModelModule.class)) {
            ModelModule previous = modules.put(module.name(), module);
            assertThat(previous).as("two modules named %s", module.name()).isNull();
        }
        modelClasses = new ClassFileImporter().importPackages(MODEL_ROOT);
    }

    @AfterAll
    static void restoreArchUnitDefaults() {
        ArchConfiguration.get().reset();
    }

    @Test
    void everyModelModuleOfTheProjectIsFound() {
        assertThat(modules.keySet())
                .contains("auth", "clinical", "gamification", "content", "campaigns", "finance", "langgraph");
    }

    @TestFactory
    Stream<DynamicTest> eachModuleKeepsItsEntitiesInsideItsOwnPackage() {
        return modules.values().stream().map(module -> DynamicTest.dynamicTest(module.name(), () -> {
            assertThat(module.entityClasses())
                    .allSatisfy(entity -> assertThat(entity.getPackageName() + ".")
                            .startsWith(packageOf(module) + "."));
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachModuleDependsOnlyOnTheModulesItDeclares() {
        return modules.values().stream().map(module -> DynamicTest.dynamicTest(module.name(),
                () -> boundaryRule(module, modules).check(modelClasses)));
    }

    @Test
    void authDependsOnNoOtherDomainModule() {
        ModelModule auth = modules.get("auth");
        assertThat(auth).as("the auth module on the classpath").isNotNull();
        assertThat(auth.dependsOn()).isEmpty();
        List<String> others = modules.values().stream()
                .filter(module -> module != auth)
                .map(module -> packageOf(module) + "..")
                .toList();
        noClasses().that().resideInAPackage(packageOf(auth) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                .because("every domain module builds on auth, so auth may build on none of them")
                .check(modelClasses);
    }

    @Test
    void aClassThatUsesAnUndeclaredModuleBreaksTheRule() {
        ModelModule fixture = new BoundaryFixtureModule(List.of("auth"));
        EvaluationResult result = boundaryRule(fixture, withModule(fixture)).evaluate(fixtureClasses());

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("LeakyEntity").contains("Psychologist"))
                .noneSatisfy(detail -> assertThat(detail).contains("auth.user.User"));
    }

    @Test
    void theSameClassPassesOnceItsModuleDeclaresTheDependency() {
        ModelModule fixture = new BoundaryFixtureModule(List.of("auth", "clinical"));
        EvaluationResult result = boundaryRule(fixture, withModule(fixture)).evaluate(fixtureClasses());

        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void theRuleCatchesARealModuleThatForgetsADependency() {
        ModelModule content = modules.get("content");
        assertThat(content.dependsOn()).contains("clinical");
        EvaluationResult result = boundaryRule(content.name(), packageOf(content), List.of("auth"), modules)
                .evaluate(modelClasses);

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(detail -> assertThat(detail).contains("Appointment").contains("Psychologist"));
    }

    /** The classes of {@code module} may use only the allowed packages of {@code module} among {@code known}. */
    private static ArchRule boundaryRule(ModelModule module, Map<String, ModelModule> known) {
        return boundaryRule(module.name(), packageOf(module), module.dependsOn(), known);
    }

    private static ArchRule boundaryRule(String name, String modulePackage, List<String> dependsOn,
                                         Map<String, ModelModule> known) {
        Set<String> reachable = transitiveDependencies(name, dependsOn, known);
        List<String> allowed = new ArrayList<>(ALWAYS_ALLOWED);
        allowed.add(modulePackage + "..");
        reachable.forEach(dependency -> allowed.add(packageOf(known.get(dependency)) + ".."));
        return classes().that().resideInAPackage(modulePackage + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .as("classes of model module '" + name + "' depend only on " + allowed)
                .because("module '" + name + "' declares dependsOn " + dependsOn
                        + ", which must match its Maven dependencies");
    }

    private static Set<String> transitiveDependencies(String name, List<String> dependsOn,
                                                      Map<String, ModelModule> known) {
        Set<String> reachable = new LinkedHashSet<>();
        List<String> pending = new ArrayList<>(dependsOn);
        while (!pending.isEmpty()) {
            String next = pending.remove(0);
            ModelModule dependency = known.get(next);
            assertThat(dependency).as("module '%s' depends on '%s', which is not on the classpath", name, next)
                    .isNotNull();
            if (reachable.add(next)) {
                pending.addAll(dependency.dependsOn());
            }
        }
        return reachable;
    }

    private static Map<String, ModelModule> withModule(ModelModule extra) {
        Map<String, ModelModule> known = new TreeMap<>(modules);
        known.put(extra.name(), extra);
        return known;
    }

    private static JavaClasses fixtureClasses() {
        return new ClassFileImporter().importPackages(BoundaryFixtureModule.class.getPackageName());
    }

    /** A module's classes live in the package of its {@link ModelModule} class and below. */
    private static String packageOf(ModelModule module) {
        return module.getClass().getPackageName();
    }
}
