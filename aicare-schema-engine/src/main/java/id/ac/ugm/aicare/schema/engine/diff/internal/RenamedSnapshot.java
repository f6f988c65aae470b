package id.ac.ugm.aicare.schema.engine.diff.internal;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.CheckSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ColumnSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ForeignKeySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.IndexSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.KeySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.SequenceSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TableSnapshot;
import id.ac.ugm.aicare.sql.PostgresDefaultNames;
import id.ac.ugm.aicare.sql.SqlIdentifiers;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snapshot as it will read once the requested renames have run: PostgreSQL renames a table or a
 * column everywhere it is used (keys, foreign keys pointing to it, index keys, check conditions,
 * the owner of a sequence), so the rest of the diff compares the renamed objects with the models. A
 * renamed table's primary key and serial sequences named as PostgreSQL names them for the old name
 * take the new table's default names, as {@code renameTable} renames them.
 */
final class RenamedSnapshot {

    private RenamedSnapshot() {
    }

    static SchemaSnapshot apply(SchemaSnapshot snapshot, RenameRequest renames) {
        if (renames.tables().isEmpty() && renames.columns().isEmpty()) {
            return snapshot;
        }
        TreeMap<String, TableSnapshot> tables = new TreeMap<>();
        for (TableSnapshot table : snapshot.tables().values()) {
            String name = renames.tables().getOrDefault(table.name(), table.name());
            Map<String, String> columns = renames.columns().getOrDefault(name, Map.of());
            tables.put(name, table(table, name, columns, renames));
        }
        TreeMap<String, SequenceSnapshot> sequences = new TreeMap<>();
        snapshot.sequences().forEach((name, sequence) -> sequences.put(name, new SequenceSnapshot(name,
                sequence.dataType(), owner(sequence.ownedBy(), renames))));
        return new SchemaSnapshot(snapshot.schema(), tables, snapshot.enumTypes(), sequences);
    }

    private static TableSnapshot table(TableSnapshot table, String name, Map<String, String> columns,
                                       RenameRequest renames) {
        List<ColumnSnapshot> renamedColumns = table.columns().stream()
                .map(c -> new ColumnSnapshot(columns.getOrDefault(c.name(), c.name()), c.position(), c.type(),
                        c.notNull(), sequenceDefault(c, table.name(), name), c.comment(), c.identity()))
                .toList();
        // SchemaMigrator.renameTable renames a primary key (and its index) that has PostgreSQL's name for the old table.
        String oldKeyName = PostgresDefaultNames.primaryKey(table.name());
        boolean keyRenamed = table.primaryKey() != null && !name.equals(table.name())
                && table.primaryKey().name().equals(oldKeyName);
        String newKeyName = keyRenamed ? PostgresDefaultNames.primaryKey(name) : oldKeyName;
        KeySnapshot primaryKey = table.primaryKey() == null ? null : key(table.primaryKey(), columns);
        if (keyRenamed) {
            primaryKey = new KeySnapshot(newKeyName, primaryKey.columns(), primaryKey.definition());
        }
        List<KeySnapshot> uniques = table.uniqueConstraints().stream().map(key -> key(key, columns)).toList();
        List<CheckSnapshot> checks = table.checks().stream()
                .map(check -> new CheckSnapshot(check.name(), words(check.definition(), columns), check.validated()))
                .toList();
        List<ForeignKeySnapshot> foreignKeys = table.foreignKeys().stream().map(key -> {
            String referenced = renames.tables().getOrDefault(key.referencedTable(), key.referencedTable());
            Map<String, String> referencedColumns = renames.columns().getOrDefault(referenced, Map.of());
            return new ForeignKeySnapshot(key.name(), names(key.columns(), columns), referenced,
                    names(key.referencedColumns(), referencedColumns), key.onDelete(), key.onUpdate(), key.validated());
        }).toList();
        List<IndexSnapshot> indexes = table.indexes().stream()
                .map(index -> new IndexSnapshot(index.name().equals(oldKeyName) ? newKeyName : index.name(),
                        index.unique(), index.method(),
                        index.keys().stream().map(k -> words(k, columns)).toList(),
                        index.predicate() == null ? null : words(index.predicate(), columns), index.valid(),
                        words(index.definition(), columns)))
                .toList();
        return new TableSnapshot(name, table.comment(), renamedColumns, primaryKey, uniques, checks, foreignKeys,
                indexes, table.triggers(), table.rules(), table.rowSecurity(), table.policies());
    }

    /** A serial default on the old table's sequence name, on the new one's: renameTable renames the sequence. */
    private static String sequenceDefault(ColumnSnapshot column, String from, String to) {
        if (from.equals(to) || column.defaultExpression() == null) {
            return column.defaultExpression();
        }
        String old = "nextval('" + PostgresDefaultNames.sequence(from, column.name()) + "'::regclass)";
        return column.defaultExpression().equals(old)
                ? "nextval('" + PostgresDefaultNames.sequence(to, column.name()) + "'::regclass)"
                : column.defaultExpression();
    }

    private static KeySnapshot key(KeySnapshot key, Map<String, String> columns) {
        return new KeySnapshot(key.name(), names(key.columns(), columns), words(key.definition(), columns));
    }

    private static List<String> names(List<String> names, Map<String, String> renames) {
        return names.stream().map(name -> renames.getOrDefault(name, name)).toList();
    }

    /** {@code table.column} of a sequence's owner, renamed. */
    private static String owner(String ownedBy, RenameRequest renames) {
        if (ownedBy == null) {
            return null;
        }
        int dot = ownedBy.indexOf('.');
        String table = renames.tables().getOrDefault(ownedBy.substring(0, dot), ownedBy.substring(0, dot));
        String column = ownedBy.substring(dot + 1);
        return table + "." + renames.columns().getOrDefault(table, Map.of()).getOrDefault(column, column);
    }

    /** SQL text as PostgreSQL prints it after the column renames: each name as a whole word, quoted or bare. */
    static String words(String sql, Map<String, String> renames) {
        if (sql == null || renames.isEmpty()) {
            return sql;
        }
        String result = sql;
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            String old = SqlIdentifiers.quote(rename.getKey());
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}_$\"])" + Pattern.quote(old) + "(?![\\p{L}\\p{N}_$\"])");
            result = word.matcher(result).replaceAll(Matcher.quoteReplacement(SqlIdentifiers.quote(rename.getValue())));
        }
        return result;
    }
}
