package id.ac.ugm.aicare.testing.classpath;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The runtime classpath of the module under test, as its users get it: the module's own classes
 * plus its main-scope dependencies, without the test, provided and test-support jars that the test
 * JVM itself runs with. Maven writes it (the parent pom's {@code runtime-classpath} execution of
 * maven-dependency-plugin, which a module enables by declaring the plugin); a test then compiles
 * against it or runs a small program on it in a fresh JVM.
 */
public final class RuntimeClasspath {

    private final List<Path> entries;

    private RuntimeClasspath(List<Path> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The classpath of the module whose tests run in the current directory (Maven's basedir). */
    public static RuntimeClasspath ofModuleUnderTest() {
        Path target = Path.of("target").toAbsolutePath();
        Path listing = target.resolve("runtime-classpath.txt");
        if (!Files.isRegularFile(listing)) {
            throw new IllegalStateException(listing + " is missing: declare maven-dependency-plugin in this module's"
                    + " pom (the parent's runtime-classpath execution writes it)");
        }
        List<Path> entries = new ArrayList<>();
        entries.add(target.resolve("classes"));
        try {
            String text = Files.readString(listing, StandardCharsets.UTF_8).strip();
            if (!text.isEmpty()) {
                for (String entry : text.split(File.pathSeparator)) {
                    entries.add(Path.of(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuntimeClasspath(entries);
    }

    /** Every entry: the module's classes first, then its dependencies' jars or folders. */
    public List<Path> entries() {
        return entries;
    }

    /** The file names of the dependency entries, {@code hibernate-core-7.4.15.Final.jar} for example. */
    public List<String> dependencyNames() {
        return entries.subList(1, entries.size()).stream().map(entry -> entry.getFileName().toString()).toList();
    }

    /** The classpath as the {@code -cp} argument of {@code java} or {@code javac}. */
    public String asArgument() {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    /**
     * Runs {@code main} in a new JVM on this classpath plus the folder {@code main} was compiled into
     * (a test's own classes folder: the rest of the test classpath stays out), and returns its exit
     * code and output.
     */
    public Run run(Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(asArgument() + File.pathSeparator + codeSourceOf(main));
        command.add(main.getName());
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(main.getName() + " did not end within 2 minutes");
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + main.getName(), e);
        }
    }

    private static Path codeSourceOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How a program run on the classpath ended. */
    public record Run(int exitCode, String output) {
    }
}
