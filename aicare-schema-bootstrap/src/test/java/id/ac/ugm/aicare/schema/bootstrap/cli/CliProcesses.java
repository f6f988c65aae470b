package id.ac.ugm.aicare.schema.bootstrap.cli;

import id.ac.ugm.aicare.schema.bootstrap.cli.InitCli.Run;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the tool as separate {@code java} processes, as instances of a service would: exit codes and
 * both streams, each process with its own JVM, connections and lock waits.
 */
final class CliProcesses {

    private CliProcesses() {
    }

    /** One process: {@code command --url --user} for the database, the password in the environment. */
    static Run run(Path extraClasspath, TestDatabase db, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", extraClasspath + File.pathSeparator + System.getProperty("java.class.path"),
                AicareSchemaCli.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--url", db.jdbcUrl(), "--user", db.user()));
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put(DatabaseOptions.PASSWORD_VARIABLE, db.password());
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("aicare-schema " + String.join(" ", args) + " did not end in 5 minutes");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * {@code instances} instances started together, each running the commands one after the other (as
     * a service that runs init, then migrate, at start): the last run of each, or its first failure.
     */
    static List<Run> together(int instances, Path extraClasspath, TestDatabase db, List<List<String>> commands)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(instances);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Run>> runs = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    Run last = null;
                    for (List<String> command : commands) {
                        last = run(extraClasspath, db, command.toArray(String[]::new));
                        if (last.exitCode() != 0) {
                            break;
                        }
                    }
                    return last;
                }));
            }
            List<Run> results = new ArrayList<>();
            for (Future<Run> run : runs) {
                results.add(run.get(10, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
