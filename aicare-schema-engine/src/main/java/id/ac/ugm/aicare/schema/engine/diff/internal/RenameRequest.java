package id.ac.ugm.aicare.schema.engine.diff.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The renames asked for: tables by their old name, columns by table (as the models name it) and old
 * name. Insertion order is kept, so the written migration renames in the order given.
 */
public record RenameRequest(Map<String, String> tables, Map<String, Map<String, String>> columns) {

    public RenameRequest {
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        columns.forEach((table, renames) -> copy.put(table, java.util.Collections.unmodifiableMap(
                new LinkedHashMap<>(renames))));
        columns = java.util.Collections.unmodifiableMap(copy);
    }

    public static RenameRequest none() {
        return new RenameRequest(Map.of(), Map.of());
    }
}
