package id.ac.ugm.aicare.schema.maven;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import id.ac.ugm.aicare.model.core.catalog.ModelDiscoveryException;
import id.ac.ugm.aicare.schema.engine.ddl.ModelSchema;
import id.ac.ugm.aicare.schema.engine.model.ModelMappingException;
import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes the combined PostgreSQL DDL of the AICare model modules on the project's runtime
 * dependencies (found through their {@code ModelModule} SPI entries) and attaches it to the build as
 * type {@code sql}; the same bytes as the CLI's {@code ddl} for the same modules.
 */
@Mojo(name = "ddl", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class DdlMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Component
    private MavenProjectHelper projectHelper;

    /** Where the SQL goes. */
    @Parameter(property = "aicare.schema.outputFile", defaultValue = "${project.build.directory}/aicare-schema.sql")
    private File outputFile;

    /** Only these modules and the modules they depend on; empty for every module on the dependencies. */
    @Parameter(property = "aicare.schema.modules")
    private List<String> modules;

    /** The classifier the SQL is attached with. */
    @Parameter(defaultValue = "schema")
    private String classifier;

    @Parameter(property = "aicare.schema.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aicare-schema ddl: skipped");
            return;
        }
        String ddl = renderDdl();
        TargetFile.write("ddl", outputFile, ddl);
        projectHelper.attachArtifact(project, "sql", classifier, outputFile);
        getLog().info("aicare-schema ddl: wrote " + outputFile);
    }

    private String renderDdl() throws MojoExecutionException, MojoFailureException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = ConsumerClasspath.of(project)) {
            // Hibernate looks up some of its services through the context class loader.
            thread.setContextClassLoader(loader);
            ModelCatalog catalog = ModelCatalog.discover(loader);
            if (catalog.modules().isEmpty()) {
                throw new MojoFailureException("aicare-schema ddl: no AICare model module on the runtime dependencies "
                        + "of " + project.getId() + "; add the aicare-model-* modules whose schema you want");
            }
            if (modules != null && !modules.isEmpty()) {
                catalog = catalog.select(modules);
            }
            getLog().info("aicare-schema ddl: modules " + String.join(", ", catalog.moduleNames()));
            return ModelSchema.of(catalog).ddl();
        } catch (ModelDiscoveryException e) {
            throw new MojoFailureException("aicare-schema ddl: " + e.getMessage(), e);
        } catch (ModelMappingException e) {
            throw new MojoExecutionException("aicare-schema ddl: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("aicare-schema ddl: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
