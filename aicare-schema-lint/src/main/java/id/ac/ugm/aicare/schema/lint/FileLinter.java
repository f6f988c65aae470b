package id.ac.ugm.aicare.schema.lint;

import id.ac.ugm.aicare.schema.lint.rule.Severity;
import id.ac.ugm.aicare.schema.lint.internal.flyway.MigrationFileName;
import id.ac.ugm.aicare.schema.lint.internal.flyway.MigrationSetRules.SetFinding;
import id.ac.ugm.aicare.sql.internal.lexer.Brackets;
import id.ac.ugm.aicare.sql.internal.lexer.LexedSource;
import id.ac.ugm.aicare.sql.internal.lexer.LexicalProblem;
import id.ac.ugm.aicare.sql.internal.lexer.SqlLexer;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import id.ac.ugm.aicare.schema.lint.internal.rules.InputRules;
import id.ac.ugm.aicare.schema.lint.internal.rules.MigrationScript;
import id.ac.ugm.aicare.schema.lint.internal.rules.ParsedStatement;
import id.ac.ugm.aicare.schema.lint.internal.rules.Rule;
import id.ac.ugm.aicare.schema.lint.internal.rules.RuleHit;
import id.ac.ugm.aicare.schema.lint.internal.rules.RuleHits;
import java.nio.file.Path;
import id.ac.ugm.aicare.schema.lint.internal.flyway.PlaceholderText;
import id.ac.ugm.aicare.schema.lint.internal.flyway.ScriptConfig;
import id.ac.ugm.aicare.schema.lint.internal.rules.MessageText;
import id.ac.ugm.aicare.schema.lint.internal.flyway.SourceMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Lints one file: decode, lex, read the statements, run the rules, apply suppressions and severities. */
final class FileLinter {

    private final LintConfig config;
    private final List<Rule> rules;
    private final Placeholders placeholders;
    private final MigrationTool tool;

    private final int postgresMajor;

    FileLinter(LintConfig config, List<Rule> rules, Placeholders placeholders, MigrationTool tool, int postgresMajor) {
        this.postgresMajor = postgresMajor;
        this.config = config;
        this.rules = rules.stream().filter(rule -> config.isEnabled(rule.definition())).toList();
        this.placeholders = tool == MigrationTool.FLYWAY ? placeholders : Placeholders.none();
        this.tool = tool;
    }

    /** Lints the bytes of {@code file}; {@code setFindings} are the findings about its name. */
    List<Finding> lint(Path file, byte[] bytes, List<SetFinding> setFindings) {
        RuleHits hits = new RuleHits();
        setFindings.forEach(f -> hits.reportFile(f.rule(), f.message()));
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
        if (decoded.binary()) {
            hits.add(new RuleHit(InputRules.BINARY_FILE, null, decoded.problemLine(), decoded.problemColumn(),
                    "NUL byte at line " + decoded.problemLine() + ": the file is binary, not SQL text"));
            return findings(file, hits.hits(), null, SourceMap.identity(""));
        }
        if (decoded.hasProblem()) {
            hits.add(new RuleHit(InputRules.INVALID_ENCODING, null, decoded.problemLine(), decoded.problemColumn(),
                    InputRules.INVALID_ENCODING.message()));
        }
        return lintText(file, decoded.text(), hits);
    }

