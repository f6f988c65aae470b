package id.ac.ugm.aicare.spring.boot;

import id.ac.ugm.aicare.schema.engine.bootstrap.ServiceLine;
import java.util.List;

/** A service line declared under {@code aicare.schema.service-lines.NAME}; what it leaves out, {@link ServiceLine} defaults. */
record ConfiguredServiceLine(String name, String migrationLocation, String historyTable, List<String> buildsOn,
                             ClassLoader classLoader) implements ServiceLine {

    ConfiguredServiceLine {
        buildsOn = List.copyOf(buildsOn);
    }

    static ConfiguredServiceLine of(String name, AicareSchemaProperties.ServiceLineProperties properties,
                                    List<String> allModules, ClassLoader classLoader) {
        ServiceLine defaults = new ServiceLine() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> buildsOn() {
                return List.of();
            }
        };
        return new ConfiguredServiceLine(name,
                properties.getLocation() != null ? properties.getLocation() : defaults.migrationLocation(),
                properties.getHistoryTable() != null ? properties.getHistoryTable() : defaults.historyTable(),
                properties.getBuildsOn().isEmpty() ? allModules : properties.getBuildsOn(),
                classLoader);
    }
}
