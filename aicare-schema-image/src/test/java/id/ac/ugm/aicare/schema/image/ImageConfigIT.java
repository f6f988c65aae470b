package id.ac.ugm.aicare.schema.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a container runtime would run, read from the tar the build wrote: the CLI as entrypoint, a
 * user that is not root, the runtime and the CLI's jars in their layers, nothing else (no shell);
 * and the runtime in it really runs the CLI.
 */
class ImageConfigIT {

    @TempDir
    static Path work;

    static ImageTar image;

    @BeforeAll
    static void readTar() throws Exception {
        image = ImageTar.built(work);
    }

    @Test
    void theEntrypointIsTheCliOnTheImagesOwnJava() {
        List<String> entrypoint = new ArrayList<>();
        image.containerConfig().get("Entrypoint").forEach(arg -> entrypoint.add(arg.asText()));
        assertThat(entrypoint).first().isEqualTo("/opt/java/bin/java");
        assertThat(entrypoint).last().isEqualTo("id.ac.ugm.aicare.schema.bootstrap.cli.AicareSchemaCli");
        assertThat(entrypoint).containsSequence("-cp", "@/app/jib-classpath-file");
        List<String> cmd = new ArrayList<>();
        image.containerConfig().get("Cmd").forEach(arg -> cmd.add(arg.asText()));
        assertThat(cmd).containsExactly("--help");
    }

    @Test
    void itRunsAsAFixedNumericUserThatIsNotRoot() {
        String user = System.getProperty("aicare.image.user");
        assertThat(image.containerConfig().get("User").asText()).isEqualTo(user + ":" + user).doesNotStartWith("0");
        assertThat(image.containerConfig().get("WorkingDir").asText()).isEqualTo("/work");
    }

    @Test
    void theLayersHoldTheRuntimeTheCliAndItsDependenciesApart() {
        assertThat(image.layers()).anySatisfy(layer -> assertThat(layer.holds("opt/java/bin/java")).isTrue());
        assertThat(image.layers()).anySatisfy(layer ->
                assertThat(layer.listing()).anyMatch(line -> line.matches(".* app/libs/aicare-schema-bootstrap-[^/]+\\.jar")));
        assertThat(image.layers()).anySatisfy(layer ->
                assertThat(layer.listing()).anyMatch(line -> line.matches(".* app/libs/hibernate-core-[^/]+\\.jar")));
        // The runtime, the released dependencies and the AICare jars change at different rates:
        // each in a layer of its own, so a new CLI build pushes only the small layers.
        long layersWithJava = image.layers().stream().filter(layer -> layer.holds("opt/java/bin/java")).count();
        long layersWithHibernate = image.layers().stream()
                .filter(layer -> layer.listing().stream().anyMatch(line -> line.contains(" app/libs/hibernate-core-"))).count();
        assertThat(layersWithJava).isEqualTo(1);
        assertThat(layersWithHibernate).isEqualTo(1);
        assertThat(image.layers()).filteredOn(layer -> layer.holds("opt/java/bin/java"))
                .noneMatch(layer -> layer.listing().stream().anyMatch(line -> line.contains(" app/libs/")));
    }

    @Test
    void thereIsNoShellAndNoFileWritableByOthersButTmp() {
        assertThat(image.layers()).allSatisfy(layer -> {
            assertThat(layer.holds("bin/sh")).isFalse();
            assertThat(layer.holds("usr/bin/sh")).isFalse();
            // tar -tv: "drwxrwxrwx 0/0 0 date tmp/"; only /tmp may be world-writable.
            assertThat(layer.listing()).filteredOn(line -> line.charAt(8) == 'w')
                    .allMatch(line -> line.endsWith(" tmp/") || line.startsWith("l"));
        });
    }

    @Test
    void theImageIsSmall() throws IOException {
        // The runtime (about 50 MB unpacked) and the CLI's jars (about 30 MB), compressed.
        assertThat(Files.size(image.file())).isLessThan(90L * 1024 * 1024);
    }

    @Test
    void theImagesRuntimeRunsTheCliFromTheImagesClasspath() throws Exception {
        // The image's own java and jars, run on this machine: proves jlink kept every module the CLI
        // needs to render the schema (a missing java.desktop or java.sql fails here, not in a deploy).
        Path root = image.rootFileSystem();
        List<String> classpath = Files.readAllLines(root.resolve("app/jib-classpath-file"));
        String hostClasspath;
        try (Stream<String> entries = Stream.of(classpath.get(0).split(":"))) {
            hostClasspath = String.join(":", entries.map(entry -> root.resolve(entry.substring(1)).toString()).toList());
        }
        List<String> output = ImageTar.run(List.of(root.resolve("opt/java/bin/java").toString(), "-XX:-UsePerfData",
                "-cp", hostClasspath, "id.ac.ugm.aicare.schema.bootstrap.cli.AicareSchemaCli", "ddl"));
        assertThat(output).filteredOn(line -> line.startsWith("CREATE TABLE")).hasSize(69);
    }
}
