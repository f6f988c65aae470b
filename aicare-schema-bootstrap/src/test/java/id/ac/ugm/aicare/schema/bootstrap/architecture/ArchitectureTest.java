package id.ac.ugm.aicare.schema.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.ac.ugm.aicare.error.AicareException;
import id.ac.ugm.aicare.model.core.enums.UnknownEnumLabelException;
import id.ac.ugm.aicare.model.core.enums.UnknownLabelInAttributeException;
import id.ac.ugm.aicare.sql.InvalidIdentifierException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's layering, checked on the main classes of every artifact (this module's tests see
 * them all): no package cycles, the linter free of Hibernate, Flyway and the models, the migration
 * runtime free of Hibernate, and no public API type that shows an internal one.
 */
class ArchitectureTest {

    static final String ROOT = "id.ac.ugm.aicare";
    static final String[] HIBERNATE = {"org.hibernate..", "jakarta.persistence.."};

    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.noPackageCycles(ROOT).check(library);
    }

    @Test
    void theLinterUsesNoHibernateFlywayOrModels() {
        ArchitectureRules.doesNotUse("the linter", new String[] {ROOT + ".schema.lint.."},
                "org.hibernate..", "jakarta.persistence..", "org.flywaydb..", ROOT + ".model..",
                ROOT + ".schema.engine..", ROOT + ".schema.migration..", ROOT + ".schema.catalog..").check(library);
    }

    @Test
    void theSqlModuleUsesNothingOfTheLibrary() {
        ArchitectureRules.doesNotUse("aicare-sql", new String[] {ROOT + ".sql.."},
                "org.hibernate..", "jakarta.persistence..", "org.flywaydb..", ROOT + ".model..",
                ROOT + ".schema..").check(library);
    }

    @Test
    void theMigrationRuntimeUsesNoHibernate() {
        ArchitectureRules.doesNotUse("the migration runtime",
                new String[] {ROOT + ".schema.migration..", ROOT + ".schema.catalog.."},
                "org.hibernate..", "jakarta.persistence..", ROOT + ".model..", ROOT + ".schema.engine..",
                ROOT + ".schema.lint..").check(library);
    }

    @Test
    void everyInternalPackageSaysItCarriesNoCompatibilityPromise() {
        // Surefire runs this module's tests in its own folder; the artifacts are its siblings.
        Path projectRoot = Path.of("").toAbsolutePath().getParent();
        assertThat(projectRoot.resolve("pom.xml")).as("the reactor's root pom").exists();
        assertThat(InternalPackageNotices.missing(projectRoot)).isEmpty();
    }

    @Test
    void everyFailureOfTheLibraryHasTheOneRoot() {
        ArchitectureRules.failuresHaveTheRoot(ROOT, AicareException.class,
                InvalidIdentifierException.class, UnknownEnumLabelException.class,
                UnknownLabelInAttributeException.class).check(library);
    }

    @Test
    void noPublicTypeShowsAnInternalOne() {
        ArchitectureRules.apiExposesNoInternalType(ROOT).check(library);
    }
}
