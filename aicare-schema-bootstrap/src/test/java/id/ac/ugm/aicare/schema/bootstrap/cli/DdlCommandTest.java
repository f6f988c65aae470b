package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.ac.ugm.aicare.model.core.catalog.ModelCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DdlCommandTest {

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
    void printsTheSchemaOfEveryModuleInDependencyOrder() {
        Run run = run("ddl");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> modules = ModelCatalog.discover().moduleNames();
        assertThat(modules.get(0)).isEqualTo("auth");
        List<Integer> positions = new ArrayList<>();
        for (String module : modules) {
            positions.add(run.out().indexOf("\n-- Module " + module + "\n"));
        }
        assertThat(positions).doesNotContain(-1).isSorted();
        assertThat(run.out()).contains("CREATE TABLE users (");
    }

    @Test
    void writesTheSameBytesToAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/schema.sql");
        Run run = run("ddl", "--output", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(run("ddl").out());
    }

    @Test
    void aSelectedModuleBringsItsDependenciesOnly() {
        Run run = run("ddl", "--module", "auth");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("-- Modules, in dependency order: auth\n").contains("CREATE TABLE users (")
                .doesNotContain("CREATE TABLE conversations (");
    }

    @Test
    void anUnknownModuleIsAOneLineUsageError() {
        Run run = run("ddl", "--module", "billing");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("aicare-schema ddl: Unknown module 'billing'").doesNotContain("\n")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownOptionIsAUsageErrorNamingIt() {
        Run run = run("ddl", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--frobnicate").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void helpWorksOnTheCommand() {
        Run run = run("ddl", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--output").contains("--module");
    }

    @Test
    void separateRunsInOtherTimeZonesAndLocalesGiveIdenticalBytes() throws Exception {
        byte[] jakarta = runInSeparateJvm("Asia/Jakarta", "id_ID.UTF-8", "id-ID");
        byte[] chicago = runInSeparateJvm("America/Chicago", "tr_TR.UTF-8", "tr-TR");
        assertThat(jakarta.length).isGreaterThan(1000);
        assertThat(chicago).isEqualTo(jakarta);
    }

    private static byte[] runInSeparateJvm(String zone, String lang, String languageTag) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=" + languageTag.split("-")[0], "-Duser.country=" + languageTag.split("-")[1],
                "-cp", System.getProperty("java.class.path"), AicareSchemaCli.class.getName(), "ddl");
        builder.environment().put("TZ", zone);
        builder.environment().put("LANG", lang);
        builder.environment().put("LC_ALL", lang);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out.toByteArray();
    }
}
