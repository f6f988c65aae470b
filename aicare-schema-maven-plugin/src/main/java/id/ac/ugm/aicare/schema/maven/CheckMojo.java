package id.ac.ugm.aicare.schema.maven;

import id.ac.ugm.aicare.error.AicareException;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.schema.engine.check.CheckReport;
import id.ac.ugm.aicare.schema.engine.check.MigrationCheck;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The models-versus-migrations gate in a consumer's build: for every model module on the
 * project's runtime classpath (its dependencies and its own classes), every baseline snapshot plus
 * the migrations after it must give exactly the models' schema, and the migrations must lint with
 * no error. Needs a PostgreSQL server to build its scratch schemas on (nothing is left there: the
 * check runs in one transaction that is rolled back). Writes the report to {@code target/} and
 * fails the build unless every module passes.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** The environment variable the password is read from: a password never belongs in a pom or a command line. */
    static final String PASSWORD_VARIABLE = "AICARE_DB_PASSWORD";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** JDBC URL of the server the check builds its scratch schemas on: {@code jdbc:postgresql://HOST[:PORT]/DATABASE}. */
    @Parameter(property = "aicare.schema.url")
    private String url;

    /** Database user. */
    @Parameter(property = "aicare.schema.user")
    private String user;

    /** Only these modules (the modules they depend on are rendered, not checked); empty for all. */
    @Parameter(property = "aicare.schema.modules")
    private List<String> modules;

    /** Where the report goes. */
    @Parameter(property = "aicare.check.reportFile", defaultValue = "${project.build.directory}/aicare-check.txt")
    private File reportFile;

    @Parameter(property = "aicare.check.skip", defaultValue = "false")
    private boolean skip;

    /** For tests: the environment the password comes from. */
    private Map<String, String> environment = System.getenv();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aicare-schema check: skipped");
            return;
        }
        PGSimpleDataSource dataSource = dataSource();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        CheckReport report;
        try (URLClassLoader loader = ConsumerClasspath.of(project)) {
            // Flyway and Hibernate look up services and migrations through the context class loader.
            thread.setContextClassLoader(loader);
            ModelCatalog catalog = ModelCatalog.discover(loader);
            if (catalog.modules().isEmpty()) {
                throw new MojoFailureException("aicare-schema check: no AICare model module on the runtime classpath "
                        + "of " + project.getId());
            }
            MigrationCheck check = MigrationCheck.forDataSource(dataSource).catalog(catalog);
            if (modules != null && !modules.isEmpty()) {
                catalog.select(modules); // an unknown name fails here, naming the modules there are
                check.modules(modules);
            }
            getLog().info("aicare-schema check: modules " + String.join(", ", catalog.moduleNames()) + " on "
                    + dataSource.getServerNames()[0] + ":" + dataSource.getPortNumbers()[0] + "/" + dataSource.getDatabaseName());
            report = check.run();
        } catch (AicareException e) {
            // One line, and no values: the library's messages name tables and columns, never rows.
            throw new MojoFailureException("aicare-schema check: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("aicare-schema check: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        List<String> lines = report.lines(module -> "java -jar aicare-schema.jar diff --module " + module
                + " --url " + url);
        TargetFile.write("check", reportFile, String.join("\n", lines) + "\n");
        lines.forEach(line -> {
            if (report.passed()) {
                getLog().info(line);
            } else {
                getLog().error(line);
            }
        });
        if (!report.passed()) {
            throw new MojoFailureException("aicare-schema check: the migrations do not reach the models; report: " + reportFile);
        }
    }

    /** The server from {@code url} and {@code user}; refused before any connection when the URL is not one PostgreSQL database. */
    private PGSimpleDataSource dataSource() throws MojoFailureException {
        if (url == null || url.isBlank()) {
            throw new MojoFailureException("aicare-schema check: no database: set <url> (or -Daicare.schema.url) to "
                    + "jdbc:postgresql://HOST[:PORT]/DATABASE of a server the check may build scratch schemas on");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            if (!url.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL");
            }
            dataSource.setUrl(url);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("aicare-schema check: <url> is not jdbc:postgresql://HOST[:PORT]/DATABASE");
        }
        if (dataSource.getServerNames().length != 1 || dataSource.getDatabaseName() == null
                || dataSource.getDatabaseName().isEmpty()) {
            throw new MojoFailureException("aicare-schema check: <url> must name one host and one database");
        }
        if (user != null && !user.isBlank()) {
            dataSource.setUser(user);
        }
        String password = environment.get(PASSWORD_VARIABLE);
        if (password != null) {
            dataSource.setPassword(password);
        }
        // Server error details can quote row values.
        dataSource.setLogServerErrorDetail(false);
        dataSource.setConnectTimeout(10);
        dataSource.setApplicationName("aicare-schema-maven-plugin check");
        return dataSource;
    }
}
