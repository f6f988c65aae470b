package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.internal.ddl.DoBlockBody;
import id.ac.ugm.aicare.schema.lint.internal.ddl.QualifiedName;
import id.ac.ugm.aicare.schema.lint.internal.ddl.StatementReader;
import id.ac.ugm.aicare.schema.lint.internal.flyway.MigrationFileName;
import id.ac.ugm.aicare.sql.internal.lexer.LexedSource;
import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;
import id.ac.ugm.aicare.sql.internal.lexer.StatementSplitter;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One migration file as the rules see it: its statements in order, those inside DO blocks
 * included, and the questions several rules ask about the file as a whole.
 */
public final class MigrationScript {

    private final MigrationFileName fileName;
    private final List<ParsedStatement> topLevel;
    private final List<ParsedStatement> all;
    private final List<Token> comments;
    private final EarlierNames createdTables = new EarlierNames();
    private final EarlierNames createdIndexes = new EarlierNames();
    private final EarlierNames droppedConstraintsIfExist = new EarlierNames();
    /** Object type (INDEX, TRIGGER, ...) to the names dropped with IF EXISTS. */
    private final Map<String, EarlierNames> droppedIfExists = new HashMap<>();
    /** Object type to every name created, and dropped, anywhere in the file: the two halves of a drop-and-recreate. */
    private final Map<String, EarlierNames> createdAnywhere = new HashMap<>();
    /** Object type to the renames of the file, by the name they give: "TYPE" to {"mood" to [mood_old]}. */
    private final Map<String, Map<String, List<QualifiedName>>> renamedInto = new HashMap<>();
    /** Object type to the names a CREATE of the file makes, renames left out. */
    private final Map<String, EarlierNames> createdByCreate = new HashMap<>();
    private final Map<String, EarlierNames> droppedAnywhere = new HashMap<>();
    /** "table.column" and constraint names added, and dropped, anywhere in the file. */
    private final java.util.Set<String> addedColumns = new java.util.HashSet<>();
    private final java.util.Set<String> droppedColumns = new java.util.HashSet<>();
    private final java.util.Set<String> addedConstraints = new java.util.HashSet<>();
    private final java.util.Set<String> droppedConstraints = new java.util.HashSet<>();
    private final CascadeDrops cascadeDrops;

    private MigrationScript(MigrationFileName fileName, List<ParsedStatement> topLevel, List<ParsedStatement> all,
            List<Token> comments) {
        this.fileName = fileName;
        this.topLevel = topLevel;
        this.all = all;
        this.comments = comments;
        all.forEach(this::index);
        this.cascadeDrops = new CascadeDrops(all);
    }

    private void index(ParsedStatement statement) {
        int order = statement.order();
        if (statement.ddl() instanceof Ddl.CreateTable create && create.name() != null) {
            createdTables.add(create.name(), order);
            names(createdAnywhere, "TABLE").add(create.name(), order);
            names(createdByCreate, "TABLE").add(create.name(), order);
        } else if (statement.ddl() instanceof Ddl.CreateIndex create && create.name() != null) {
            createdIndexes.add(new QualifiedName(null, create.name()), order);
            names(createdAnywhere, "INDEX").add(new QualifiedName(null, create.name()), order);
            names(createdByCreate, "INDEX").add(new QualifiedName(null, create.name()), order);
        } else if (statement.ddl() instanceof Ddl.CreateObject create && create.name() != null) {
            names(createdAnywhere, create.objectType()).add(create.name(), order);
            names(createdByCreate, create.objectType()).add(create.name(), order);
        } else if (statement.ddl() instanceof Ddl.RenameObject rename && rename.name() != null && rename.to() != null) {
            // A rename takes the old name away and brings the new one in, like a drop and a create.
            names(droppedAnywhere, rename.objectType()).add(rename.name(), order);
            names(createdAnywhere, rename.objectType()).add(new QualifiedName(rename.name().schema(), rename.to()), order);
            renamedInto(rename.objectType(), rename.to()).add(rename.name());
        } else if (statement.ddl() instanceof Ddl.DropObjects drop) {
            drop.names().forEach(name -> names(droppedAnywhere, drop.objectType()).add(name, order));
            if (drop.ifExists()) {
                drop.names().forEach(name -> names(droppedIfExists, drop.objectType()).add(name, order));
            }
        } else if (statement.ddl() instanceof Ddl.AlterTable alter && alter.table() != null) {
            for (AlterTableAction action : alter.actions()) {
                if (action instanceof AlterTableAction.RenameTable rename && rename.to() != null) {
                    names(droppedAnywhere, "TABLE").add(alter.table(), order);
                    names(createdAnywhere, "TABLE").add(new QualifiedName(alter.table().schema(), rename.to()), order);
                    renamedInto("TABLE", rename.to()).add(alter.table());
                }
                if (action instanceof AlterTableAction.DropConstraint drop && drop.name() != null) {
                    droppedConstraints.add(drop.name());
                    if (drop.ifExists()) {
                        droppedConstraintsIfExist.add(new QualifiedName(null, drop.name()), order);
                    }
                } else if (action instanceof AlterTableAction.AddConstraint add) {
                    String name = constraintName(alter.table(), add);
                    if (name != null) {
                        addedConstraints.add(name);
                    }
                } else if (action instanceof AlterTableAction.AddColumn add && add.column() != null) {
                    addedColumns.add(alter.table().name() + "." + add.column().name());
                } else if (action instanceof AlterTableAction.DropColumn drop) {
                    droppedColumns.add(alter.table().name() + "." + drop.column());
                }
            }
        }
    }

