package id.ac.ugm.aicare.schema.engine.bootstrap;

import id.ac.ugm.aicare.schema.engine.ddl.SchemaScript.TableSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Records events as short strings, in order. */
final class RecordingListener implements BootstrapListener {

    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void waitingForLock(String holder) {
        events.add("waiting");
    }

    @Override
    public void lockAcquired(Duration waited) {
        events.add("locked");
    }

    @Override
    public void creating(List<String> modules, int tables) {
        events.add("creating " + modules + " " + tables);
    }

    @Override
    public void tableCreated(String module, TableSchema table) {
        events.add("table " + module + "." + table.name() + " " + table.columnCount());
    }

    @Override
    public void foreignKeysCreated(String module, int count) {
        events.add("fks " + module + " " + count);
    }

    @Override
    public void adopting(String module, int tables) {
        events.add("adopting " + module);
    }

    @Override
    public void stamped(String module, String baselineVersion) {
        events.add("stamped " + module + " " + baselineVersion);
    }

    @Override
    public void committing() {
        events.add("committing");
    }

    @Override
    public void migrationApplied(String module, MigrationReport.AppliedMigration migration) {
        events.add("applied " + module + " " + migration.version());
    }
}
