package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.schema.migration.IdempotentJavaMigration;
import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewMigrationCommandTest {

    /** Output and exit code of one in-process run. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AicareSchemaCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theFirstMigrationOfAModuleComesAfterItsBaseline(@TempDir Path dir) throws Exception {
        Run run = run("new-migration", "--module", "clinical", "--name", "add_mood", "--dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        Path file = dir.resolve("V2__add_mood.java");
        assertThat(run.out()).contains("wrote " + file).contains("version 2, baseline 1");
        assertThat(Files.readString(file))
                .contains("package db.aicare.clinical;")
                .contains("public class V2__add_mood extends IdempotentJavaMigration")
                .contains("protected void migrate(SchemaMigrator schema)")
                .contains("Module clinical, version 2: add mood.");
    }

    @Test
    void versionsContinueAfterTheModulesExistingMigrations(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V2__add_mood.java"), "// existing");
        Files.writeString(dir.resolve("V3_1__fix_mood.sql"), "-- existing");
        Files.writeString(dir.resolve("R__views.sql"), "-- repeatable, no version");

        Run run = run("new-migration", "--module", "clinical", "--name", "index_mood", "--dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("V4__index_mood.java")).exists();
    }

    @Test
    void inThisRepositoryJavaAndSqlGoToTheModulesFoldersAndShareOneVersionLine(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("aicare-model-clinical"));

        Run java = run("new-migration", "--module", "clinical", "--name", "add_mood", "--project-root", root.toString());
        Run sql = run("new-migration", "--module", "clinical", "--name", "backfill_mood", "--sql",
                "--project-root", root.toString());

        assertThat(java.exitCode()).isZero();
        assertThat(sql.exitCode()).isZero();
        assertThat(root.resolve("aicare-model-clinical/src/main/java/db/aicare/clinical/V2__add_mood.java")).exists();
        assertThat(root.resolve("aicare-model-clinical/src/main/resources/db/aicare/clinical/V3__backfill_mood.sql")).exists();
    }

    @Test
    void withDirJavaAndSqlInAServicesSourceFoldersShareOneVersionLine(@TempDir Path service) throws Exception {
        Path javaDir = service.resolve("src/main/java/db/aicare/clinical");
        Path sqlDir = service.resolve("src/main/resources/db/aicare/clinical");

        Run java = run("new-migration", "--module", "clinical", "--name", "add_mood", "--dir", javaDir.toString());
        Run sql = run("new-migration", "--module", "clinical", "--name", "backfill_mood", "--sql",
                "--dir", sqlDir.toString());
        Run javaAgain = run("new-migration", "--module", "clinical", "--name", "index_mood", "--dir", javaDir.toString());

        assertThat(List.of(java.exitCode(), sql.exitCode(), javaAgain.exitCode())).containsOnly(0);
        assertThat(javaDir.resolve("V2__add_mood.java")).exists();
        assertThat(sqlDir.resolve("V3__backfill_mood.sql")).exists();
        assertThat(javaDir.resolve("V4__index_mood.java")).exists();
    }

    @Test
    void aVersionBeyondTheRangeOfALongIsWrittenAsGiven(@TempDir Path dir) {
        Run run = run("new-migration", "--module", "clinical", "--name", "add_mood", "--version",
                "99999999999999999999", "--dir", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("V99999999999999999999__add_mood.java")).exists();
    }

    @Test
    void theVersionAfterTheLargestLongIsOneMoreNotNegative(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("V9223372036854775807__add_mood.java"), "// existing");

        Run run = run("new-migration", "--module", "clinical", "--name", "index_mood", "--dir", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("V9223372036854775808__index_mood.java")).exists();
    }

    @Test
    void theSqlSkeletonsStatementsCarryTheirGuards(@TempDir Path dir) throws Exception {
        Run run = run("new-migration", "--module", "auth", "--name", "add_locale", "--sql", "--dir", dir.toString());

        assertThat(run.exitCode()).isZero();
        String script = Files.readString(dir.resolve("V2__add_locale.sql"));
        List<String> statements = Stream.of(script.split("\n"))
                .filter(line -> line.matches("-- (ALTER|CREATE|COMMENT|DO|\\s+(IF|ALTER|CREATE)).*")).toList();
        assertThat(statements).isNotEmpty();
        assertThat(script)
                .contains("ADD COLUMN IF NOT EXISTS")
                .contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS")
                .contains("IF NOT EXISTS (SELECT 1 FROM pg_constraint")
                .contains("NOT VALID")
                .contains("VALIDATE CONSTRAINT")
                .contains("ADD VALUE IF NOT EXISTS")
                .contains("executeInTransaction=false");
    }

    @Test
    void itNeverOverwritesAFile(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("V5__add_mood.java");
        Files.writeString(mine, "// my work");

        Run same = run("new-migration", "--module", "clinical", "--name", "add_mood", "--version", "5",
                "--dir", dir.toString());
        Run otherName = run("new-migration", "--module", "clinical", "--name", "other", "--version", "5",
                "--dir", dir.toString());

        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("never overwrites").hasLineCount(1);
        assertThat(otherName.exitCode()).isEqualTo(2);
        assertThat(otherName.err()).contains("version 5 is taken by").hasLineCount(1);
        assertThat(Files.readString(mine)).isEqualTo("// my work");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo(@TempDir Path dir) {
        List<String[]> bad = List.of(
                new String[] {"new-migration", "--module", "clinical", "--name", "Add Mood", "--dir", dir.toString()},
                new String[] {"new-migration", "--module", "clinical", "--name", "add-mood", "--dir", dir.toString()},
                new String[] {"new-migration", "--module", "clinical", "--name", "", "--dir", dir.toString()},
                new String[] {"new-migration", "--module", "nosuch", "--name", "add_mood", "--dir", dir.toString()},
                new String[] {"new-migration", "--module", "clinical", "--name", "add_mood", "--version", "1",
                        "--dir", dir.toString()},
                new String[] {"new-migration", "--module", "clinical", "--name", "add_mood", "--version", "two",
                        "--dir", dir.toString()},
                new String[] {"new-migration", "--module", "clinical", "--name", "add_mood", "--package", "Db.X-y",
                        "--dir", dir.toString()},
                new String[] {"new-migration", "--name", "add_mood", "--dir", dir.toString()});
        for (String[] args : bad) {
            Run run = run(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err().lines().findFirst().orElse("")).as(String.join(" ", args))
                    .startsWith("aicare-schema new-migration: ");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void outsideTheRepositoryWithoutDirItSaysWhereItLooked(@TempDir Path elsewhere) {
        Run run = run("new-migration", "--module", "clinical", "--name", "add_mood", "--project-root", elsewhere.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot find aicare-model-clinical/").contains("--dir").hasLineCount(1);
    }

    @Test
    void theJavaSkeletonCompilesAgainstTheHelpers(@TempDir Path dir) throws Exception {
        Path sources = dir.resolve("src/main/java/com/example/service/migrations");
        Run run = run("new-migration", "--module", "finance", "--name", "add_invoice_note", "--dir", sources.toString());
        assertThat(run.exitCode()).isZero();
        Path file = sources.resolve("V2__add_invoice_note.java");
        assertThat(Files.readString(file)).contains("package com.example.service.migrations;");

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        String classpath = Stream.of(IdempotentJavaMigration.class, BaseJavaMigration.class, ModelCatalog.class,
                        jakarta.persistence.EntityManagerFactory.class, org.hibernate.jpa.HibernatePersistenceConfiguration.class,
                        org.slf4j.Logger.class, id.ac.ugm.aicare.model.core.spi.ModelModule.class)
                .map(type -> Path.of(toUri(type)).toString()).distinct().collect(Collectors.joining(java.io.File.pathSeparator));
        java.io.ByteArrayOutputStream diagnostics = new java.io.ByteArrayOutputStream();
        int result = compiler.run(null, null, diagnostics,
                "-proc:none", "-d", dir.resolve("classes").toString(), "-cp", classpath, file.toString());
        assertThat(result).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(dir.resolve("classes/com/example/service/migrations/V2__add_invoice_note.class")).exists();
    }

    private static java.net.URI toUri(Class<?> type) {
        try {
            return type.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
