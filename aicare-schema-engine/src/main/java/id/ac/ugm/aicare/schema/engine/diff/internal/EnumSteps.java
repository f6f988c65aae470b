package id.ac.ugm.aicare.schema.engine.diff.internal;

import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.string;
import static id.ac.ugm.aicare.schema.engine.diff.internal.JavaText.strings;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.literal;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import java.util.List;
import java.util.stream.Collectors;

/** Enum types: a new type, and a new label in its place among the existing ones. */
final class EnumSteps {

    private EnumSteps() {
    }

    record CreateEnumType(String name, List<String> labels) implements Step {
        CreateEnumType {
            labels = List.copyOf(labels);
        }

        @Override
        public Phase phase() {
            return Phase.ENUM_TYPES;
        }

        @Override
        public String summary() {
            return "create enum type " + name + " " + labels;
        }

        @Override
        public List<String> java() {
            return List.of("schema.createEnumType(" + string(name) + ", " + strings(labels) + ");");
        }

        @Override
        public List<String> sql() {
            String create = "CREATE TYPE " + quote(name) + " AS ENUM ("
                    + labels.stream().map(label -> literal(label)).collect(Collectors.joining(", ")) + ")";
            return List.of(Sql.doIf("NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                    + "WHERE t.typname = " + literal(name) + " AND n.nspname = current_schema())", create));
        }

        @Override
        public boolean changesExistingObject() {
            return false;
        }
    }

    /**
     * A label placed after the label before it in the models' order (or before the first one), so
     * that several new labels come out in the models' order too.
     */
    record AddEnumLabel(String type, String label, String neighbour, boolean after) implements Step {

        @Override
        public Phase phase() {
            return Phase.ENUM_TYPES;
        }

        @Override
        public String summary() {
            return "add label " + literal(label) + " to enum type " + type + (after ? " after " : " before ")
                    + literal(neighbour);
        }

        @Override
        public List<String> java() {
            return List.of("schema.addEnumValue" + (after ? "After" : "Before") + "(" + string(type) + ", "
                    + string(label) + ", " + string(neighbour) + ");");
        }

        @Override
        public List<String> sql() {
            return List.of("ALTER TYPE " + quote(type) + " ADD VALUE IF NOT EXISTS " + literal(label)
                    + (after ? " AFTER " : " BEFORE ") + literal(neighbour) + ";");
        }
    }
}