    private List<QualifiedName> renamedInto(String type, String to) {
        return renamedInto.computeIfAbsent(type, t -> new HashMap<>()).computeIfAbsent(to, n -> new ArrayList<>());
    }

    /**
     * True when every run of the file brings an object of this type and name into being, so that a
     * DROP of it converges: a CREATE of it, or a rename to it that itself converges (the swap of
     * generated migrations). A rename that fails on the second run brings nothing, and the DROP
     * after it fails too.
     */
    public boolean createdOnEveryRun(String objectType, QualifiedName name) {
        EarlierNames created = createdByCreate.get(objectType);
        if (name == null) {
            return false;
        }
        if (created != null && created.before(name, Integer.MAX_VALUE)) {
            return true;
        }
        List<QualifiedName> sources = renamedInto.getOrDefault(objectType, Map.of()).getOrDefault(name.name(), List.of());
        return sources.stream().anyMatch(from -> renameCycles(objectType, from, name.name()));
    }

    private static EarlierNames names(Map<String, EarlierNames> byType, String type) {
        return byType.computeIfAbsent(type, t -> new EarlierNames());
    }

    /** The constraint's name, or the one PostgreSQL gives an unnamed primary key ({@code table_pkey}); null if unknown. */
    public static String constraintName(QualifiedName table, AlterTableAction.AddConstraint add) {
        if (add.name() != null) {
            return add.name();
        }
        return add.kind() == id.ac.ugm.aicare.schema.lint.internal.ddl.ConstraintKind.PRIMARY_KEY ? table.name() + "_pkey" : null;
    }

    /** The PostgreSQL major the migrations run on, for rules whose answer depends on it; 0 when not given. */
    private int postgresMajor;

    /** Reads a script for a server whose major version is not known: the rules assume a current one. */
    public static MigrationScript read(MigrationFileName fileName, LexedSource lexed) {
        return read(fileName, lexed, 0);
    }

    public static MigrationScript read(MigrationFileName fileName, LexedSource lexed, int postgresMajor) {
        return read(fileName, lexed, postgresMajor, null);
    }

    /**
     * @param executeInTransaction the {@code executeInTransaction} of the script's Flyway configuration
     *                             file ({@code V2__x.sql.conf}), or null when it sets none
     */
    public static MigrationScript read(MigrationFileName fileName, LexedSource lexed, int postgresMajor,
            Boolean executeInTransaction) {
        MigrationScript script = readScript(fileName, lexed);
        script.postgresMajor = postgresMajor;
        script.executeInTransaction = executeInTransaction;
        return script;
    }

    /** The script configuration's {@code executeInTransaction}, or null when Flyway decides for itself. */
    private Boolean executeInTransaction;

    /** True when the script's configuration file says {@code executeInTransaction=false}: Flyway opens no transaction. */
    public boolean configuredOutsideTransaction() {
        return Boolean.FALSE.equals(executeInTransaction);
    }

    /** True when the script's configuration file says {@code executeInTransaction=true}: Flyway runs it in one, whatever it holds. */
    public boolean configuredInTransaction() {
        return Boolean.TRUE.equals(executeInTransaction);
    }

    /** True when the migrations are known to run on a PostgreSQL major older than {@code major}. */
    public boolean runsOnOlderThan(int major) {
        return postgresMajor > 0 && postgresMajor < major;
    }

