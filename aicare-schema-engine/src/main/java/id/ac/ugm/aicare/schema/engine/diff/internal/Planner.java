package id.ac.ugm.aicare.schema.engine.diff.internal;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.quote;

import id.ac.ugm.aicare.schema.catalog.SchemaDiff;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.CheckSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ColumnSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.ForeignKeySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.IndexSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.KeySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.PolicySnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.RuleSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TableSnapshot;
import id.ac.ugm.aicare.schema.catalog.SchemaSnapshot.TriggerSnapshot;
import id.ac.ugm.aicare.schema.engine.diff.internal.ColumnSteps.AddColumn;
import id.ac.ugm.aicare.schema.engine.diff.internal.ColumnSteps.ChangeType;
import id.ac.ugm.aicare.schema.engine.diff.internal.ColumnSteps.DropColumn;
import id.ac.ugm.aicare.schema.engine.diff.internal.ColumnSteps.DropDefault;
import id.ac.ugm.aicare.schema.engine.diff.internal.ColumnSteps.DropNotNull;
import id.ac.ugm.aicare.schema.engine.diff.internal.ColumnSteps.SetDefault;
import id.ac.ugm.aicare.schema.engine.diff.internal.ColumnSteps.SetNotNull;
import id.ac.ugm.aicare.schema.engine.diff.internal.ConstraintSteps.AddCheck;
import id.ac.ugm.aicare.schema.engine.diff.internal.ConstraintSteps.AddForeignKey;
import id.ac.ugm.aicare.schema.engine.diff.internal.ConstraintSteps.AddUnique;
import id.ac.ugm.aicare.schema.engine.diff.internal.ConstraintSteps.DropConstraint;
import id.ac.ugm.aicare.schema.engine.diff.internal.IndexSteps.CreateIndex;
import id.ac.ugm.aicare.schema.engine.diff.internal.IndexSteps.DropIndex;
import id.ac.ugm.aicare.schema.migration.TypeWidening;
import id.ac.ugm.aicare.sql.PostgresDefaultNames;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Works out the steps that take a schema from one snapshot ({@code from}, what the database has) to
 * another ({@code to}, what the models render), both already restricted to one module's tables and
 * the enum types they use. The steps come out in the order of their {@link Phase}; within a phase,
 * in the order of the tables and objects of the snapshots.
 */
public final class Planner {

    private static final Pattern PLAIN_COLUMN = Pattern.compile("[a-z_][a-z0-9_$]*|\"[^\"]+\"");

    /**
     * What the planner found.
     *
     * @param steps    in the order the migration runs them
     * @param warnings what the author should know (a drop that might have been a rename, ...)
     */
    public record Plan(List<Step> steps, List<String> warnings, boolean nonTransactional) {
        public Plan {
            steps = List.copyOf(steps);
            warnings = List.copyOf(warnings);
        }
    }

    private final SchemaSnapshot from;
    private final SchemaSnapshot to;
    private final RenameRequest renames;
    private final Casts casts;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    /** Indexes and unique constraints of new tables: built concurrently or not, once the mode is known. */
    private final List<TableSnapshot> newTables = new ArrayList<>();

    private Planner(SchemaSnapshot from, SchemaSnapshot to, RenameRequest renames, Casts casts) {
        this.from = from;
        this.to = to;
        this.renames = renames;
        this.casts = casts;
    }

    /**
     * The plan from {@code from} to {@code to}.
     *
     * @throws PlanRefused when a rename names a table or column that is not there
     */
    public static Plan plan(SchemaSnapshot from, SchemaSnapshot to, RenameRequest renames, Casts casts)
            throws SQLException {
        new RenameCheck(from, to, renames).check();
        Planner planner = new Planner(RenamedSnapshot.apply(from, renames), to, renames, casts);
        return planner.plan();
    }