    /**
     * Lints text that is already decoded. Placeholders are replaced first, as Flyway replaces them;
     * the hits made on the replaced text are mapped back to the file's own lines and columns.
     */
    List<Finding> lintText(Path file, String original, RuleHits hits) {
        ScriptConfig scriptConfig = tool == MigrationTool.FLYWAY ? ScriptConfig.beside(file) : ScriptConfig.NONE;
        if (scriptConfig.problem() != null) {
            hits.reportFile(InputRules.INVALID_SCRIPT_CONFIG, MessageText.printable(fileName(file) + ".conf:"
                    + scriptConfig.problemLine() + ": " + scriptConfig.problem(), 200));
        }
        PlaceholderText.Substituted substituted = scriptConfig.placeholderReplacement()
                ? substitute(fileName(file), original)
                : PlaceholderText.Substituted.unchanged(original);
        reportUnresolved(substituted, hits);
        int firstMapped = hits.hits().size();
        String text = substituted.text();
        LexedSource lexed = SqlLexer.lex(text);
        for (LexicalProblem problem : lexed.problems()) {
            hits.add(new RuleHit(InputRules.SYNTAX_ERROR, null, problem.line(), problem.column(), problem.message()));
        }
        for (Token meta : lexed.metaCommands()) {
            hits.add(new RuleHit(InputRules.PSQL_META_COMMAND, null, meta.line(), meta.column(),
                    "psql meta-command " + firstWord(meta.text()) + " in a migration; Flyway would send it to the server"));
        }
        MigrationFileName name = tool == MigrationTool.FLYWAY ? MigrationFileName.parse(fileName(file)) : MigrationFileName.PLAIN;
        MigrationScript script = MigrationScript.read(name, lexed, postgresMajor, scriptConfig.executeInTransaction());
        for (ParsedStatement statement : script.all()) {
            Brackets.unbalanced(statement.sql()).ifPresent(problem -> hits.add(new RuleHit(InputRules.SYNTAX_ERROR,
                    statement, problem.line(), problem.column(), problem.message())));
        }
        if (script.isEmpty() && lexed.problems().isEmpty()) {
            hits.reportFile(InputRules.EMPTY_MIGRATION, InputRules.EMPTY_MIGRATION.message());
        }
        for (Rule rule : rules) {
            rule.check(script, hits);
        }
        Suppressions suppressions = Suppressions.read(script, hits);
        SourceMap map = substituted.map();
        List<Finding> findings = findings(file, hits.hits().subList(0, firstMapped), suppressions, SourceMap.identity(original));
        findings.addAll(findings(file, hits.hits().subList(firstMapped, hits.hits().size()), suppressions, map));
        RuleHits unused = new RuleHits();
        suppressions.reportUnused(unused, config);
        findings.addAll(findings(file, unused.hits(), null, map));
        return findings;
    }

    private PlaceholderText.Substituted substitute(String fileName, String text) {
        if (!placeholders.replaces()) {
            return PlaceholderText.Substituted.unchanged(text);
        }
        return PlaceholderText.substitute(text, placeholders.prefix(), placeholders.suffix(),
                name -> placeholders.valueOf(name, fileName));
    }

    /** One finding per placeholder name, where it first appears; values are never quoted, names only. */
    private void reportUnresolved(PlaceholderText.Substituted substituted, RuleHits hits) {
        Set<String> reported = new HashSet<>();
        for (PlaceholderText.Unresolved unresolved : substituted.unresolved()) {
            if (!reported.add(unresolved.name())) {
                continue;
            }
            int[] at = substituted.map().originalPosition(unresolved.offset());
            String shown = LintConfig.printable(placeholders.prefix() + unresolved.name()
                    + (unresolved.terminated() ? placeholders.suffix() : ""));
            String message = unresolved.terminated()
                    ? "no value for placeholder " + shown + ": Flyway refuses to run this file (linted with '"
                            + unresolved.standIn() + "' in its place)"
                    : "placeholder " + shown + " has no closing " + placeholders.suffix()
                            + ": Flyway reads to the end of the file and refuses it";
            hits.add(new RuleHit(InputRules.UNRESOLVED_PLACEHOLDER, null, at[0], at[1], message));
        }
    }

    private List<Finding> findings(Path file, List<RuleHit> hits, Suppressions suppressions, SourceMap map) {
        List<Finding> findings = new ArrayList<>();
        for (RuleHit hit : hits) {
            Optional<Severity> severity = config.severityOf(hit.rule());
            if (severity.isEmpty() || (suppressions != null && suppressions.suppresses(hit))) {
                continue;
            }
            int[] at = hit.line() == 0 ? new int[] {0, 0} : map.original(hit.line(), hit.column());
            findings.add(new Finding(file, at[0], at[1], hit.rule().name(), severity.get(),
                    hit.message(), hit.rule().hint()));
        }
        return findings;
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
