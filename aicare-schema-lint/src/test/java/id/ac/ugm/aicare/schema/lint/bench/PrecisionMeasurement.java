package id.ac.ugm.aicare.schema.lint.bench;

import id.ac.ugm.aicare.schema.lint.Finding;
import id.ac.ugm.aicare.schema.lint.LintReport;
import id.ac.ugm.aicare.schema.lint.MigrationLinter;
import id.ac.ugm.aicare.schema.lint.MigrationTool;
import id.ac.ugm.aicare.schema.lint.verify.IdempotencyVerifier;
import id.ac.ugm.aicare.schema.lint.verify.ScratchLogin;
import id.ac.ugm.aicare.sql.internal.lexer.LexedSource;
import id.ac.ugm.aicare.sql.internal.lexer.SqlLexer;
import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;
import id.ac.ugm.aicare.sql.internal.lexer.StatementSplitter;
import id.ac.ugm.aicare.testing.PostgresServer;
import id.ac.ugm.aicare.testing.PostgresServers;
import id.ac.ugm.aicare.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The precision and recall of the idempotency rules against {@code --verify} on real migration
 * sets, run by hand (docs/LINT.md, "Precision on real migrations"); it reads sets assembled by
 * {@code scripts/lint-corpus} and never fetches anything.
 *
 * <p>Each set is linted, then verified on a scratch database of the test server. A statement the
 * static rules flag is a true positive when the second run of {@code --verify} fails on it, a false
 * one when its file was verified and the statement ran twice without error. A statement that fails
 * on the second run without being flagged is a miss. Files after the first one that fails on its
 * first run are not verified (Flyway would stop there) and count for nothing.
 *
 * <p>Arguments: {@code OUT.tsv name=tool:folder ...}, tool {@code flyway} or {@code plain}.
 */
public final class PrecisionMeasurement {

    private static final Set<String> IDEMPOTENCY_RULES = Set.of("prefer-robust-stmts", "repeatable-migration-not-rerunnable");

    private PrecisionMeasurement() {
    }

