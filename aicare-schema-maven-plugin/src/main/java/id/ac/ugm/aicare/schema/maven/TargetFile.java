package id.ac.ugm.aicare.schema.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;

/** Writes a goal's output file as UTF-8, creating its folders; a failure names the goal and the file. */
final class TargetFile {

    private TargetFile() {
    }

    static void write(String goal, File file, String text) throws MojoExecutionException {
        try {
            Files.createDirectories(file.toPath().toAbsolutePath().getParent());
            Files.writeString(file.toPath(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("aicare-schema " + goal + ": cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
