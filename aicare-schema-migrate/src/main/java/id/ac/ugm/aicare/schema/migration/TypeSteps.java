package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.literal;
import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.schema.migration.LiveCatalog.SequenceState;
import id.ac.ugm.aicare.sql.ddl.CreateEnumType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** {@link SchemaMigrator}'s enum types (created, labels added in place) and sequences. */
final class TypeSteps extends Converger {

    TypeSteps(MigrationSession session) {
        super(session);
    }

    Outcome createEnumType(String name, String... labels) {
        validate(name);
        List<String> wanted = labels(name, labels);
        String op = "create enum type " + name;
        newNames(name);
        List<String> have = catalog.enumLabels(name);
        if (have != null) {
            if (!inOrder(wanted, have)) {
                throw conflict(op, name, "enum " + wanted, "enum " + have);
            }
            return done(op, Outcome.ALREADY_PRESENT);
        }
        if (catalog.typeExists(name) || catalog.relationKind(name) != null) {
            throw conflict(op, name, "enum " + wanted, "another type or relation named " + name);
        }
        String sql = new CreateEnumType(name, wanted).sql(catalog.schema());
        return change(op, () -> statements.one(op, sql), () -> catalog.plannedEnum(name, wanted));
    }

    Outcome addEnumValue(String type, String value, String where, String neighbour) {
        validate(type);
        labels(type, neighbour == null ? new String[] {value} : new String[] {value, neighbour});
        String op = "add value " + literal(value) + " to enum " + type;
        List<String> have = catalog.enumLabels(type);
        if (have == null) {
            throw conflict(op, type, "an enum type", "no enum type " + type);
        }
        int at = have.indexOf(value);
        int next = neighbour == null ? -1 : have.indexOf(neighbour);
        if (neighbour != null && next < 0) {
            throw conflict(op, type, "label " + literal(neighbour) + " to place " + literal(value) + " " + where.toLowerCase()
                    + " it", "enum " + have);
        }
        if (at >= 0) {
            boolean placed = neighbour == null || ("BEFORE".equals(where) ? at < next : at > next);
            if (!placed) {
                throw conflict(op, type, literal(value) + " " + where.toLowerCase() + " " + literal(neighbour), "enum " + have);
            }
            return done(op, Outcome.ALREADY_PRESENT);
        }
        String sql = "ALTER TYPE " + q(type) + " ADD VALUE IF NOT EXISTS " + literal(value)
                + (neighbour == null ? "" : " " + where + " " + literal(neighbour));
        List<String> labels = new ArrayList<>(have);
        labels.add(neighbour == null ? labels.size() : "BEFORE".equals(where) ? next : next + 1, value);
        return change(op, () -> statements.one(op, sql), () -> catalog.plannedEnum(type, labels));
    }

    Outcome createSequence(SequenceDef sequence) {
        Objects.requireNonNull(sequence, "sequence");
        String op = "create sequence " + sequence.name();
        newNames(sequence.name());
        SequenceState have = catalog.sequence(sequence.name());
        String kind = catalog.relationKind(sequence.name());
        if (have == null && kind != null) {
            throw conflict(op, sequence.name(), "sequence " + sequence.describe(), kindName(kind) + " " + sequence.name());
        }
        if (have != null) {
            boolean same = have.type().equals(sequence.type()) && have.start() == sequence.effectiveStart()
                    && have.increment() == sequence.effectiveIncrement() && have.min() == sequence.effectiveMin()
                    && have.max() == sequence.effectiveMax() && have.cache() == sequence.effectiveCache()
                    && have.cycle() == sequence.cycles();
            if (!same) {
                throw conflict(op, sequence.name(), "sequence " + sequence.describe(), "sequence " + have.describe());
            }
            return done(op, Outcome.ALREADY_PRESENT);
        }
        return change(op, () -> statements.one(op, sequence.sql(q(sequence.name()))), () -> catalog.plannedSequence(
                new SequenceState(sequence.name(), sequence.type(), sequence.effectiveStart(), sequence.effectiveIncrement(),
                        sequence.effectiveMin(), sequence.effectiveMax(), sequence.effectiveCache(), sequence.cycles(), null)));
    }

    Outcome dropSequence(String name, Confirmation confirmation) {
        validate(name);
        String op = "drop sequence " + name;
        Confirmation.require(confirmation, op, name, "the current value of sequence " + name);
        String kind = catalog.relationKind(name);
        if (kind == null) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        if (!"S".equals(kind)) {
            throw conflict(op, name, "a sequence or nothing", kindName(kind) + " " + name);
        }
        return change(op, () -> statements.one(op, "DROP SEQUENCE IF EXISTS " + q(name)),
                () -> catalog.plannedSequenceGone(name));
    }

    static List<String> labels(String type, String... labels) {
        if (labels == null || labels.length == 0) {
            throw new IllegalArgumentException("enum type " + type + " needs labels");
        }
        for (String label : labels) {
            if (label == null || label.isEmpty() || label.indexOf('\0') >= 0
                    || label.getBytes(StandardCharsets.UTF_8).length > 63) {
                throw new IllegalArgumentException("enum type " + type + ": a label must be 1 to 63 bytes without NUL");
            }
        }
        if (Arrays.stream(labels).distinct().count() != labels.length) {
            throw new IllegalArgumentException("enum type " + type + ": labels repeat");
        }
        return List.of(labels);
    }

    /** Whether every wanted label is there, in the same relative order. */
    static boolean inOrder(List<String> wanted, List<String> have) {
        int from = 0;
        for (String label : wanted) {
            int at = have.subList(from, have.size()).indexOf(label);
            if (at < 0) {
                return false;
            }
            from += at + 1;
        }
        return true;
    }
}
