package id.ac.ugm.aicare.schema.engine.diff.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one Java migration against the classpath of the running program (which has the helpers)
 * and loads it, for {@code diff --verify}. Needs a JDK: a JRE has no compiler.
 */
public final class JavaMigrationCompiler {

    /** What went wrong: the file does not compile (each error with its line), or there is no compiler. */
    public static final class CompileFailure extends Exception {
        private static final long serialVersionUID = 1L;

        CompileFailure(String message) {
            super(message);
        }
    }

    private JavaMigrationCompiler() {
    }

    /** A compiled migration: an instance of its class, and its classes, removed on close. */
    public static final class Compiled implements AutoCloseable {
        private final Object migration;
        private final URLClassLoader loader;
        private final Path classes;

        private Compiled(Object migration, URLClassLoader loader, Path classes) {
            this.migration = migration;
            this.loader = loader;
            this.classes = classes;
        }

        public Object migration() {
            return migration;
        }

        @Override
        public void close() throws IOException {
            try {
                loader.close();
            } finally {
                deleteTree(classes);
            }
        }
    }

    /**
     * Compiles the file and makes an instance of its class.
     *
     * @param source    the file
     * @param className the class's fully qualified name
     */
    public static Compiled compile(Path source, String className) throws CompileFailure, IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new CompileFailure("this Java runtime has no compiler (run the tool with a JDK, not a JRE)");
        }
        Path output = Files.createTempDirectory("aicare-diff-classes");
        URLClassLoader loader = null;
        try {
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d",
                        output.toString(), "-proc:none", "-nowarn", "-encoding", "UTF-8");
                boolean compiled = compiler.getTask(new StringWriter(), files, diagnostics, options, null,
                        files.getJavaFileObjects(source)).call();
                if (!compiled) {
                    throw new CompileFailure(source.getFileName() + " does not compile: " + errors(diagnostics));
                }
            }
            loader = new URLClassLoader(new URL[] {output.toUri().toURL()}, JavaMigrationCompiler.class.getClassLoader());
            Object migration = loader.loadClass(className).getDeclaredConstructor().newInstance();
            return new Compiled(migration, loader, output);
        } catch (ReflectiveOperationException | LinkageError e) {
            close(loader, output);
            throw new CompileFailure("cannot load " + className + " from " + source.getFileName() + ": " + e);
        } catch (CompileFailure | IOException | RuntimeException e) {
            close(loader, output);
            throw e;
        }
    }

    private static void close(URLClassLoader loader, Path output) throws IOException {
        if (loader != null) {
            loader.close();
        }
        deleteTree(output);
    }

    private static String errors(DiagnosticCollector<JavaFileObject> diagnostics) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add("line " + diagnostic.getLineNumber() + ": "
                        + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("error"));
            }
        }
        return String.join("; ", errors);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).collect(Collectors.toList())) {
                Files.deleteIfExists(path);
            }
        }
    }
}