    private static MigrationScript readScript(MigrationFileName fileName, LexedSource lexed) {
        List<ParsedStatement> topLevel = new ArrayList<>();
        List<ParsedStatement> all = new ArrayList<>();
        List<Token> comments = new ArrayList<>(lexed.comments());
        for (SqlStatement sql : StatementSplitter.split(lexed)) {
            ParsedStatement statement = new ParsedStatement(sql, StatementReader.read(sql), null, false, all.size());
            topLevel.add(statement);
            all.add(statement);
            if (statement.ddl() instanceof Ddl.DoBlock block) {
                DoBlockBody body = DoBlockBody.of(block, lexed.source());
                comments.addAll(body.comments());
                for (SqlStatement inner : body.statements()) {
                    all.add(new ParsedStatement(inner, StatementReader.read(inner), statement, body.guarded(), all.size()));
                }
            }
        }
        comments.sort(Comparator.comparingInt(Token::offset));
        return new MigrationScript(fileName, List.copyOf(topLevel), List.copyOf(all), List.copyOf(comments));
    }

    public MigrationFileName fileName() {
        return fileName;
    }

    public boolean isRepeatable() {
        return fileName.isRepeatable();
    }

    /** True when Flyway runs this file, and so wraps it in a transaction of its own. */
    public boolean runByFlyway() {
        return fileName.kind() != MigrationFileName.Kind.PLAIN;
    }

    /** True when Flyway wraps this file in a transaction of its own, unless it finds a statement that cannot run in one. */
    public boolean flywayOpensTransaction() {
        return runByFlyway() && !configuredOutsideTransaction();
    }

    /** Statements as Flyway sends them, DO blocks as one statement. */
    public List<ParsedStatement> topLevel() {
        return topLevel;
    }

    /** Every statement, the DDL inside DO blocks right after its block. */
    public List<ParsedStatement> all() {
        return all;
    }

    /** Every comment of the file, those inside DO bodies included, in file order. */
    public List<Token> comments() {
        return comments;
    }

    public boolean isEmpty() {
        return topLevel.isEmpty();
    }

    /**
     * True when a statement before {@code statement} creates {@code table}. Such a table is new and
     * empty and no other session can see it yet, so locking it harms no one.
     */
    public boolean createsTableBefore(QualifiedName table, ParsedStatement statement) {
        return table != null && createdTables.before(table, statement.order());
    }

    /** True when a statement before {@code statement} creates an index of that name. */
    public boolean createsIndexBefore(QualifiedName index, ParsedStatement statement) {
        return createdIndexes.before(new QualifiedName(null, index.name()), statement.order());
    }

    /**
     * True when an earlier statement is {@code DROP <objectType> IF EXISTS name}, which makes a
     * following CREATE of the same name safe to run again.
     */
    public boolean dropsIfExistsBefore(String objectType, QualifiedName name, ParsedStatement statement) {
        EarlierNames names = droppedIfExists.get(objectType);
        return names != null && names.before(name, statement.order());
    }

    /**
     * True when another statement of the file creates (for a DROP) or drops (for a CREATE) an object
     * of this type and name. Such a pair converges: on the second run the drop finds what the first
     * run created, and the create finds the name free again. It covers drop-and-recreate of views,
     * indexes and functions, and a work table the file creates and drops.
     */
    public boolean pairedCreate(String objectType, QualifiedName name) {
        EarlierNames names = createdAnywhere.get(objectType);
        return name != null && names != null && names.before(name, Integer.MAX_VALUE);
    }

    /**
     * True when a statement before {@code statement} empties {@code table}: {@code DELETE FROM table}
     * without WHERE, or {@code TRUNCATE} naming it. A NOT NULL column added after that meets no rows.
     */
    public boolean emptiesTableBefore(QualifiedName table, ParsedStatement statement) {
        if (table == null) {
            return false;
        }
        for (ParsedStatement earlier : all) {
            if (earlier.order() >= statement.order()) {
                break;
            }
            var sql = earlier.sql();
            boolean delete = sql.startsWith("DELETE", "FROM") && sql.indexOfTopLevel("WHERE", 0) < 0
                    && sql.indexOfTopLevel("USING", 0) < 0 && names(sql, 2, table);
            boolean truncate = sql.startsWith("TRUNCATE") && sql.tokens().stream().skip(1)
                    .anyMatch(t -> t.isIdentifier() && t.identifier().equals(table.name()));
            if (delete || truncate) {
                return true;
            }
        }
        return false;
    }

    /** True when the statement names {@code table} at token {@code index} (after an optional ONLY). */
    private static boolean names(id.ac.ugm.aicare.sql.internal.lexer.SqlStatement sql, int index, QualifiedName table) {
        int at = sql.is(index, "ONLY") ? index + 1 : index;
        if (at >= sql.size() || !sql.token(at).isIdentifier()) {
            return false;
        }
        String first = sql.token(at).identifier();
        if (at + 2 < sql.size() && sql.token(at + 1).isSymbol(".") && sql.token(at + 2).isIdentifier()) {
            return new QualifiedName(first, sql.token(at + 2).identifier()).sameObjectAs(table);
        }
        return new QualifiedName(null, first).sameObjectAs(table);
    }

