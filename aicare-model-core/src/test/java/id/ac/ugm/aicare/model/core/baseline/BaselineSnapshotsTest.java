package id.ac.ugm.aicare.model.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ac.ugm.aicare.model.core.spi.ModelModule;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineSnapshotsTest {

    /** A module whose snapshots are in this module's test resources (V1, V1.2, V2, V10 and a stray notes.txt). */
    static final class VersionsModule implements ModelModule {
        private final String name;

        VersionsModule(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<Class<?>> entityClasses() {
            return List.of();
        }
    }

    @Test
    void snapshotsAreOrderedAsFlywayOrdersVersions() {
        assertThat(BaselineSnapshots.versions(getClass().getClassLoader(), "fx_versions")).extracting(Object::toString)
                .containsExactly("1", "1.2", "2", "10");
    }

    @Test
    void theBaselineVersionFollowsTheNewestSnapshot() {
        assertThat(new VersionsModule("fx_versions").baselineVersion()).isEqualTo("10");
    }

    @Test
    void aModuleWithoutSnapshotsKeepsBaselineOne() {
        assertThat(new VersionsModule("fx_without_snapshots").baselineVersion()).isEqualTo("1");
    }

    @Test
    void snapshotsAreReadFromAJarToo(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("model.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/aicare/baselines/fx_jar/"));
            for (String version : List.of("3", "12")) {
                out.putNextEntry(new JarEntry("META-INF/aicare/baselines/fx_jar/V" + version + ".sql"));
                out.write(("-- snapshot " + version + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.putNextEntry(new JarEntry("META-INF/aicare/baselines/fx_jar/older/V99.sql"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(BaselineSnapshots.versions(loader, "fx_jar")).extracting(Object::toString).containsExactly("3", "12");
            assertThat(BaselineSnapshots.read(loader, "fx_jar", BaselineVersion.parse("12"))).isEqualTo("-- snapshot 12\n");
        }
    }

    @Test
    void aSnapshotThatIsNotThereIsNamedInTheError() {
        assertThatThrownBy(() -> BaselineSnapshots.read(getClass().getClassLoader(), "fx_versions",
                BaselineVersion.parse("7")))
                .hasMessage("module fx_versions has no baseline snapshot META-INF/aicare/baselines/fx_versions/V7.sql");
    }

    @Test
    void aVersionIsNumbersSeparatedByDots() {
        assertThat(BaselineVersion.parse("4_1")).hasToString("4.1");
        assertThat(BaselineVersion.parse("2")).isEqualByComparingTo(BaselineVersion.parse("2.0"));
        assertThatThrownBy(() -> BaselineVersion.parse("v2")).hasMessageContaining("'v2' is not a version");
    }
}
