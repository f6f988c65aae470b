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

    /**
     * The names of the dependency entries: a jar's file name ({@code hibernate-core-7.4.15.Final.jar}),
     * or for a sibling module that a reactor build resolves to its {@code target/classes} folder, that
     * module's folder name ({@code aicare-model-core}), so that a check by name sees both alike.
     */
    public List<String> dependencyNames() {
        return entries.subList(1, entries.size()).stream().map(RuntimeClasspath::nameOf).toList();
    }

    private static String nameOf(Path entry) {
        Path parent = entry.getParent();
        if (entry.getFileName().toString().equals("classes") && parent != null
                && parent.getFileName().toString().equals("target") && parent.getParent() != null) {
            return parent.getParent().getFileName().toString();
        }
        return entry.getFileName().toString();
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
            // Output goes to a file, so that the wait below is bounded even when the program hangs.
            Path output = Files.createTempFile("runtime-classpath-run", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(main.getName() + " did not end within 2 minutes");
                }
                return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
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
