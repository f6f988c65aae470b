package id.ac.ugm.aicare.schema.migration;

import id.ac.ugm.aicare.schema.migration.LiveCatalog.ColumnState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whether what a migration describes is what the catalog holds: a textual fast path first, and
 * where it cannot settle a spelling (a type, default, CHECK or index), PostgreSQL asked through
 * {@link ShapeProbe}.
 */
final class ShapeComparisons {

    private static final Pattern SIMPLE_STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private final ShapeProbe probe;
    private final LiveCatalog catalog;

    ShapeComparisons(ShapeProbe probe, LiveCatalog catalog) {
        this.probe = probe;
        this.catalog = catalog;
    }

    /** Differences between described columns and the ones found, probing PostgreSQL for spellings the fast path cannot settle. */
    List<String> columnDifferences(String op, List<ColumnDef> wanted, Map<String, ColumnState> found) {
        List<ColumnDef> unsure = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ColumnDef want : wanted) {
            ColumnState have = found.get(want.name());
            if (want.effectiveNotNull() != have.notNull()) {
                problems.add("column " + want.name() + " expected " + want.describe() + ", found " + have.describe());
                continue;
            }
            boolean typeSame = PgTypes.normalize(want.type()).equals(have.type());
            boolean defaultSame = want.serial() ? have.defaultExpression() != null
                    && have.defaultExpression().startsWith("nextval(") : quickSameDefault(want.defaultExpression(), have);
            if (!typeSame || !defaultSame) {
                unsure.add(want);
            }
        }
        if (!unsure.isEmpty()) {
            List<ShapeProbe.ProbedColumn> probed = probe.columns(op, unsure);
            for (int i = 0; i < unsure.size(); i++) {
                ColumnDef want = unsure.get(i);
                ColumnState have = found.get(want.name());
                boolean typeSame = probed.get(i).type().equals(have.type());
                boolean defaultSame = want.serial() ? have.defaultExpression() != null
                        && have.defaultExpression().startsWith("nextval(")
                        : Objects.equals(probed.get(i).defaultExpression(), have.defaultExpression());
                if (!typeSame || !defaultSame) {
                    problems.add("column " + want.name() + " expected " + probed.get(i).type()
                            + (want.effectiveNotNull() ? " NOT NULL" : " NULL")
                            + (want.serial() ? " DEFAULT nextval(...)" : probed.get(i).defaultExpression() == null ? ""
                            : " DEFAULT " + probed.get(i).defaultExpression()) + ", found " + have.describe());
                }
            }
        }
        return problems;
    }

    static boolean quickSameDefault(String want, ColumnState have) {
        if (want == null || have.defaultExpression() == null) {
            return want == null && have.defaultExpression() == null;
        }
        return quickSameDefault(want, have.type(), have.defaultExpression());
    }

    /**
     * The spellings PostgreSQL keeps of a default, settled without asking it: the same text, or a
     * plain string literal that it stores cast to the column's type without the type's modifier
     * ({@code 'new'} on {@code varchar(20)} reads back {@code 'new'::character varying}).
     */
    static boolean quickSameDefault(String want, String type, String have) {
        if (want.equals(have)) {
            return true;
        }
        if (!SIMPLE_STRING_LITERAL.matcher(want).matches()) {
            return false;
        }
        String bare = type.replaceAll("\\(\\d+(,\\d+)?\\)", "");
        return have.equals(want + "::" + type) || have.equals(want + "::" + bare)
                || bare.equals("character") && have.equals(want + "::bpchar");
    }

    boolean sameDefault(String op, String type, String want, String have) {
        if (quickSameDefault(want, type, have)) {
            return true;
        }
        return have.equals(probe.defaultFor(op, type, want));
    }

    /** The type as {@code format_type} prints it, asking PostgreSQL unless the spelling already matches {@code have}. */
    String formatType(String op, String type, String have) {
        String known = PgTypes.normalize(type);
        if (known.equals(have)) {
            return known;
        }
        return probe.columns(op, List.of(ColumnDef.of("c", type))).get(0).type();
    }

    boolean sameCheck(String op, String table, String expression, String definition) {
        String have = ShapeProbe.stripNotValid(definition);
        if (have.equals("CHECK (" + expression + ")") || have.equals("CHECK ((" + expression + "))")) {
            return true;
        }
        return have.equals(probe.check(op, catalog.schema(), table, expression));
    }

    boolean sameIndexShape(String op, IndexDef index, String have) {
        if (index.shape().equals(have)) {
            return true;
        }
        return have.equals(probe.index(op, catalog.schema(), index));
    }
}
