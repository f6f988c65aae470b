package id.ac.ugm.aicare.schema.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code .pre-commit-hooks.yaml} and the GitHub Actions job of docs/LINT.md run
 * the command they show: each is read as YAML, and its lint command is run on migrations made here.
 */
class LintCiSnippetsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT = Path.of("..");

    @TempDir
    Path dir;

    private static List<String> argumentsAfter(String command, String program) {
        List<String> words = new ArrayList<>(Arrays.asList(command.trim().split("\\s+")));
        int at = -1;
        for (int i = 0; i < words.size() && at < 0; i++) {
            if (words.get(i).equals(program) || words.get(i).endsWith("/" + program)) {
                at = i;
            }
        }
        assertThat(at).as("'" + program + "' in: " + command).isNotNegative();
        return words.subList(at + 1, words.size());
    }

    @Test
    void everyPreCommitHookRunsTheLintOnTheFilesItSelects() throws Exception {
        JsonNode hooks = YAML.readTree(ROOT.resolve(".pre-commit-hooks.yaml").toFile());
        assertThat(hooks.isArray()).isTrue();
        assertThat(hooks).isNotEmpty();
        Path migrations = Files.createDirectories(dir.resolve("db/migrations"));
        Path good = Files.writeString(migrations.resolve("V1__users.sql"), "CREATE TABLE IF NOT EXISTS users (id bigint);\n");
        Path bad = Files.writeString(migrations.resolve("V2__mood.sql"), "CREATE TABLE mood (id bigint);\n");
        for (JsonNode hook : hooks) {
            for (String field : List.of("id", "name", "entry", "language", "files")) {
                assertThat(hook.path(field).isTextual()).as(hook.path("id") + " has " + field).isTrue();
            }
            assertThat(hook.get("language").asText()).isEqualTo("system");
            assertThat(hook.get("require_serial").asBoolean()).isTrue();
            Pattern files = Pattern.compile(hook.get("files").asText());
            assertThat(files.matcher("src/main/resources/db/migration/V1__a.sql").find()
                    || files.matcher("migrations/2024-01-01_x/up.sql").find()).isTrue();
            assertThat(files.matcher("README.md").find()).isFalse();

            List<String> args = argumentsAfter(hook.get("entry").asText(), "aicare-schema");
            assertThat(run(args, good).exitCode()).as(hook.get("id") + " on a clean file").isZero();
            CliRun failing = run(args, good, bad);
            assertThat(failing.exitCode()).as(hook.get("id") + " on a bad file").isEqualTo(1);
            assertThat(failing.out()).contains("V2__mood.sql:1:1 error prefer-robust-stmts");
        }
    }

    @Test
    void theGithubActionsJobOfTheDocsAnnotatesWhatABranchAdds() throws Exception {
        String docs = Files.readString(ROOT.resolve("docs/LINT.md"));
        Matcher block = Pattern.compile("A GitHub Actions job[^\\n]*\\n\\n```yaml\\n(.*?)```", Pattern.DOTALL).matcher(docs);
        assertThat(block.find()).as("the Actions example in docs/LINT.md").isTrue();
        JsonNode job = YAML.readTree(block.group(1)).get("lint-migrations");
        String lint = null;
        for (JsonNode step : job.get("steps")) {
            if (step.path("run").asText().contains("aicare-schema.jar lint")) {
                lint = step.get("run").asText();
            }
        }
        assertThat(lint).isNotNull();
        assertThat(job.at("/steps/0/with/fetch-depth").asInt()).as("history for --changed-since").isZero();

        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path migrations = Files.createDirectories(repo.resolve("src/main/resources/db/migration"));
        git(repo, "init", "-q", "-b", "main");
        Files.writeString(migrations.resolve("V1__old.sql"), "CREATE TABLE old (id bigint);\n");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "old");
        git(repo, "checkout", "-q", "-b", "feature");
        Files.writeString(migrations.resolve("V2__new.sql"), "CREATE TABLE new (id bigint);\n");

        // The job runs in the checkout against the pull request's base; here the base is main.
        assertThat(lint).contains("origin/${{ github.base_ref }}");
        String here = lint.replace("origin/${{ github.base_ref }}", "main");
        List<String> args = new ArrayList<>();
        for (String word : argumentsAfter(here, "aicare-schema.jar")) {
            args.add(word.equals("src/main/resources/db/migration") ? migrations.toString() : word);
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("::error file=" + migrations.resolve("V2__new.sql").toString().replace('\\', '/')
                + ",line=1,col=1,title=prefer-robust-stmts::").doesNotContain("V1__old.sql")
                .endsWith("1 file linted: 1 error, 0 warnings\n");
    }

    private static CliRun run(List<String> args, Path... files) {
        List<String> all = new ArrayList<>(args);
        for (Path file : files) {
            all.add(file.toString());
        }
        return CliRun.of(all.toArray(String[]::new));
    }

    private static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t", "-c",
                "user.email=t@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", args) + ": " + output).isZero();
    }
}
