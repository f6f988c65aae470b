package id.ac.ugm.aicare.schema.lint;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code --exclude} globs. A glob without {@code /} matches a file's name ({@code down.sql},
 * {@code V1__*.sql}); one with {@code /} matches its path below the folder given to the linter, or
 * the path as it was found ({@code legacy/**}, {@code db/migration/V1__*.sql}). {@code *} stays
 * within a folder, {@code **} crosses folders, as in Java's and most shells' globs.
 */
final class FileExclusions {

    private record Glob(String text, PathMatcher matcher, boolean byName) {
    }

    static final FileExclusions NONE = new FileExclusions(List.of());

    private final List<Glob> globs;

    private FileExclusions(List<Glob> globs) {
        this.globs = globs;
    }

    FileExclusions and(String glob) {
        if (glob == null || glob.isBlank()) {
            throw new LintConfigException("--exclude: empty glob");
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (PatternSyntaxException e) {
            throw new LintConfigException("--exclude '" + LintConfig.printable(glob) + "': not a glob: "
                    + LintConfig.printable(e.getDescription()), e);
        }
        List<Glob> more = new ArrayList<>(globs);
        more.add(new Glob(glob, matcher, !glob.contains("/")));
        return new FileExclusions(List.copyOf(more));
    }

    boolean isEmpty() {
        return globs.isEmpty();
    }

    /** True when {@code file}, found under {@code root} (the folder given, or null for a file given by name), is excluded. */
    boolean excludes(Path root, Path file) {
        for (Glob glob : globs) {
            if (glob.byName()) {
                Path name = file.getFileName();
                if (name != null && glob.matcher().matches(name)) {
                    return true;
                }
            } else if (glob.matcher().matches(file)
                    || (root != null && file.startsWith(root) && glob.matcher().matches(root.relativize(file)))) {
                return true;
            }
        }
        return false;
    }
}
