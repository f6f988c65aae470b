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

    private MigrationScript(MigrationFileName fileName, List<ParsedStatement> topLevel, List<ParsedStatement> all,
            List<Token> comments) {
        this.fileName = fileName;
        this.topLevel = topLevel;
        this.all = all;
        this.comments = comments;
        all.forEach(this::index);
    }

    private void index(ParsedStatement statement) {
        int order = statement.order();
        if (statement.ddl() instanceof Ddl.CreateTable create && create.name() != null) {
            createdTables.add(create.name(), order);
        } else if (statement.ddl() instanceof Ddl.CreateIndex create && create.name() != null) {
            createdIndexes.add(new QualifiedName(null, create.name()), order);
        } else if (statement.ddl() instanceof Ddl.DropObjects drop && drop.ifExists()) {
            EarlierNames names = droppedIfExists.computeIfAbsent(drop.objectType(), type -> new EarlierNames());
            drop.names().forEach(name -> names.add(name, order));
        } else if (statement.ddl() instanceof Ddl.AlterTable alter) {
            for (AlterTableAction action : alter.actions()) {
                if (action instanceof AlterTableAction.DropConstraint drop && drop.ifExists() && drop.name() != null) {
                    droppedConstraintsIfExist.add(new QualifiedName(null, drop.name()), order);
                }
            }
        }
    }

    public static MigrationScript read(MigrationFileName fileName, LexedSource lexed) {
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

    /** True when an earlier ALTER TABLE drops the constraint {@code name} with IF EXISTS. */
    public boolean dropsConstraintIfExistsBefore(String name, ParsedStatement statement) {
        return droppedConstraintsIfExist.before(new QualifiedName(null, name), statement.order());
    }
}
