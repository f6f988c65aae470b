package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.flyway.MigrationSetRules;
import id.ac.ugm.aicare.schema.lint.internal.flyway.MigrationSetRules.SetFinding;
import id.ac.ugm.aicare.schema.lint.internal.rules.Rule;
import id.ac.ugm.aicare.schema.lint.internal.rules.RuleHits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Lints Flyway SQL migrations for PostgreSQL. Thread-safe and reusable.
 *
 * <pre>{@code
 * LintReport report = MigrationLinter.builder()
 *         .config(LintConfig.load(Path.of("aicare-lint.json")))
 *         .build()
 *         .lint(Path.of("src/main/resources/db/migration"));
 * assertThat(report.errors()).isEmpty();
 * }</pre>
 */
public final class MigrationLinter {

    private final LintConfig config;
    private final int parallelism;
    private final List<Rule> rules;
    private final Placeholders placeholders;
    private final MigrationTool tool;
    private final FileExclusions exclusions;
    private final Set<Path> onlyFiles;

    private MigrationLinter(Builder builder) {
        this.config = builder.config;
        this.parallelism = builder.parallelism;
        this.rules = builder.rules;
        this.placeholders = builder.placeholders;
        this.tool = builder.tool;
        this.exclusions = builder.exclusions;
        this.onlyFiles = builder.onlyFiles;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Lints files and folders (recursively, {@code *.sql}); missing paths become I/O error findings. */
    public LintReport lint(Path... paths) {
        return lint(List.of(paths));
    }

    public LintReport lint(Collection<Path> paths) {
        MigrationFiles files = MigrationFiles.collect(List.copyOf(paths), exclusions);
        Map<Path, List<SetFinding>> setFindings = new HashMap<>();
        if (tool == MigrationTool.FLYWAY) {
            for (List<Path> set : files.sets()) {
                for (SetFinding finding : MigrationSetRules.check(set)) {
                    setFindings.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(finding);
                }
            }
        }
        // The set rules above saw every file (a new file may reuse an old version); only the chosen ones are linted.
        List<Path> chosen = files.allFiles().stream().filter(this::isChosen).toList();
        List<Finding> findings = new ArrayList<>(files.errors());
        FileLinter linter = new FileLinter(config, rules, placeholders, tool);
        findings.addAll(lintAll(chosen, file -> lintFile(linter, file, setFindings.getOrDefault(file, List.of()))));
        return new LintReport(findings, chosen.size());
    }

    private boolean isChosen(Path file) {
        return onlyFiles == null || onlyFiles.contains(ChangedFiles.canonical(file));
    }

    /** Lints SQL text as if it were the file {@code file}; the name decides whether it is a repeatable migration. */
    public LintReport lintSql(Path file, String sql) {
        List<Finding> findings = new FileLinter(config, rules, placeholders, tool).lintText(file, sql, new RuleHits());
        return new LintReport(findings, 1);
    }

    /**
     * Lints one file. A failure of the linter itself on this file (a bug, or input it was not built
     * for) becomes a finding for this file, so that the other files of the run still get theirs.
     */
    private static List<Finding> lintFile(FileLinter linter, Path file, List<SetFinding> setFindings) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return List.of(MigrationFiles.ioError(file, "cannot read file: " + MigrationFiles.reason(e)));
        }
        try {
            return linter.lint(file, bytes, setFindings);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(new Finding(file, 0, 0, Finding.LINT_FAILURE, Severity.ERROR,
                    "the linter failed on this file (" + e.getClass().getSimpleName() + "); it was not checked",
                    "report the file to the linter's maintainers; the other files were linted"));
        }
    }

    private List<Finding> lintAll(List<Path> files, java.util.function.Function<Path, List<Finding>> lintOne) {
        if (parallelism <= 1 || files.size() < 2) {
            List<Finding> findings = new ArrayList<>();
            files.forEach(file -> findings.addAll(lintOne.apply(file)));
            return findings;
        }
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            return pool.submit(() -> files.parallelStream().map(lintOne).flatMap(List::stream).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("linting failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Configures a linter; the defaults are every rule at its default severity, one thread per core. */
    public static final class Builder {

        private LintConfig config = LintConfig.defaults();
        private LintConfig.Builder changes;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private List<Rule> rules = RuleCatalog.scriptRules();
        private Placeholders placeholders = Placeholders.flywayDefaults();
        private MigrationTool tool = MigrationTool.FLYWAY;
        private FileExclusions exclusions = FileExclusions.NONE;
        private Set<Path> onlyFiles;

        public Builder config(LintConfig config) {
            this.config = config;
            return this;
        }

        /** Turns a rule off; an unknown name throws {@link LintConfigException}. */
        public Builder disable(String rule) {
            changes().disable(rule);
            return this;
        }

        public Builder severity(String rule, Severity severity) {
            changes().severity(rule, severity);
            return this;
        }

        /** The Flyway placeholders replaced before linting; {@link Placeholders#flywayDefaults()} unless set. */
        public Builder placeholders(Placeholders placeholders) {
            this.placeholders = java.util.Objects.requireNonNull(placeholders, "placeholders");
            return this;
        }

        /** The tool that runs the migrations; {@link MigrationTool#FLYWAY} unless set. */
        public Builder tool(MigrationTool tool) {
            this.tool = java.util.Objects.requireNonNull(tool, "tool");
            return this;
        }

        /**
         * Leaves out the files a glob matches, as if they were not there: a glob without {@code /}
         * matches file names, one with {@code /} paths below the folder given (or as found). A
         * malformed glob throws {@link LintConfigException}.
         */
        public Builder exclude(String glob) {
            this.exclusions = exclusions.and(glob);
            return this;
        }

        /**
         * Lints only these files of the paths given (such as {@link ChangedFiles#since}); the checks
         * over a whole folder (duplicate versions) still see every file, so that a new file that
         * clashes with an old one is caught.
         */
        public Builder onlyFiles(Collection<Path> files) {
            this.onlyFiles = files.stream().map(ChangedFiles::canonical).collect(java.util.stream.Collectors.toUnmodifiableSet());
            return this;
        }

        /** How many files are linted at once; 1 lints on the calling thread. */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        /** Replaces the statement rules, for tests of the linter itself. */
        Builder scriptRules(List<Rule> replacement) {
            this.rules = List.copyOf(replacement);
            return this;
        }

        public MigrationLinter build() {
            if (changes != null) {
                LintConfig.Builder merged = config.toBuilder();
                merged.mergeFrom(changes);
                config = merged.build();
                changes = null;
            }
            return new MigrationLinter(this);
        }

        private LintConfig.Builder changes() {
            if (changes == null) {
                changes = new LintConfig.Builder();
            }
            return changes;
        }
    }
}