    private Plan plan() throws SQLException {
        enumTypes();
        renames.tables().forEach((old, renamed) -> steps.add(new RenameSteps.RenameTable(old, renamed)));
        renames.columns().forEach((table, columns) -> columns.forEach((old, renamed) ->
                steps.add(new RenameSteps.RenameColumn(table, old, renamed))));
        for (TableSnapshot table : to.tables().values()) {
            TableSnapshot have = from.table(table.name());
            if (have == null) {
                createTable(table);
            } else {
                compareTable(have, table);
            }
        }
        dropTables();
        renameWarnings();
        boolean nonTransactional = steps.stream().anyMatch(Step::changesExistingObject);
        for (TableSnapshot table : newTables) {
            indexes(table.name(), List.of(), table.indexes(), true, nonTransactional);
            uniques(table.name(), List.of(), table.uniqueConstraints(), true, nonTransactional);
        }
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(Step::phase));
        return new Plan(ordered, warnings, nonTransactional);
    }

    // ------------------------------------------------------------------------------------ enum types

    private void enumTypes() {
        for (Map.Entry<String, List<String>> type : to.enumTypes().entrySet()) {
            List<String> want = type.getValue();
            List<String> have = from.enumTypes().get(type.getKey());
            if (have == null) {
                steps.add(new EnumSteps.CreateEnumType(type.getKey(), want));
            } else if (!inOrder(have, want)) {
                steps.add(new NotExpressed(type.getKey(), "enum type labels " + have + " in the database, " + want
                        + " in the models: PostgreSQL adds labels but cannot remove or reorder them"));
            } else {
                for (int i = 0; i < want.size(); i++) {
                    String label = want.get(i);
                    if (!have.contains(label)) {
                        steps.add(i == 0 ? new EnumSteps.AddEnumLabel(type.getKey(), label, want.get(1), false)
                                : new EnumSteps.AddEnumLabel(type.getKey(), label, want.get(i - 1), true));
                    }
                }
            }
        }
        for (String type : from.enumTypes().keySet()) {
            if (!to.enumTypes().containsKey(type)) {
                warnings.add("enum type " + type + " is in the database but no table of the models uses it; "
                        + "it is left as it is");
            }
        }
    }

    /** Whether every label of {@code have} appears in {@code want}, in the same order. */
    private static boolean inOrder(List<String> have, List<String> want) {
        int at = 0;
        for (String label : have) {
            int found = want.subList(at, want.size()).indexOf(label);
            if (found < 0) {
                return false;
            }
            at += found + 1;
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------- tables

    private void createTable(TableSnapshot table) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (ColumnSnapshot column : table.columns()) {
            if (!column.identity().isEmpty()) {
                steps.add(new NotExpressed(table.name() + "." + column.name(), "identity column: the helpers "
                        + "create serial columns, not GENERATED ... AS IDENTITY"));
            }
            columns.add(ColumnSpec.of(table.name(), column, to));
        }
        KeySnapshot key = table.primaryKey();
        if (key != null && !key.name().equals(PostgresDefaultNames.primaryKey(table.name()))) {
            steps.add(new NotExpressed(table.name() + "." + key.name(), "primary key named other than "
                    + PostgresDefaultNames.primaryKey(table.name()) + ", which createTable names it"));
        }
        steps.add(new TableSteps.CreateTable(table.name(), columns, key == null ? List.of() : key.columns(),
                table.comment()));
        checks(table.name(), List.of(), table.checks(), true);
        foreignKeys(table.name(), List.of(), table.foreignKeys(), true);
        behaviour(table.name(), emptyLike(table), table);
        newTables.add(table);
    }

    private void dropTables() {
        Set<String> left = new LinkedHashSet<>();
        from.tables().keySet().stream().filter(name -> !to.tables().containsKey(name)).forEach(left::add);
        // A table that another dropped table points to goes after it: DROP TABLE never cascades. In a
        // cycle, the keys pointing to the next one go first.
        while (!left.isEmpty()) {
            String next = left.stream().filter(name -> left.stream().noneMatch(other -> !other.equals(name)
                    && references(from.table(other), name))).findFirst().orElse(left.iterator().next());
            left.remove(next);
            for (String other : left) {
                for (ForeignKeySnapshot key : from.table(other).foreignKeys()) {
                    if (key.referencedTable().equals(next)) {
                        steps.add(new DropConstraint(other, key.name(), "foreign key " + shape(key)));
                    }
                }
            }
            steps.add(new TableSteps.DropTable(next, from.table(next).columns().size()));
        }
    }

    private static boolean references(TableSnapshot table, String other) {
        return table.foreignKeys().stream().anyMatch(key -> key.referencedTable().equals(other));
    }

    // --------------------------------------------------------------------------------- existing table

    private void compareTable(TableSnapshot have, TableSnapshot want) throws SQLException {
        String table = want.name();
        Map<String, ColumnSnapshot> haveColumns = byName(have.columns(), ColumnSnapshot::name);
        Map<String, ColumnSnapshot> wantColumns = byName(want.columns(), ColumnSnapshot::name);
        for (ColumnSnapshot column : want.columns()) {
            ColumnSnapshot old = haveColumns.get(column.name());
            if (old == null) {
                addColumn(table, column);
            } else {
                changeColumn(table, old, column);
            }
        }
        for (ColumnSnapshot column : have.columns()) {
            if (!wantColumns.containsKey(column.name())) {
                steps.add(new DropColumn(table, column.name(), column.type()));
            }
        }
        columnOrder(have, want);
        if (!Objects.equals(have.comment(), want.comment())) {
            steps.add(new CommentSteps.OnTable(table, want.comment()));
        }
        if (!Objects.equals(keyText(have.primaryKey()), keyText(want.primaryKey()))) {
            steps.add(new NotExpressed(table, "primary key " + keyText(have.primaryKey()) + " in the database, "
                    + keyText(want.primaryKey()) + " in the models: diff does not change primary keys"));
        }
        uniques(table, have.uniqueConstraints(), want.uniqueConstraints(), false, true);
        checks(table, have.checks(), want.checks(), false);
        foreignKeys(table, have.foreignKeys(), want.foreignKeys(), false);
        indexes(table, have.indexes(), want.indexes(), false, true);
        behaviour(table, have, want);
    }

    private void addColumn(String table, ColumnSnapshot column) {
        if (!column.identity().isEmpty()) {
            steps.add(new NotExpressed(table + "." + column.name(), "identity column: the helpers add serial "
                    + "columns, not GENERATED ... AS IDENTITY"));
            return;
        }
        ColumnSpec spec = ColumnSpec.of(table, column, to);
        if (spec.notNull() && spec.defaultExpression() == null) {
            steps.add(new ColumnSteps.AddRequiredColumn(table, spec));
        } else {
            steps.add(new AddColumn(table, spec));
        }
    }

    private void changeColumn(String table, ColumnSnapshot have, ColumnSnapshot want) throws SQLException {
        boolean resetDefault = false;
        if (!have.type().equals(want.type())) {
            boolean keeps = TypeWidening.keepsEveryValue(have.type(), want.type());
            boolean implicit = keeps || casts.convertsWithoutUsing(have.type(), want.type());
            String using = implicit ? null : quote(want.name()) + "::" + want.type();
            if (using != null && have.defaultExpression() != null) {
                // PostgreSQL converts a default with an assignment cast, not with USING, and there is none: the
                // default goes first and the models' one is set after.
                steps.add(new DropDefault(table, want.name(), Phase.TYPES));
                resetDefault = want.defaultExpression() != null;
            }
            steps.add(new ChangeType(table, want.name(), have.type(), want.type(), using, !keeps));
        }
        if (have.notNull() != want.notNull()) {
            steps.add(want.notNull() ? new SetNotNull(table, want.name(), true) : new DropNotNull(table, want.name()));
        }
        if (resetDefault || !SchemaDiff.equalDefaults(have.defaultExpression(), want.defaultExpression())) {
            if (want.defaultExpression() == null) {
                steps.add(new DropDefault(table, want.name(), Phase.DEFAULTS));
            } else if (!(isSequenceDefault(have) && isSequenceDefault(want))) {
                steps.add(new SetDefault(table, want.name(), PrintedSql.safe(want.defaultExpression())));
            }
        }
        if (!Objects.equals(have.comment(), want.comment())) {
            steps.add(new CommentSteps.OnColumn(table, want.name(), want.comment()));
        }
    }

    private static boolean isSequenceDefault(ColumnSnapshot column) {
        return column.defaultExpression() != null && column.defaultExpression().startsWith("nextval(");
    }

    /**
     * PostgreSQL adds a column at the end of its table and cannot move one. When the models declare
     * a new column before an existing one, the migrated table cannot match them.
     */
    private void columnOrder(TableSnapshot have, TableSnapshot want) {
        Set<String> wantNames = new LinkedHashSet<>(want.columns().stream().map(ColumnSnapshot::name).toList());
        List<String> after = new ArrayList<>();
        have.columns().stream().map(ColumnSnapshot::name).filter(wantNames::contains).forEach(after::add);
        wantNames.stream().filter(name -> !after.contains(name)).forEach(after::add);
        List<String> wanted = List.copyOf(wantNames);
        if (!after.equals(wanted)) {
            steps.add(new NotExpressed(want.name(), "the models declare the columns in the order " + wanted
                    + ", but PostgreSQL adds a column at the end of its table and cannot move one, so the migrated "
                    + "table would have " + after + "; declare new fields last in the entity"));
        }
    }

    // ----------------------------------------------------------------------- constraints and indexes

    private void uniques(String table, List<KeySnapshot> have, List<KeySnapshot> want, boolean newTable,
                         boolean concurrently) {
        Map<String, KeySnapshot> haveByName = byName(have, KeySnapshot::name);
        Map<String, KeySnapshot> wantByName = byName(want, KeySnapshot::name);
        for (KeySnapshot key : want) {
            KeySnapshot old = haveByName.get(key.name());
            if (old != null && old.columns().equals(key.columns())) {
                continue;
            }
            if (old != null) {
                steps.add(new NotExpressed(table + "." + key.name(), "unique constraint " + old.columns()
                        + " in the database, " + key.columns() + " in the models: drop it by name and add the new one "
                        + "in a migration of its own"));
                continue;
            }
            steps.add(new AddUnique(table, key.name(), key.columns(), newTable, concurrently));
        }
        for (KeySnapshot key : have) {
            if (!wantByName.containsKey(key.name())) {
                steps.add(new DropConstraint(table, key.name(), "unique constraint " + key.columns()));
            }
        }
    }

    private void checks(String table, List<CheckSnapshot> have, List<CheckSnapshot> want, boolean newTable) {
        Map<String, CheckSnapshot> haveByName = byName(have, CheckSnapshot::name);
        Map<String, CheckSnapshot> wantByName = byName(want, CheckSnapshot::name);
        for (CheckSnapshot check : want) {
            CheckSnapshot old = haveByName.get(check.name());
            String expression = checkExpression(check.definition());
            if (old != null && checkExpression(old.definition()).equals(expression)) {
                if (!old.validated() && check.validated()) {
                    steps.add(new AddCheck(table, check.name(), expression, newTable));
                }
                continue;
            }
            if (old != null) {
                steps.add(new NotExpressed(table + "." + check.name(), "check constraint " + old.definition()
                        + " in the database, " + check.definition() + " in the models: drop it by name and add "
                        + "the new one in a migration of its own (a step that changes what an earlier step made "
                        + "conflicts when the migration runs again)"));
                continue;
            }
            steps.add(new AddCheck(table, check.name(), expression, newTable));
        }
        for (CheckSnapshot check : have) {
            if (!wantByName.containsKey(check.name())) {
                steps.add(new DropConstraint(table, check.name(), "check constraint " + check.definition()));
            }
        }
    }

    /** {@code (score >= 0)} of {@code CHECK ((score >= 0)) NOT VALID}. */
    static String checkExpression(String definition) {
        String text = definition.endsWith(" NOT VALID") ? definition.substring(0, definition.length() - 10) : definition;
        if (text.startsWith("CHECK (") && text.endsWith(")")) {
            text = text.substring("CHECK (".length(), text.length() - 1);
        }
        return PrintedSql.safe(text);
    }

    private void foreignKeys(String table, List<ForeignKeySnapshot> have, List<ForeignKeySnapshot> want,
                             boolean newTable) {
        Map<String, ForeignKeySnapshot> haveByName = byName(have, ForeignKeySnapshot::name);
        Map<String, ForeignKeySnapshot> wantByName = byName(want, ForeignKeySnapshot::name);
        for (ForeignKeySnapshot key : want) {
            ForeignKeySnapshot old = haveByName.get(key.name());
            if (old != null && sameShape(old, key)) {
                if (!old.validated() && key.validated()) {
                    steps.add(new AddForeignKey(table, key, newTable));
                }
                continue;
            }
            if (old != null) {
                steps.add(new NotExpressed(table + "." + key.name(), "foreign key " + shape(old) + " in the database, "
                        + shape(key) + " in the models: drop it by name and add the new one in a migration of its own"));
                continue;
            }
            steps.add(new AddForeignKey(table, key, newTable));
        }
        for (ForeignKeySnapshot key : have) {
            if (!wantByName.containsKey(key.name())) {
                steps.add(new DropConstraint(table, key.name(), "foreign key " + shape(key)));
            }
        }
    }

    private static boolean sameShape(ForeignKeySnapshot a, ForeignKeySnapshot b) {
        return shape(a).equals(shape(b));
    }

    private static String shape(ForeignKeySnapshot key) {
        return key.columns() + " -> " + key.referencedTable() + key.referencedColumns() + " ON DELETE " + key.onDelete()
                + " ON UPDATE " + key.onUpdate();
    }

    private void indexes(String table, List<IndexSnapshot> have, List<IndexSnapshot> want, boolean newTable,
                         boolean concurrently) {
        Map<String, IndexSnapshot> haveByName = byName(have, IndexSnapshot::name);
        Map<String, IndexSnapshot> wantByName = byName(want, IndexSnapshot::name);
        for (IndexSnapshot index : want) {
            IndexSnapshot old = haveByName.get(index.name());
            if (old != null && indexShape(old).equals(indexShape(index))) {
                if (!old.valid()) {
                    // The helper drops an INVALID index left by a failed concurrent build and builds it again.
                    steps.add(createIndex(table, index, newTable, concurrently));
                }
                continue;
            }
            if (old != null) {
                steps.add(new NotExpressed(table + "." + index.name(), "index " + indexShape(old) + " in the database, "
                        + indexShape(index) + " in the models: drop it by name and build the new one in a migration "
                        + "of its own"));
                continue;
            }
            steps.add(createIndex(table, index, newTable, concurrently));
        }
        for (IndexSnapshot index : have) {
            if (!wantByName.containsKey(index.name())) {
                steps.add(new DropIndex(table, index.name(), index.unique()));
            }
        }
    }

    private static CreateIndex createIndex(String table, IndexSnapshot index, boolean newTable, boolean concurrently) {
        boolean plain = index.keys().stream().allMatch(key -> PLAIN_COLUMN.matcher(key).matches());
        List<String> columns = plain ? index.keys().stream().map(Planner::unquote).toList() : List.of();
        List<String> expressions = plain ? List.of() : index.keys().stream().map(PrintedSql::safe).toList();
        return new CreateIndex(table, index.name(), index.unique(), index.method(), columns, expressions,
                PrintedSql.safe(index.predicate()), newTable, concurrently);
    }

    private static String unquote(String key) {
        return key.startsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }

    private static String indexShape(IndexSnapshot index) {
        return (index.unique() ? "UNIQUE " : "") + index.method() + " " + index.keys()
                + (index.predicate() == null ? "" : " WHERE " + index.predicate());
    }

    /** Triggers, rules, row-level security and policies: what the helpers do not write, reported. */
    private void behaviour(String table, TableSnapshot have, TableSnapshot want) {
        named(table, "trigger", "triggers", have.triggers(), want.triggers(), TriggerSnapshot::name,
                TriggerSnapshot::definition);
        named(table, "rule", "rules", have.rules(), want.rules(), RuleSnapshot::name, RuleSnapshot::definition);
        named(table, "policy", "policies", have.policies(), want.policies(), PolicySnapshot::name,
                PolicySnapshot::definition);
        if (!have.rowSecurity().equals(want.rowSecurity())) {
            steps.add(new NotExpressed(table, "row-level security " + have.rowSecurity() + " in the database, "
                    + want.rowSecurity() + " in the models: diff does not write row-level security"));
        }
    }

    private <T> void named(String table, String kind, String kinds, List<T> have, List<T> want, Function<T, String> name,
                           Function<T, String> definition) {
        Map<String, T> haveByName = byName(have, name);
        Map<String, T> wantByName = byName(want, name);
        Set<String> names = new LinkedHashSet<>(wantByName.keySet());
        names.addAll(haveByName.keySet());
        for (String each : names) {
            String a = haveByName.containsKey(each) ? definition.apply(haveByName.get(each)) : null;
            String b = wantByName.containsKey(each) ? definition.apply(wantByName.get(each)) : null;
            if (!Objects.equals(a, b)) {
                steps.add(new NotExpressed(table + "." + each, kind + " " + (a == null ? "missing" : a)
                        + " in the database, " + (b == null ? "none" : b) + " in the models: diff does not write "
                        + kinds));
            }
        }
    }

    private static TableSnapshot emptyLike(TableSnapshot table) {
        return new TableSnapshot(table.name(), null, List.of(), null, List.of(), List.of(), List.of(), List.of());
    }

    // -------------------------------------------------------------------------------------- warnings

    /** A drop next to an add may have been a rename: say which option writes it as one. */
    private void renameWarnings() {
        List<String> newTableNames = to.tables().keySet().stream().filter(name -> !from.tables().containsKey(name))
                .toList();
        if (!newTableNames.isEmpty()) {
            from.tables().keySet().stream().filter(name -> !to.tables().containsKey(name)).forEach(dropped ->
                    warnings.add("table " + dropped + " is dropped while " + String.join(", ", newTableNames)
                            + (newTableNames.size() == 1 ? " is" : " are") + " created; if " + dropped
                            + " was renamed, pass --rename-table " + dropped + "=NEW_NAME"));
        }
        for (TableSnapshot want : to.tables().values()) {
            TableSnapshot have = from.table(want.name());
            if (have == null) {
                continue;
            }
            List<String> added = want.columns().stream().map(ColumnSnapshot::name)
                    .filter(name -> have.column(name) == null).toList();
            if (added.isEmpty()) {
                continue;
            }
            have.columns().stream().map(ColumnSnapshot::name).filter(name -> want.column(name) == null)
                    .forEach(dropped -> warnings.add("column " + want.name() + "." + dropped + " is dropped while "
                            + want.name() + " gains " + String.join(", ", added) + "; if " + dropped
                            + " was renamed, pass --rename-column " + want.name() + "." + dropped + "=NEW_NAME"));
        }
    }

    private static String keyText(KeySnapshot key) {
        return key == null ? "(none)" : key.name() + " " + key.columns();
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(item -> map.put(name.apply(item), item));
        return map;
    }
}
