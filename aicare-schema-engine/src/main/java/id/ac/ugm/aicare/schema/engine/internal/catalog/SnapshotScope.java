package id.ac.ugm.aicare.schema.engine.internal.catalog;

import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ColumnSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TableSnapshot;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A snapshot restricted to some tables and enum types: what one module is compared on. */
public final class SnapshotScope {

    private SnapshotScope() {
    }

    /**
     * The snapshot restricted to some tables and to the named enum types, so that enum types of
     * other modules do not count against the module compared.
     */
    public static SchemaSnapshot restrict(SchemaSnapshot snapshot, Collection<String> tables, Set<String> enumTypes) {
        SchemaSnapshot only = snapshot.onlyTables(Set.copyOf(tables));
        TreeMap<String, List<String>> enums = new TreeMap<>();
        only.enumTypes().forEach((name, labels) -> {
            if (enumTypes.contains(name)) {
                enums.put(name, labels);
            }
        });
        return new SchemaSnapshot(only.schema(), only.tables(), enums, only.sequences());
    }

    /** The enum types (as the snapshot names them) that the columns of these tables use. */
    public static Set<String> enumTypesUsedBy(SchemaSnapshot snapshot, Collection<String> tables) {
        Set<String> used = new TreeSet<>();
        for (String name : tables) {
            TableSnapshot table = snapshot.table(name);
            if (table == null) {
                continue;
            }
            for (ColumnSnapshot column : table.columns()) {
                String type = column.type().replace("[]", "");
                if (type.startsWith("\"") && type.endsWith("\"")) {
                    type = type.substring(1, type.length() - 1);
                }
                if (snapshot.enumTypes().containsKey(type)) {
                    used.add(type);
                }
            }
        }
        return used;
    }
}
