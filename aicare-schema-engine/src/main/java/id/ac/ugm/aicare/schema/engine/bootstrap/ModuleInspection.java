package id.ac.ugm.aicare.schema.engine.bootstrap;

import java.util.List;

/**
 * What the database holds of one module.
 *
 * @param module        the module name
 * @param state         where it stands
 * @param tables        every table of the module, as the models define them
 * @param presentTables those of them that exist
 * @param historyTable  the module's Flyway history table
 */
public record ModuleInspection(String module, ModuleState state, List<String> tables, List<String> presentTables,
                               String historyTable) {

    public ModuleInspection {
        tables = List.copyOf(tables);
        presentTables = List.copyOf(presentTables);
    }

    /** The module's tables that do not exist. */
    public List<String> missingTables() {
        return tables.stream().filter(table -> !presentTables.contains(table)).toList();
    }
}
