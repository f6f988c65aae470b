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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lints one file: decode, lex, read the statements, run the rules, apply suppressions and severities. */
final class FileLinter {

    private final LintConfig config;
    private final List<Rule> rules;

    FileLinter(LintConfig config, List<Rule> rules) {
        this.config = config;
        this.rules = rules.stream().filter(rule -> config.isEnabled(rule.definition())).toList();
    }

    /** Lints the bytes of {@code file}; {@code setFindings} are the findings about its name. */
    List<Finding> lint(Path file, byte[] bytes, List<SetFinding> setFindings) {
        RuleHits hits = new RuleHits();
        setFindings.forEach(f -> hits.reportFile(f.rule(), f.message()));
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes);
        if (decoded.binary()) {
            hits.add(new RuleHit(InputRules.BINARY_FILE, null, decoded.problemLine(), decoded.problemColumn(),
                    "NUL byte at line " + decoded.problemLine() + ": the file is binary, not SQL text"));
            return findings(file, hits.hits(), null);
        }
        if (decoded.hasProblem()) {
            hits.add(new RuleHit(InputRules.INVALID_ENCODING, null, decoded.problemLine(), decoded.problemColumn(),
                    InputRules.INVALID_ENCODING.message()));
        }
        return lintText(file, decoded.text(), hits);
    }

    /** Lints text that is already decoded. */
    List<Finding> lintText(Path file, String text, RuleHits hits) {
        LexedSource lexed = SqlLexer.lex(text);
        for (LexicalProblem problem : lexed.problems()) {
            hits.add(new RuleHit(InputRules.SYNTAX_ERROR, null, problem.line(), problem.column(), problem.message()));
        }
        for (Token meta : lexed.metaCommands()) {
            hits.add(new RuleHit(InputRules.PSQL_META_COMMAND, null, meta.line(), meta.column(),
                    "psql meta-command " + firstWord(meta.text()) + " in a migration; Flyway would send it to the server"));
        }
        MigrationScript script = MigrationScript.read(MigrationFileName.parse(fileName(file)), lexed);
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
        List<Finding> findings = findings(file, hits.hits(), suppressions);
        RuleHits unused = new RuleHits();
        suppressions.reportUnused(unused, config);
        findings.addAll(findings(file, unused.hits(), null));
        return findings;
    }

    private List<Finding> findings(Path file, List<RuleHit> hits, Suppressions suppressions) {
        List<Finding> findings = new ArrayList<>();
        for (RuleHit hit : hits) {
            Optional<Severity> severity = config.severityOf(hit.rule());
            if (severity.isEmpty() || (suppressions != null && suppressions.suppresses(hit))) {
                continue;
            }
            findings.add(new Finding(file, hit.line(), hit.column(), hit.rule().name(), severity.get(),
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
