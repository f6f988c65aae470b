package id.ac.ugm.aicare.schema.catalog;

import id.ac.ugm.aicare.schema.catalog.Difference.Kind;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.CheckSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ColumnSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ForeignKeySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.IndexSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.KeySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.PolicySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.RuleSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TableSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TriggerSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Compares two {@link SchemaSnapshot}s: every table, column (type, nullability, default, comment,
 * order), primary key, unique and check constraint, foreign key (with its actions), index (with
 * method, keys, predicate and validity), trigger, rule, row-level security flag and policy (each of
 * which can change what reads and writes do to a table's rows), and enum type (with label order).
 */
public final class SchemaDiff {

    /**
     * A default such as {@code '2026-01-01 10:00:00+00'::timestamp with time zone}: what PostgreSQL
     * keeps of a quoted {@code DEFAULT 'now()'}, frozen when the table was created. Two databases
     * created at different moments can only agree on the form.
     */
    private static final Pattern FROZEN_TIMESTAMP = Pattern.compile(
            "'\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}(:\\d{2})?)?'::timestamp(\\(\\d\\))? with(out)? time zone");

    private final Options options;

    private SchemaDiff(Options options) {
        this.options = options;
    }

    /** What to compare. */
    public record Options(boolean ignoreExtraTables, boolean ignoreExtraEnumTypes, boolean frozenTimestampsEqual) {
        /** Every difference counts, except the creation moment frozen in a quoted 'now()' default. */
        public static Options strict() {
            return new Options(false, false, true);
        }

        /** For comparing a database with models: tables and types the models do not own are not differences. */
        public Options ignoringExtras() {
            return new Options(true, true, frozenTimestampsEqual);
        }
    }

    /** Differences between expected and actual, with {@link Options#strict()}. */
    public static List<Difference> compare(SchemaSnapshot expected, SchemaSnapshot actual) {
        return compare(expected, actual, Options.strict());
    }

    public static List<Difference> compare(SchemaSnapshot expected, SchemaSnapshot actual, Options options) {
        return new SchemaDiff(options).diff(expected, actual);
    }

    private List<Difference> diff(SchemaSnapshot expected, SchemaSnapshot actual) {
        List<Difference> differences = new ArrayList<>();
        Set<String> enumNames = new TreeSet<>(expected.enumTypes().keySet());
        if (!options.ignoreExtraEnumTypes()) {
            enumNames.addAll(actual.enumTypes().keySet());
        }
        for (String name : enumNames) {
            List<String> want = expected.enumTypes().get(name);
            List<String> have = actual.enumTypes().get(name);
            if (!Objects.equals(want, have)) {
                differences.add(new Difference(Kind.ENUM_TYPE, null, name, text(want), text(have)));
            }
        }
        Set<String> tableNames = new TreeSet<>(expected.tables().keySet());
        if (!options.ignoreExtraTables()) {
            tableNames.addAll(actual.tables().keySet());
        }
        for (String name : tableNames) {
            TableSnapshot want = expected.table(name);
            TableSnapshot have = actual.table(name);
            if (want == null || have == null) {
                differences.add(new Difference(Kind.TABLE, name, null, want == null ? null : "table",
                        have == null ? null : "table"));
            } else {
                compareTable(want, have, differences);
            }
        }
        return differences;
    }

    private void compareTable(TableSnapshot want, TableSnapshot have, List<Difference> out) {
        String table = want.name();
        if (!Objects.equals(want.comment(), have.comment())) {
            out.add(new Difference(Kind.COMMENT, table, null, quoted(want.comment()), quoted(have.comment())));
        }
        Map<String, ColumnSnapshot> wantColumns = byName(want.columns(), ColumnSnapshot::name);
        Map<String, ColumnSnapshot> haveColumns = byName(have.columns(), ColumnSnapshot::name);
        for (ColumnSnapshot column : want.columns()) {
            ColumnSnapshot other = haveColumns.get(column.name());
            if (other == null) {
                out.add(new Difference(Kind.COLUMN, table, column.name(), column.type(), null));
                continue;
            }
            if (!column.type().equals(other.type())) {
                out.add(new Difference(Kind.COLUMN_TYPE, table, column.name(), column.type(), other.type()));
            }
            if (column.notNull() != other.notNull()) {
                out.add(new Difference(Kind.NULLABILITY, table, column.name(), nullability(column), nullability(other)));
            }
            if (!sameDefault(column.defaultExpression(), other.defaultExpression())) {
                out.add(new Difference(Kind.DEFAULT, table, column.name(), orNone(column.defaultExpression()),
                        orNone(other.defaultExpression())));
            }
            if (!Objects.equals(column.comment(), other.comment())) {
                out.add(new Difference(Kind.COMMENT, table, column.name(), quoted(column.comment()),
                        quoted(other.comment())));
            }
        }
        for (ColumnSnapshot column : have.columns()) {
            if (!wantColumns.containsKey(column.name())) {
                out.add(new Difference(Kind.COLUMN, table, column.name(), null, column.type()));
            }
        }
        List<String> wantOrder = want.columns().stream().map(ColumnSnapshot::name).filter(haveColumns::containsKey).toList();
        List<String> haveOrder = have.columns().stream().map(ColumnSnapshot::name).filter(wantColumns::containsKey).toList();
        if (!wantOrder.equals(haveOrder)) {
            out.add(new Difference(Kind.COLUMN_ORDER, table, null, wantOrder.toString(), haveOrder.toString()));
        }
        KeySnapshot wantKey = want.primaryKey();
        KeySnapshot haveKey = have.primaryKey();
        if (!Objects.equals(keyText(wantKey), keyText(haveKey))) {
            out.add(new Difference(Kind.PRIMARY_KEY, table, null, keyText(wantKey), keyText(haveKey)));
        }
        compareNamed(Kind.UNIQUE_CONSTRAINT, table, want.uniqueConstraints(), have.uniqueConstraints(),
                KeySnapshot::name, key -> "UNIQUE " + key.columns(), out);
        compareNamed(Kind.CHECK_CONSTRAINT, table, want.checks(), have.checks(), CheckSnapshot::name,
                check -> check.definition() + (check.validated() ? "" : " (not validated)"), out);
        compareNamed(Kind.FOREIGN_KEY, table, want.foreignKeys(), have.foreignKeys(), ForeignKeySnapshot::name,
                SchemaDiff::foreignKeyText, out);
        compareNamed(Kind.INDEX, table, want.indexes(), have.indexes(), IndexSnapshot::name, SchemaDiff::indexText, out);
        compareNamed(Kind.TRIGGER, table, want.triggers(), have.triggers(), TriggerSnapshot::name,
                trigger -> trigger.definition() + (trigger.enabled() ? "" : " (disabled)"), out);
        compareNamed(Kind.RULE, table, want.rules(), have.rules(), RuleSnapshot::name,
                rule -> rule.definition() + (rule.enabled() ? "" : " (disabled)"), out);
        if (!want.rowSecurity().equals(have.rowSecurity())) {
            out.add(new Difference(Kind.ROW_SECURITY, table, null, want.rowSecurity().toString(),
                    have.rowSecurity().toString()));
        }
        compareNamed(Kind.POLICY, table, want.policies(), have.policies(), PolicySnapshot::name,
                PolicySnapshot::definition, out);
    }

    private static <T> void compareNamed(Kind kind, String table, List<T> want, List<T> have, Function<T, String> name,
                                         Function<T, String> text, List<Difference> out) {
        Map<String, T> wantByName = byName(want, name);
        Map<String, T> haveByName = byName(have, name);
        Set<String> names = new TreeSet<>(wantByName.keySet());
        names.addAll(haveByName.keySet());
        for (String key : names) {
            T a = wantByName.get(key);
            T b = haveByName.get(key);
            String aText = a == null ? null : text.apply(a);
            String bText = b == null ? null : text.apply(b);
            if (!Objects.equals(aText, bText)) {
                out.add(new Difference(kind, table, key, aText, bText));
            }
        }
    }

    private boolean sameDefault(String a, String b) {
        return Objects.equals(a, b) || options.frozenTimestampsEqual() && bothFrozenTimestamps(a, b);
    }

    /**
     * Whether two defaults are the same as {@link Options#strict()} compares them: the same text, or
     * two timestamps frozen from a quoted {@code 'now()'} of the same type.
     */
    public static boolean equalDefaults(String a, String b) {
        return Objects.equals(a, b) || bothFrozenTimestamps(a, b);
    }

    private static boolean bothFrozenTimestamps(String a, String b) {
        return a != null && b != null && FROZEN_TIMESTAMP.matcher(a).matches() && FROZEN_TIMESTAMP.matcher(b).matches()
                && a.substring(a.indexOf("::")).equals(b.substring(b.indexOf("::")));
    }

    private static String foreignKeyText(ForeignKeySnapshot key) {
        return key.columns() + " -> " + key.referencedTable() + key.referencedColumns() + " ON DELETE " + key.onDelete()
                + " ON UPDATE " + key.onUpdate() + (key.validated() ? "" : " (not validated)");
    }

    private static String indexText(IndexSnapshot index) {
        return (index.unique() ? "UNIQUE " : "") + index.method() + " " + index.keys()
                + (index.predicate() == null ? "" : " WHERE " + index.predicate()) + (index.valid() ? "" : " (INVALID)");
    }

    private static String keyText(KeySnapshot key) {
        return key == null ? null : key.name() + " " + key.columns();
    }

    private static String nullability(ColumnSnapshot column) {
        return column.notNull() ? "NOT NULL" : "NULL";
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }

    private static String quoted(String value) {
        return value == null ? "(none)" : "'" + value + "'";
    }

    private static String text(List<String> labels) {
        return labels == null ? null : labels.toString();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(item -> map.put(name.apply(item), item));
        return map;
    }
}
