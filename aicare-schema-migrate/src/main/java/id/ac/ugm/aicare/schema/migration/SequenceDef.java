package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

/**
 * A sequence as a migration describes it; what is not given takes PostgreSQL's default.
 * {@code SequenceDef.named("invoice_numbers").as("bigint").startWith(1000)}.
 */
public record SequenceDef(String name, String type, Long start, Long increment, Long minValue, Long maxValue,
                          Long cache, boolean cycles) {

    public SequenceDef {
        validate(name);
        if (type == null) {
            type = "bigint";
        }
        type = PgTypes.normalize(type);
        if (!type.equals("bigint") && !type.equals("integer") && !type.equals("smallint")) {
            throw new IllegalArgumentException("sequence " + name + ": type must be smallint, integer or bigint");
        }
        if (increment != null && increment == 0) {
            throw new IllegalArgumentException("sequence " + name + ": increment must not be zero");
        }
    }

    public static SequenceDef named(String name) {
        return new SequenceDef(name, "bigint", null, null, null, null, null, false);
    }

    public SequenceDef as(String dataType) {
        return new SequenceDef(name, dataType, start, increment, minValue, maxValue, cache, cycles);
    }

    public SequenceDef startWith(long value) {
        return new SequenceDef(name, type, value, increment, minValue, maxValue, cache, cycles);
    }

    public SequenceDef incrementBy(long value) {
        return new SequenceDef(name, type, start, value, minValue, maxValue, cache, cycles);
    }

    public SequenceDef minValue(long value) {
        return new SequenceDef(name, type, start, increment, value, maxValue, cache, cycles);
    }

    public SequenceDef maxValue(long value) {
        return new SequenceDef(name, type, start, increment, minValue, value, cache, cycles);
    }

    public SequenceDef cache(long value) {
        return new SequenceDef(name, type, start, increment, minValue, maxValue, value, cycles);
    }

    public SequenceDef cycle() {
        return new SequenceDef(name, type, start, increment, minValue, maxValue, cache, true);
    }

    long effectiveIncrement() {
        return increment == null ? 1 : increment;
    }

    long effectiveMin() {
        if (minValue != null) {
            return minValue;
        }
        return effectiveIncrement() > 0 ? 1 : typeMin();
    }

    long effectiveMax() {
        if (maxValue != null) {
            return maxValue;
        }
        return effectiveIncrement() > 0 ? typeMax() : -1;
    }

    long effectiveStart() {
        if (start != null) {
            return start;
        }
        return effectiveIncrement() > 0 ? effectiveMin() : effectiveMax();
    }

    long effectiveCache() {
        return cache == null ? 1 : cache;
    }

    private long typeMax() {
        return switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    private long typeMin() {
        return switch (type) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    String sql(String qualifiedName) {
        return "CREATE SEQUENCE IF NOT EXISTS " + qualifiedName + " AS " + type + " INCREMENT BY " + effectiveIncrement()
                + " MINVALUE " + effectiveMin() + " MAXVALUE " + effectiveMax() + " START WITH " + effectiveStart()
                + " CACHE " + effectiveCache() + (cycles ? " CYCLE" : " NO CYCLE");
    }

    String describe() {
        return type + " START " + effectiveStart() + " INCREMENT " + effectiveIncrement() + " MINVALUE " + effectiveMin()
                + " MAXVALUE " + effectiveMax() + " CACHE " + effectiveCache() + (cycles ? " CYCLE" : " NO CYCLE");
    }
}
