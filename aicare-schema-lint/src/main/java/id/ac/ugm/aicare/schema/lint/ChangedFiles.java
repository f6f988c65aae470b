package id.ac.ugm.aicare.schema.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The files added or changed since a git revision, for {@code --changed-since}: what a branch
 * adds over the point where it left {@code ref} (their merge base, so that changes made on
 * {@code ref} meanwhile do not count), committed or not, plus files git does not track yet.
 * Deleted files are left out. Needs {@code git} on the {@code PATH}.
 */
public final class ChangedFiles {

    private static final long TIMEOUT_SECONDS = 60;

    private ChangedFiles() {
    }

    /**
     * The changed files of the repository that holds {@code directory}, as canonical paths.
     *
     * @throws LintConfigException when git is missing, the folder is in no repository, or the
     *                             revision is unknown: one line naming the cause
     */
    public static Set<Path> since(String ref, Path directory) {
        if (ref == null || ref.isBlank() || ref.startsWith("-") || ref.chars().anyMatch(Character::isISOControl)) {
            throw new LintConfigException("--changed-since: '" + LintConfig.printable(String.valueOf(ref))
                    + "' is not a git revision");
        }
        Path dir = Files.isDirectory(directory) ? directory : directory.toAbsolutePath().getParent();
        Path top = Path.of(git(dir, "rev-parse", "--show-toplevel").strip());
        String base = git(top, "merge-base", ref, "HEAD").strip();
        Set<Path> changed = new LinkedHashSet<>();
        for (String name : nulSeparated(git(top, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", base))) {
            changed.add(canonical(top.resolve(name)));
        }
        for (String name : nulSeparated(git(top, "ls-files", "-z", "--others", "--exclude-standard", "--full-name"))) {
            changed.add(canonical(top.resolve(name)));
        }
        return changed;
    }

    /** The form paths are compared in: absolute, normalized, symbolic links resolved where the file exists. */
    static Path canonical(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static List<String> nulSeparated(String output) {
        List<String> names = new ArrayList<>();
        for (String name : output.split("\0")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new LintConfigException("--changed-since needs git on the PATH: " + e.getMessage(), e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new LintConfigException("--changed-since: git " + args[0] + " did not finish within "
                        + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new LintConfigException("--changed-since: " + failure(args, err.join(), dir));
            }
            return out.join();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LintConfigException("--changed-since: interrupted while git ran", e);
        } catch (IOException e) {
            throw new LintConfigException("--changed-since: git failed: " + e.getMessage(), e);
        }
    }

    /** git's own first line of complaint, with the usual causes named plainly. */
    private static String failure(String[] args, String stderr, Path dir) {
        String first = stderr.lines().filter(line -> !line.isBlank()).findFirst().orElse("git " + args[0] + " failed").strip();
        if (first.contains("not a git repository")) {
            return dir + " is not in a git repository";
        }
        if (args[0].equals("merge-base")) {
            return "unknown revision '" + LintConfig.printable(args[1]) + "', or it shares no history with HEAD ("
                    + LintConfig.printable(first) + "); in a shallow CI checkout fetch it first";
        }
        return LintConfig.printable(first);
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
