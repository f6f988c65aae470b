package id.ac.ugm.aicare.schema.migration;

import java.util.ArrayList;
import java.util.List;

/** Remembers every statement and outcome a migrator reports. */
final class RecordingListener implements MigrationListener {

    final List<String> statements = new ArrayList<>();
    final List<String> outcomes = new ArrayList<>();

    @Override
    public void beforeStatement(String sql) {
        statements.add(sql);
    }

    @Override
    public void outcome(String operation, Outcome outcome) {
        outcomes.add(outcome + ": " + operation);
    }

    /** Statements that change something: neither catalog reads nor rolled-back probes. */
    List<String> ddl() {
        return statements.stream()
                .filter(sql -> !sql.startsWith("WITH ns AS") && !sql.startsWith("-- probe")
                        && !sql.startsWith("SELECT (SELECT current_setting('lock_timeout'))"))
                .toList();
    }
}
