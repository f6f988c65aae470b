package id.ac.ugm.aicare.schema.lint.internal.rules;

import id.ac.ugm.aicare.schema.lint.internal.ddl.AlterTableAction;
import id.ac.ugm.aicare.schema.lint.internal.ddl.ColumnDefinition;
import id.ac.ugm.aicare.schema.lint.internal.ddl.ConstraintKind;
import id.ac.ugm.aicare.schema.lint.internal.ddl.Ddl;
import id.ac.ugm.aicare.schema.lint.internal.ddl.QualifiedName;
import id.ac.ugm.aicare.sql.internal.lexer.SqlStatement;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the {@code DROP ... CASCADE} statements of a file take away besides the objects they name:
 * the views that read them (and the views that read those), the triggers that call a dropped
 * function, the foreign keys that point to a dropped table, the columns of a dropped type, and
 * everything in a dropped schema. The file's own CREATE of such an object converges: on the second
 * run the CASCADE removes what the first run created, whatever the order of the two statements.
 *
 * <p>Only what PostgreSQL does drop counts. A table with a foreign key to a dropped table stays
 * (only its constraint goes), so its CREATE TABLE still fails on the second run. Whether a view reads
 * a name is judged by its tokens: a view that names the dropped object is taken to depend on it.
 */
final class CascadeDrops {

    /** Names that a CASCADE drop of the file takes away: those it names and the file's views that read them. */
    private final Set<String> names = new HashSet<>();
    private final Set<String> schemas = new HashSet<>();

    CascadeDrops(List<ParsedStatement> all) {
        for (ParsedStatement statement : all) {
            if (statement.ddl() instanceof Ddl.DropObjects drop && statement.sql().contains("CASCADE")) {
                for (QualifiedName name : drop.names()) {
                    (drop.objectType().equals("SCHEMA") ? schemas : names).add(name.name());
                }
            }
        }
        if (!names.isEmpty()) {
            addDependentViews(all);
        }
    }

    /** Views that read a dropped view are dropped with it, and so on: repeated until nothing is added. */
    private void addDependentViews(List<ParsedStatement> all) {
        boolean added = true;
        while (added) {
            added = false;
            for (ParsedStatement statement : all) {
                if (statement.ddl() instanceof Ddl.CreateObject create && isView(create) && create.name() != null
                        && !names.contains(create.name().name()) && readsDropped(statement.sql(), create.name().name())) {
                    names.add(create.name().name());
                    added = true;
                }
            }
        }
    }

    boolean isEmpty() {
        return names.isEmpty() && schemas.isEmpty();
    }

    /** True when a CASCADE drop of the file also removes the object {@code statement} creates. */
    boolean removesCreatedBy(ParsedStatement statement) {
        if (isEmpty()) {
            return false;
        }
        Ddl ddl = statement.ddl();
        if (ddl instanceof Ddl.CreateTable create) {
            return inDroppedSchema(create.name());
        } else if (ddl instanceof Ddl.CreateIndex create) {
            return create.table() != null && (names.contains(create.table().name()) || inDroppedSchema(create.table()));
        } else if (ddl instanceof Ddl.CreateObject create) {
            if (create.name() == null) {
                return false;
            }
            if (inDroppedSchema(create.name()) || isView(create) && names.contains(create.name().name())) {
                return true;
            }
            return create.objectType().equals("TRIGGER")
                    && (create.onTable() != null && names.contains(create.onTable().name()) || readsDropped(statement.sql(), null));
        }
        return false;
    }

    /** True when a CASCADE drop of the file also removes what {@code action} adds to {@code table}. */
    boolean removesAddedBy(ParsedStatement statement, AlterTableAction action) {
        if (isEmpty()) {
            return false;
        }
        if (action instanceof AlterTableAction.AddColumn add) {
            ColumnDefinition column = add.column();
            return column != null && column.type() != null && names.contains(column.type().name());
        }
        return action instanceof AlterTableAction.AddConstraint add && add.kind() == ConstraintKind.FOREIGN_KEY
                && referencesDropped(statement.sql());
    }

    private boolean inDroppedSchema(QualifiedName name) {
        return name != null && name.schema() != null && schemas.contains(name.schema());
    }

    /** True when the statement names a dropped object, other than {@code own}, anywhere in its tokens. */
    private boolean readsDropped(SqlStatement sql, String own) {
        for (Token token : sql.tokens()) {
            if (token.isIdentifier()) {
                String identifier = token.identifier();
                if (!identifier.equals(own) && names.contains(identifier)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a {@code REFERENCES} of the statement points to a dropped table. */
    private boolean referencesDropped(SqlStatement sql) {
        for (int i = 0; i + 1 < sql.size(); i++) {
            if (sql.token(i).is("REFERENCES")) {
                int at = i + 1;
                if (at + 2 < sql.size() && sql.token(at + 1).isSymbol(".")) {
                    at += 2;
                }
                if (sql.token(at).isIdentifier() && names.contains(sql.token(at).identifier())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isView(Ddl.CreateObject create) {
        return create.objectType().equals("VIEW") || create.objectType().equals("MATERIALIZED VIEW");
    }
}