    /** True when a statement before {@code statement} creates an object of this type and name. */
    public boolean createsBefore(String objectType, QualifiedName name, ParsedStatement statement) {
        EarlierNames names = createdAnywhere.get(objectType);
        return name != null && names != null && names.before(name, statement.order());
    }

    public boolean pairedDrop(String objectType, QualifiedName name) {
        EarlierNames names = droppedAnywhere.get(objectType);
        return name != null && names != null && names.before(name, Integer.MAX_VALUE);
    }

    /**
     * True when the file creates {@code table} afresh on every run: it creates it and also drops it
     * (or renames it away). What the file then adds to the table is added to a new, empty table.
     */
    public boolean recreatesTable(QualifiedName table) {
        return recreates("TABLE", table);
    }

    /** True when the file both creates and drops (or renames away) an object of this type and name. */
    public boolean recreates(String objectType, QualifiedName name) {
        return name != null && pairedCreate(objectType, name) && pairedDrop(objectType, name);
    }

    /**
     * True when a {@code DROP ... CASCADE} of the file also removes the object {@code statement}
     * creates (a view reading the dropped object, an index on it, a trigger calling it, anything in
     * a dropped schema): on the second run the CASCADE takes away what the first run created.
     */
    public boolean droppedByCascade(ParsedStatement statement) {
        return cascadeDrops.removesCreatedBy(statement);
    }

    /** True when a {@code DROP ... CASCADE} of the file also removes what {@code action} adds (a foreign key to a dropped table, a column of a dropped type). */
    public boolean droppedByCascade(ParsedStatement statement, AlterTableAction action) {
        return cascadeDrops.removesAddedBy(statement, action);
    }

    /**
     * True when a rename from {@code from} to {@code to} converges: the file brings {@code from}
     * back (creates it, or renames something to it) and takes {@code to} away again, as in the
     * swap of an enum type for a new one.
     */
    public boolean renameCycles(String objectType, QualifiedName from, String to) {
        return from != null && to != null && pairedCreate(objectType, from)
                && pairedDrop(objectType, new QualifiedName(from.schema(), to));
    }

    /**
     * True when a view the file creates reads {@code view} and still stands when the DROP at
     * {@code dropOrder} runs again: on the second run PostgreSQL refuses to drop a view another view
     * depends on, so the drop-and-recreate pair does not converge. A DROP ... CASCADE, or a drop of
     * the dependent view before it, clears the way.
     */
    public boolean dependentViewBlocksDrop(QualifiedName view, ParsedStatement drop) {
        if (drop.sql().tokens().stream().anyMatch(t -> t.is("CASCADE"))) {
            return false;
        }
        for (ParsedStatement statement : all) {
            if (!(statement.ddl() instanceof Ddl.CreateObject create) || create.name() == null
                    || !(create.objectType().equals("VIEW") || create.objectType().equals("MATERIALIZED VIEW"))
                    || create.name().sameObjectAs(view)) {
                continue;
            }
            boolean reads = statement.sql().tokens().stream()
                    .anyMatch(t -> t.isIdentifier() && view.name().equals(t.identifier()));
            if (reads && !droppedBefore(create.name(), drop.order())) {
                return true;
            }
        }
        return false;
    }

    /** True when a DROP of {@code name} in the file would be refused on the second run because of a dependent view. */
    public boolean anyDropBlockedByDependents(String objectType, QualifiedName name) {
        for (ParsedStatement statement : all) {
            if (statement.ddl() instanceof Ddl.DropObjects drop && drop.objectType().equals(objectType)
                    && drop.names().stream().anyMatch(n -> n.sameObjectAs(name)) && dependentViewBlocksDrop(name, statement)) {
                return true;
            }
        }
        return false;
    }

    private boolean droppedBefore(QualifiedName name, int order) {
        for (String type : List.of("VIEW", "MATERIALIZED VIEW")) {
            EarlierNames names = droppedAnywhere.get(type);
            if (names != null && names.before(name, order)) {
                return true;
            }
        }
        return false;
    }

    /** True when the file both adds and drops the column {@code table.column}, or both adds and drops the constraint. */
    public boolean columnAddedAndDropped(QualifiedName table, String column) {
        String key = table.name() + "." + column;
        return addedColumns.contains(key) && droppedColumns.contains(key);
    }

    public boolean constraintAddedAndDropped(String name) {
        return name != null && addedConstraints.contains(name) && droppedConstraints.contains(name);
    }

    /** True when an earlier ALTER TABLE drops the constraint {@code name} with IF EXISTS. */
    public boolean dropsConstraintIfExistsBefore(String name, ParsedStatement statement) {
        return droppedConstraintsIfExist.before(new QualifiedName(null, name), statement.order());
    }
}
