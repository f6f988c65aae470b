package id.ac.ugm.aicare.model.auth.readme;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.testing.classpath.RuntimeClasspath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's snippet for services compiles with this model jar and what it brings at run time
 * (core, Hibernate, JPA), and nothing else: not the engine, not test-support, not the driver.
 */
class ServiceSnippetTest {

    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- service-snippet:[^>]*-->\\s*```java\\n(.*?)```\\s*<!-- /service-snippet -->", Pattern.DOTALL);

    @Test
    void theReadmeSnippetCompilesWithTheModelJarAlone(@TempDir Path folder) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md").toAbsolutePath().normalize());
        Matcher snippet = SNIPPET.matcher(readme);
        assertThat(snippet.find()).as("the README's service snippet, between its markers").isTrue();
        Path source = Files.writeString(folder.resolve("Accounts.java"), snippet.group(1));

        RuntimeClasspath classpath = RuntimeClasspath.ofModuleUnderTest();
        assertThat(classpath.dependencyNames())
                .anyMatch(name -> name.startsWith("aicare-model-core"))
                .noneMatch(name -> name.startsWith("aicare-schema") || name.startsWith("aicare-test-support")
                        || name.startsWith("postgresql") || name.startsWith("expressly"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int exit = javac.run(null, null, new PrintStream(diagnostics, true, StandardCharsets.UTF_8),
                "-proc:none", "-cp", classpath.asArgument(), "-d", folder.resolve("out").toString(), source.toString());

        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        assertThat(folder.resolve("out/Accounts.class")).exists();
    }
}
