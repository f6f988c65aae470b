package id.ac.ugm.aicare.schema.maven;

import id.ac.ugm.aicare.schema.lint.LintConfig;
import id.ac.ugm.aicare.schema.lint.LintConfigException;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
import id.ac.ugm.aicare.schema.lint.report.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's Flyway SQL migrations with the same rules as the CLI's {@code lint}, writes
 * the text report to {@code target/}, and fails the build when a finding is at error level.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractMojo {

    /** Migration files or folders (searched for {@code *.sql}). */
    @Parameter(defaultValue = "${project.basedir}/src/main/resources/db/migration")
    private List<File> migrations;

    /** JSON file that turns rules off or changes their severity, as the CLI's {@code --config}. */
    @Parameter(property = "aicare.lint.config")
    private File config;

    /** Where the report goes. */
    @Parameter(property = "aicare.lint.reportFile", defaultValue = "${project.build.directory}/aicare-lint.txt")
    private File reportFile;

    @Parameter(property = "aicare.lint.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aicare-schema lint: skipped");
            return;
        }
        List<Path> paths = new ArrayList<>();
        for (File migration : migrations) {
            if (!migration.exists()) {
                throw new MojoFailureException("aicare-schema lint: no migrations at " + migration
                        + " (set <migrations> to the folders that hold them)");
            }
            paths.add(migration.toPath());
        }
        LintReport report = MigrationLinter.builder().config(lintConfig()).build().lint(paths);
        String text = ReportFormat.TEXT.render(report);
        TargetFile.write("lint", reportFile, text);
        text.lines().forEach(line -> {
            if (report.hasErrors()) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        });
        if (report.exitCode() != 0) {
            throw new MojoFailureException("aicare-schema lint: " + report.errors().size()
                    + " finding(s) at error level in the migrations; report: " + reportFile);
        }
    }

    private LintConfig lintConfig() throws MojoFailureException {
        if (config == null) {
            return LintConfig.defaults();
        }
        try {
            return LintConfig.load(config.toPath());
        } catch (LintConfigException e) {
            throw new MojoFailureException("aicare-schema lint: " + e.getMessage(), e);
        }
    }
}
