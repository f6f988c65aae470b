package id.ac.ugm.aicare.schema.lint;

import java.util.Locale;

/** The tool that runs the migrations, which decides how file names and the text of a file are read. */
public enum MigrationTool {
    /**
     * Flyway: file names give versions ({@code V1__x.sql}, {@code R__x.sql}) and are checked,
     * placeholders are replaced, each migration runs in a transaction Flyway opens.
     */
    FLYWAY,
    /**
     * Anything else (Diesel, golang-migrate, dbmate, a folder of scripts run in name order): names are
     * not checked, nothing is replaced, every file is a one-off migration, and transactions are the
     * file's own business.
     */
    PLAIN;

    /** Reads {@code flyway} or {@code plain}, ignoring case. */
    public static MigrationTool parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LintConfigException("unknown tool '" + LintConfig.printable(name) + "'; use flyway or plain", e);
        }
    }
}
