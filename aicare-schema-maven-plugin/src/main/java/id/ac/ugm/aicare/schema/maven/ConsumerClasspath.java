package id.ac.ugm.aicare.schema.maven;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * A class loader over the consumer project's runtime classpath, so that the model modules found
 * through the SPI are the ones the project depends on. Its parent is the plugin's own loader, which
 * wins for the classes both have (the SPI, Hibernate), so there is one copy of each contract.
 */
final class ConsumerClasspath {

    private ConsumerClasspath() {
    }

    static URLClassLoader of(MavenProject project) throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("cannot read the runtime classpath of " + project.getId() + ": "
                    + e.getMessage(), e);
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ConsumerClasspath.class.getClassLoader());
    }
}
