package id.ac.ugm.aicare.schema.engine.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.spi.ModelModule;
import id.ac.ugm.aicare.schema.engine.ddl.fixture.DiaryModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build-time file is used when the model's classes are in a jar nested in an executable jar
 * (as {@code BOOT-INF/lib/*.jar} of a Spring Boot service), read through a class loader whose code
 * source is not a {@code file:} one: the classes are checked by their bytes through that loader,
 * with the CRCs the build recorded from its folder. And a changed class or a new package-info in
 * that nested jar means rendering there too.
 */
class NestedJarSchemaFileTest {

    private static final String FIXTURE = "id/ac/ugm/aicare/schema/engine/ddl/fixture/";

    private final ModelSchema onClasspath = ModelSchema.of(ModelCatalog.of(java.util.List.of(new DiaryModule())));
    private final String file = onClasspath.buildTimeFile("diary");

    @Test
    void theFileInANestedJarIsUsedAndHibernateIsNotBooted() throws Exception {
        ModelSchema nested = ModelSchema.of(catalogFrom(nestedJar(fixtureClassesAndFile())));
        ModelModule module = nested.catalog().modules().get(0);
        assertThat(module.getClass().getClassLoader()).isInstanceOf(NestedJarLoader.class);
        assertThat(module.getClass().getProtectionDomain().getCodeSource().getLocation().toString())
                .startsWith("jar:nested:/app.jar/!BOOT-INF/lib/diary.jar!/");

        assertThat(nested.buildTimeScript()).contains(onClasspath.renderedScript());
        assertThat(nested.schemaScript()).isEqualTo(onClasspath.renderedScript());
        assertThat(nested.hibernateBooted()).isFalse();
    }

    @Test
    void aChangedClassInTheNestedJarMeansRendering() throws Exception {
        Map<String, byte[]> entries = fixtureClassesAndFile();
        // Another source file name: a valid class of another CRC, loadable as before.
        byte[] diary = entries.get(FIXTURE + "Diary.class");
        String latin = new String(diary, StandardCharsets.ISO_8859_1);
        assertThat(latin).contains("Diary.java");
        entries.put(FIXTURE + "Diary.class", latin.replace("Diary.java", "Diarz.java").getBytes(StandardCharsets.ISO_8859_1));

        ModelSchema nested = ModelSchema.of(catalogFrom(nestedJar(entries)));
        assertThat(nested.buildTimeScript()).isEmpty();
        assertThat(nested.hibernateBooted()).isFalse();
    }

    @Test
    void aNewPackageInfoInTheNestedJarMeansRendering() throws Exception {
        Map<String, byte[]> entries = fixtureClassesAndFile();
        entries.put(FIXTURE + "package-info.class",
                Files.readAllBytes(folderOf(ModelSchema.class).resolve("id/ac/ugm/aicare/schema/engine/ddl/internal/package-info.class")));

        assertThat(ModelSchema.of(catalogFrom(nestedJar(entries))).buildTimeScript()).isEmpty();
    }

    /** The fixture's class files as the build left them, and the module's build-time file. */
    private Map<String, byte[]> fixtureClassesAndFile() throws IOException, URISyntaxException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Path classes = folderOf(DiaryModule.class);
        try (Stream<Path> files = Files.list(classes.resolve(FIXTURE))) {
            for (Path classFile : files.sorted().toList()) {
                entries.put(FIXTURE + classFile.getFileName(), Files.readAllBytes(classFile));
            }
        }
        entries.put(ModelSchema.buildTimeResource("diary"), file.getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static NestedJarLoader nestedJar(Map<String, byte[]> entries) {
        return new NestedJarLoader(NestedJarLoader.executableJar("diary.jar", entries), "diary.jar",
                NestedJarSchemaFileTest.class.getClassLoader());
    }

    private static ModelCatalog catalogFrom(ClassLoader loader) throws ReflectiveOperationException {
        Object module = loader.loadClass(DiaryModule.class.getName()).getDeclaredConstructor().newInstance();
        return ModelCatalog.of(java.util.List.of((ModelModule) module));
    }

    private static Path folderOf(Class<?> anchor) throws URISyntaxException {
        Path folder = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException(folder + " is not a folder"));
        }
        return folder;
    }
}
