package id.ac.ugm.aicare.schema.bootstrap.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code aicare-bom} pins every artifact the reactor publishes, at the reactor's own version. A new
 * module must be added to the BOM; samples under {@code examples/} are not published, nor is a
 * module whose pom skips maven-deploy-plugin (the OCI image, which a pipeline pushes as an image).
 */
class BomListsEveryArtifactTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern MANAGED = Pattern.compile(
            "<groupId>id\\.ac\\.ugm\\.aicare</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>\\$\\{project\\.version}</version>");

    @Test
    void everyModuleOfTheReactorIsInTheBom() throws Exception {
        List<String> modules = all(MODULE, Files.readString(ROOT.resolve("pom.xml")));
        modules.remove("aicare-bom");
        modules.removeIf(module -> module.startsWith("examples/"));
        modules.removeIf(BomListsEveryArtifactTest::isNotDeployed);
        assertThat(modules).hasSizeGreaterThanOrEqualTo(11);
        assertThat(all(MANAGED, bom())).containsExactlyInAnyOrderElementsOf(modules);
    }

    @Test
    void theBomHasTheReactorsVersion() throws Exception {
        assertThat(ownVersion(bom())).isEqualTo(ownVersion(Files.readString(ROOT.resolve("pom.xml"))));
    }

    private static boolean isNotDeployed(String module) {
        try {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml")).replaceAll("(?s)<!--.*?-->", "");
            return Pattern.compile("(?s)<artifactId>maven-deploy-plugin</artifactId>\\s*<configuration>\\s*<skip>true</skip>")
                    .matcher(pom).find();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String bom() throws Exception {
        return Files.readString(ROOT.resolve("aicare-bom/pom.xml"));
    }

    /** The project's own version: the first version after an artifactId, outside comments and the parent. */
    private static String ownVersion(String pom) {
        String withoutParent = pom.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<parent>.*?</parent>", "");
        Matcher matcher = Pattern.compile("(?s)</artifactId>\\s*<version>([^<]+)</version>").matcher(withoutParent);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
