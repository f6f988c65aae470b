package id.ac.ugm.aicare.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using from Spring Boot" is what this sample writes: its dependencies on the library
 * are the sample's, and its properties are the sample's {@code application.properties} (but for
 * the connection, which {@code SampleServiceTest} gives each start). So the tests that run the
 * sample back the README's promise.
 */
class ReadmeSpringBootSectionTest {

    private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern ARTIFACT = Pattern.compile(
            "<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>(?:\\s*<scope>([^<]+)</scope>)?");

    @Test
    void theReadmesDependenciesAreTheLibraryDependenciesOfTheSample() throws IOException {
        List<String> readme = artifacts(section("spring-boot-pom", "xml"), true);
        List<String> sample = artifacts(Files.readString(REPOSITORY.resolve("examples/pom.xml")), false).stream()
                .filter(artifact -> artifact.startsWith("id.ac.ugm.aicare:")).toList();
        assertThat(readme).containsExactly("id.ac.ugm.aicare:aicare-spring-boot-starter", "id.ac.ugm.aicare:aicare-model-clinical");
        assertThat(sample).containsExactlyElementsOf(readme);
    }

    @Test
    void theReadmesPropertiesAreTheSamplesOwn() throws IOException {
        List<String> readme = section("spring-boot-properties", "properties").lines()
                .filter(line -> !line.startsWith("spring.datasource.")).toList();
        List<String> sample = Files.readAllLines(
                        REPOSITORY.resolve("examples/aicare-sample-service/src/main/resources/application.properties")).stream()
                .filter(line -> line.startsWith("aicare.") || line.startsWith("spring.jpa.hibernate.")).toList();
        assertThat(readme).isNotEmpty().containsExactlyElementsOf(sample);
    }

    private static String section(String marker, String language) throws IOException {
        String text = Files.readString(REPOSITORY.resolve("README.md"));
        Matcher section = Pattern.compile("<!-- " + marker + ":[^>]*-->\\s*```" + language + "\\n(.*?)```\\s*<!-- /"
                + marker + " -->", Pattern.DOTALL).matcher(text);
        assertThat(section.find()).as("the README's %s block, between its markers", marker).isTrue();
        return section.group(1);
    }

    /** groupId:artifactId of each dependency outside test scope (all of them when {@code all}). */
    private static List<String> artifacts(String xml, boolean all) {
        List<String> found = new ArrayList<>();
        Matcher matcher = ARTIFACT.matcher(xml.replaceAll("(?s)<!--.*?-->", ""));
        while (matcher.find()) {
            if (all || !"test".equals(matcher.group(3))) {
                found.add(matcher.group(1) + ":" + matcher.group(2));
            }
        }
        return found;
    }
}
