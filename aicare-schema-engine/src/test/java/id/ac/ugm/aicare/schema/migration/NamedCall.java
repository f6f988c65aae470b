package id.ac.ugm.aicare.schema.migration;

import java.util.function.Consumer;

/** A helper call with the name a parameterized test shows for it. */
record NamedCall(String name, Consumer<SchemaMigrator> call) {
    @Override
    public String toString() {
        return name;
    }
}
