package id.ac.ugm.aicare.schema.engine.diff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The written migration as a file: a Java migration on the helpers, or an SQL script with guards. */
public final class MigrationSources {

    private static final List<String> HELPER_TYPES = List.of("Backfill", "ColumnDef", "Confirmation", "ForeignKeyDef",
            "IndexDef", "TableDef");

    private MigrationSources() {
    }

    /**
     * A Java migration class.
     *
     * @param title one sentence for the first line of its Javadoc, e.g. "Module clinical, version 4: add mood."
     * @param about lines of Javadoc after it (where it was written from, what to review)
     */
    public static String java(Planner.Plan plan, String packageName, String className, String title,
                              List<String> about) {
        List<String> body = new ArrayList<>();
        Phase phase = null;
        for (Step step : plan.steps()) {
            if (step.phase() != phase) {
                if (phase != null) {
                    body.add("");
                }
                phase = step.phase();
                body.add("// " + phase.heading());
            }
            for (String statement : step.java()) {
                body.add(statement);
            }
        }
        String code = String.join("\n", body);
        TreeSet<String> imports = new TreeSet<>();
        imports.add("IdempotentJavaMigration");
        imports.add("SchemaMigrator");
        for (String type : HELPER_TYPES) {
            if (code.contains(type + ".")) {
                imports.add(type);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("package ").append(packageName).append(";\n\n");
        imports.forEach(type -> out.append("import id.ac.ugm.aicare.schema.migration.").append(type).append(";\n"));
        out.append("\n/**\n * ").append(javadoc(title)).append('\n');
        for (String line : about) {
            out.append(line.isEmpty() ? " *\n" : " * " + javadoc(line) + "\n");
        }
        out.append(" */\n");
        out.append("public class ").append(className).append(" extends IdempotentJavaMigration {\n\n");
        out.append("    public ").append(className).append("() {\n");
        if (plan.nonTransactional()) {
            out.append("        // Outside a transaction: indexes are built CONCURRENTLY and each step commits on its own, holding\n")
                    .append("        // its locks briefly. Under Flyway, also set flyway.postgresql.transactional.lock=false.\n")
                    .append("        super(TransactionMode.NON_TRANSACTIONAL);\n");
        } else {
            out.append("        // In Flyway's transaction: it only creates new objects, all or nothing.\n")
                    .append("        super(TransactionMode.TRANSACTIONAL);\n");
        }
        out.append("    }\n\n");
        out.append("    @Override\n    protected void migrate(SchemaMigrator schema) {\n");
        for (String line : code.split("\n", -1)) {
            out.append(line.isEmpty() ? "\n" : "        " + line + "\n");
        }
        out.append("    }\n}\n");
        return out.toString();
    }

    /** An SQL script; when the plan runs outside a transaction, {@link #sqlConfig} is the {@code .conf} beside it. */
    public static String sql(Planner.Plan plan, String title, List<String> about) {
        StringBuilder out = new StringBuilder();
        out.append(Sql.comment(title)).append('\n');
        for (String line : about) {
            out.append(line.isEmpty() ? "--" : Sql.comment(line)).append('\n');
        }
        if (plan.nonTransactional()) {
            out.append("--\n").append(Sql.comment("Runs outside a transaction (the .conf file beside it says "
                    + "executeInTransaction=false):")).append('\n')
                    .append(Sql.comment("indexes are built CONCURRENTLY and each statement commits on its own."))
                    .append('\n');
        }
        Phase phase = null;
        for (Step step : plan.steps()) {
            if (step.phase() != phase) {
                phase = step.phase();
                out.append('\n').append(Sql.comment(phase.heading())).append('\n');
            }
            for (String statement : step.sql()) {
                out.append(statement).append('\n');
            }
        }
        return out.toString();
    }

    /** The Flyway {@code .conf} of a script that runs outside a transaction. */
    public static String sqlConfig() {
        return "executeInTransaction=false\n";
    }

    /** Javadoc text: no comment terminator, no HTML surprises, backslashes doubled as in a comment. */
    private static String javadoc(String text) {
        return JavaText.comment(text).replace("*/", "*&#47;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