    /** Where a statement is: its file and its index among the file's top-level statements. */
    private record StatementAt(Path file, int index) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        PostgresServer server = PostgresServers.shared();
        int[] total = new int[6];
        try (PrintWriter tsv = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            tsv.println("set\tverdict\tfile\tline\tmessage\tstatement\tverify");
            System.out.println("set | files | verified files | statements verified | flagged | true | false | missed | precision | recall");
            for (int i = 1; i < args.length; i++) {
                String[] nameAndRest = args[i].split("=", 2);
                String[] toolAndFolder = nameAndRest[1].split(":", 2);
                int[] counts = measure(server, nameAndRest[0], MigrationTool.parse(toolAndFolder[0]),
                        Path.of(toolAndFolder[1]), tsv);
                for (int k = 0; k < counts.length; k++) {
                    total[k] += counts[k];
                }
            }
        }
        System.out.printf("all | %d | %d | %d | %d | %d | %d | %d | %s | %s%n", total[0], total[1], total[2],
                total[3] + total[4], total[3], total[4], total[5], ratio(total[3], total[3] + total[4]),
                ratio(total[3], total[3] + total[5]));
    }

    private static int[] measure(PostgresServer server, String name, MigrationTool tool, Path folder, PrintWriter tsv)
            throws IOException {
        LintReport report = MigrationLinter.builder().tool(tool).build().lint(folder);
        TestDatabase admin = server.createDatabase("precision_" + name.replaceAll("[^a-z0-9]", "_"));
        List<Finding> verified;
        try {
            ScratchLogin login = (database, user, password) -> {
                PGSimpleDataSource dataSource = new PGSimpleDataSource();
                dataSource.setURL(server.jdbcUrl(database));
                dataSource.setUser(user);
                dataSource.setPassword(password);
                return dataSource;
            };
            verified = IdempotencyVerifier.using(admin.dataSource(), login).tool(tool).verify(List.of(folder));
        } finally {
            server.dropDatabaseAndSiblings(admin.name());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> f.toString().endsWith(".sql") && Files.isRegularFile(f)).sorted(Comparator.comparing(Path::toString)).toList();
        }
        Map<Path, List<int[]>> statements = new HashMap<>();
        Map<Path, String> texts = new HashMap<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            texts.put(file, text);
            statements.put(file, ranges(text));
        }
        Path stoppedAt = verified.stream().filter(f -> f.rule().equals("migration-failed")).map(Finding::file)
                .findFirst().orElse(null);
        Set<Path> verifiedFiles = new HashSet<>(verifiedFiles(files, stoppedAt, tool));
        Map<StatementAt, Finding> flagged = new TreeMap<>(Comparator.comparing((StatementAt s) -> s.file().toString())
                .thenComparingInt(StatementAt::index));
        for (Finding finding : report.findings()) {
            if (IDEMPOTENCY_RULES.contains(finding.rule()) && verifiedFiles.contains(finding.file())) {
                flagged.putIfAbsent(at(statements, texts, finding), finding);
            }
        }
        Map<StatementAt, Finding> failing = new HashMap<>();
        for (Finding finding : verified) {
            if (finding.rule().equals("not-idempotent") && verifiedFiles.contains(finding.file())) {
                failing.putIfAbsent(at(statements, texts, finding), finding);
            }
        }
        int truePositives = 0;
        int falsePositives = 0;
        for (Map.Entry<StatementAt, Finding> entry : flagged.entrySet()) {
            boolean fails = failing.containsKey(entry.getKey());
            if (fails) {
                truePositives++;
            } else {
                falsePositives++;
            }
            row(tsv, name, fails ? "TP" : "FP", entry.getKey(), entry.getValue(), texts, statements,
                    fails ? failing.get(entry.getKey()).message() : "runs twice without error");
        }
        int missed = 0;
        for (Map.Entry<StatementAt, Finding> entry : failing.entrySet()) {
            if (!flagged.containsKey(entry.getKey())) {
                missed++;
                row(tsv, name, "FN", entry.getKey(), entry.getValue(), texts, statements, entry.getValue().message());
            }
        }
        int statementsVerified = verifiedFiles.stream().mapToInt(f -> statements.get(f).size()).sum();
        System.out.printf("%s | %d | %d | %d | %d | %d | %d | %d | %s | %s%n", name, files.size(), verifiedFiles.size(),
                statementsVerified, flagged.size(), truePositives, falsePositives, missed,
                ratio(truePositives, truePositives + falsePositives), ratio(truePositives, truePositives + missed));
        if (stoppedAt != null) {
            Finding stop = verified.stream().filter(f -> f.rule().equals("migration-failed")).findFirst().orElseThrow();
            System.out.println("  verification stopped at " + folder.relativize(stoppedAt) + ":" + stop.line()
                    + ": " + stop.message());
        }
        return new int[] {files.size(), verifiedFiles.size(), statementsVerified, truePositives, falsePositives, missed};
    }

    /** The files verified before the first failing one, in the order the verifier ran them. */
    private static List<Path> verifiedFiles(List<Path> files, Path stoppedAt, MigrationTool tool) {
        List<Path> ordered = new ArrayList<>(files);
        if (tool == MigrationTool.FLYWAY) {
            // Callbacks (afterMigrate.sql) are not migrations; the verifier does not run them.
            ordered.removeIf(f -> !f.getFileName().toString().matches("(V[0-9._]+|R_)__.*"));
            ordered.sort(Comparator.comparing(PrecisionMeasurement::flywayKey));
        }
        if (stoppedAt == null) {
            return ordered;
        }
        return ordered.subList(0, ordered.indexOf(stoppedAt));
    }

    /** Versioned migrations by version, then repeatable ones by name (enough for the sets measured). */
    private static String flywayKey(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith("R__")) {
            return "~" + name;
        }
        String version = name.substring(1, Math.max(1, name.indexOf("__")));
        StringBuilder key = new StringBuilder();
        for (String part : version.split("[._]")) {
            key.append(String.format("%012d.", Long.parseLong(part.isEmpty() ? "0" : part)));
        }
        return key.toString();
    }

    private static void row(PrintWriter tsv, String set, String verdict, StatementAt at, Finding finding,
            Map<Path, String> texts, Map<Path, List<int[]>> statements, String verify) {
        int[] range = statements.get(at.file()).get(at.index());
        String sql = texts.get(at.file()).substring(range[0], Math.min(range[1], range[0] + 160))
                .replaceAll("\\s+", " ").replace('\t', ' ');
        tsv.println(set + "\t" + verdict + "\t" + at.file() + "\t" + finding.line() + "\t"
                + finding.message().replace('\t', ' ').replace('\n', ' ') + "\t" + sql + "\t" + verify.replace('\t', ' '));
    }

    /** The top-level statement of {@code finding}'s file that holds its position. */
    private static StatementAt at(Map<Path, List<int[]>> statements, Map<Path, String> texts, Finding finding) {
        String text = texts.get(finding.file());
        int offset = offset(text, finding.line(), finding.column());
        List<int[]> ranges = statements.get(finding.file());
        int index = 0;
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i)[0] <= offset) {
                index = i;
            }
        }
        return new StatementAt(finding.file(), index);
    }

    private static List<int[]> ranges(String text) {
        LexedSource lexed = SqlLexer.lex(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<int[]> ranges = new ArrayList<>();
        for (SqlStatement statement : StatementSplitter.split(lexed)) {
            ranges.add(new int[] {statement.first().offset(), statement.last().end()});
        }
        if (ranges.isEmpty()) {
            ranges.add(new int[] {0, 0});
        }
        return ranges;
    }

    private static int offset(String text, int line, int column) {
        int current = 1;
        int i = 0;
        while (current < line && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
                current++;
            }
        }
        return i + Math.max(0, column - 1);
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
    }
}
