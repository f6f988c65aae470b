package id.ac.ugm.aicare.schema.engine.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.DiaryModule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A build-time schema file is used only when it is exactly what the classes on the classpath
 * render: a recorded class changed or missing, a package-info where the file says none, another
 * Hibernate, a damaged or foreign file, or no file, and the models are rendered instead, with the
 * same result the file would have given. The fixture's classes are in a folder (test-classes),
 * the engine's too, core's and the SQL library's in jars: each way of reading a class file once.
 */
class BuildTimeSchemaFileTest {

    private static final String FIXTURE = "id/ac/ugm/aicare/schema/engine/ddl/fixture/";

    private final ModelCatalog catalog = ModelCatalog.of(List.of(new DiaryModule()));
    private final ModelSchema schema = ModelSchema.of(catalog);

    @Test
    void aFileWrittenFromTheseClassesGivesTheRenderedScriptWithoutBootingHibernate() {
        String file = schema.buildTimeFile("diary");
        ModelSchema fresh = ModelSchema.of(ModelCatalog.of(List.of(new DiaryModule())));
        assertThat(fresh.buildTimeScript(module -> Optional.of(file))).contains(schema.renderedScript());
        assertThat(fresh.hibernateBooted()).isFalse();
    }

    @Test
    void theFileRecordsEveryClassThatCountsAndThePackagesWithoutPackageInfo() {
        List<String> lines = schema.buildTimeFile("diary").lines().toList();
        assertThat(lines).contains("classes id/ac/ugm/aicare/model/core/", "classes id/ac/ugm/aicare/schema/engine/ddl/",
                "classes id/ac/ugm/aicare/schema/engine/model/", "classes id/ac/ugm/aicare/sql/", "classes " + FIXTURE,
                "no-package-info " + FIXTURE);
        assertThat(lines).anyMatch(line -> line.matches("class " + FIXTURE + "Diary\\.class [0-9a-f]+"));
        assertThat(lines).anyMatch(line -> line.matches("class id/ac/ugm/aicare/model/core/spi/ModelModule\\.class [0-9a-f]+"));
        // The engine's internal package has a package-info: recorded as a class, not as absent.
        assertThat(lines).anyMatch(line -> line.startsWith("class id/ac/ugm/aicare/schema/engine/ddl/internal/package-info.class "))
                .doesNotContain("no-package-info id/ac/ugm/aicare/schema/engine/ddl/internal/");
    }

    @Test
    void theFileKeepsMultiLineStatementsAndBackslashes() {
        SchemaScript rendered = schema.renderedScript();
        assertThat(rendered.statements()).anyMatch(statement -> statement.contains("\n"));
        String file = schema.buildTimeFile("diary");
        assertThat(file.lines()).allMatch(line -> !line.isEmpty());
        assertThat(BuildTimeSchemaFile.unescape(BuildTimeSchemaFile.escape("a\\nb\nc\\\\"))).isEqualTo("a\\nb\nc\\\\");
    }

    @Test
    void aChangedCrcOfAnyRecordedClassMeansRendering() {
        String file = schema.buildTimeFile("diary");
        List<String> classes = file.lines().filter(line -> line.startsWith("class ")).toList();
        assertThat(classes).hasSizeGreaterThan(20);
        for (String recorded : classes) {
            String crc = recorded.substring(recorded.lastIndexOf(' ') + 1);
            String other = recorded.substring(0, recorded.lastIndexOf(' ') + 1) + Long.toHexString(Long.parseLong(crc, 16) ^ 1);
            String stale = file.replace(recorded + "\n", other + "\n");
            assertThat(schema.buildTimeScript(module -> Optional.of(stale))).as(recorded).isEmpty();
        }
    }

    @Test
    void aRecordedClassThatIsMissingMeansRendering() {
        String file = schema.buildTimeFile("diary");
        String missing = file.replace("classes " + FIXTURE + "\n", "classes " + FIXTURE + "\nclass " + FIXTURE + "Gone.class 1234abcd\n");
        assertThat(missing).isNotEqualTo(file);
        assertThat(schema.buildTimeScript(module -> Optional.of(missing))).isEmpty();
    }

    @Test
    void aPackageInfoWhereTheFileSaysNoneMeansRendering() {
        // The engine's internal package has one (the nested-jar test adds one to the fixture's package).
        String file = schema.buildTimeFile("diary");
        String wrong = file.replace("classes id/ac/ugm/aicare/schema/engine/ddl/\n",
                "classes id/ac/ugm/aicare/schema/engine/ddl/\nno-package-info id/ac/ugm/aicare/schema/engine/ddl/internal/\n");
        assertThat(wrong).isNotEqualTo(file);
        assertThat(schema.buildTimeScript(module -> Optional.of(wrong))).isEmpty();
    }

    @Test
    void anotherHibernateVersionMeansRendering() {
        String file = schema.buildTimeFile("diary");
        String version = file.lines().filter(line -> line.startsWith("hibernate ")).findFirst().orElseThrow();
        assertThat(version).isEqualTo("hibernate " + org.hibernate.Version.getVersionString());
        assertThat(schema.buildTimeScript(module -> Optional.of(file.replace(version + "\n", version + "-other\n")))).isEmpty();
    }

    @Test
    void aDamagedForeignOrMissingFileMeansRendering() {
        String file = schema.buildTimeFile("diary");
        assertThat(schema.buildTimeScript(module -> Optional.of(file.replace("aicare-module-schema 2", "aicare-module-schema 1")))).isEmpty();
        assertThat(schema.buildTimeScript(module -> Optional.of(file.replace("\ntable ", "\ntable")))).isEmpty();
        assertThat(schema.buildTimeScript(module -> Optional.of(file.replace("module diary", "module other")))).isEmpty();
        assertThat(schema.buildTimeScript(module -> Optional.of(file.replaceAll("\nclasses id/ac/ugm/aicare/sql/\n", "\n")))).isEmpty();
        assertThat(schema.buildTimeScript(module -> Optional.of(file.replaceFirst("\nclass (\\S+) [0-9a-f]+\n", "\nclass $1 xyz\n")))).isEmpty();
        assertThat(schema.buildTimeScript(module -> Optional.empty())).isEmpty();
        // The fixture's jar (test classes) carries no file: the public path renders.
        assertThat(schema.buildTimeScript()).isEmpty();
        assertThat(schema.schemaScript()).isEqualTo(schema.renderedScript());
    }
}
