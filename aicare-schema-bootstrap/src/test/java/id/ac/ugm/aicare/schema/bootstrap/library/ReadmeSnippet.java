package id.ac.ugm.aicare.schema.bootstrap.library;

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

/** A Java snippet of the README between {@code <!-- NAME: ... -->} and {@code <!-- /NAME -->}, compiled as written. */
final class ReadmeSnippet {

    private ReadmeSnippet() {
    }

    /** The code of the snippet; fails the test when the markers are gone. */
    static String code(String name) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md").toAbsolutePath().normalize());
        Matcher snippet = Pattern.compile("<!-- " + Pattern.quote(name) + ":[^>]*-->\\s*```java\\n(.*?)```\\s*<!-- /"
                + Pattern.quote(name) + " -->", Pattern.DOTALL).matcher(readme);
        assertThat(snippet.find()).as("the README's " + name + ", between its markers").isTrue();
        return snippet.group(1);
    }

    /**
     * Compiles {@code source} as {@code className}.java against this module's runtime classpath (the
     * engine and every model jar) and returns the folder of the classes; compiler messages fail the test.
     */
    static Path compile(String className, String source, Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve(className + ".java"), source);
        Path classes = folder.resolve("out");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int exit = javac.run(null, null, new PrintStream(diagnostics, true, StandardCharsets.UTF_8), "-proc:none",
                "-cp", RuntimeClasspath.ofModuleUnderTest().asArgument(), "-d", classes.toString(), file.toString());
        assertThat(diagnostics.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isZero();
        return classes;
    }
}
