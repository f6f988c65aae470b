package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.Token;

/** One action of an {@code ALTER TABLE}; {@code at} is the action's first token, where findings point. */
public sealed interface AlterTableAction {

    Token at();

    /** {@code ADD [COLUMN] [IF NOT EXISTS] column}. */
    record AddColumn(Token at, boolean ifNotExists, ColumnDefinition column) implements AlterTableAction {
    }

    /**
     * {@code ADD [CONSTRAINT name] ...}.
     *
     * @param name       the constraint name, or null when PostgreSQL chooses it
     * @param notValid   {@code NOT VALID} was given
     * @param usingIndex the constraint adopts an existing index ({@code USING INDEX name})
     */
    record AddConstraint(Token at, String name, ConstraintKind kind, boolean notValid, boolean usingIndex)
            implements AlterTableAction {
    }

    /** {@code DROP [COLUMN] [IF EXISTS] column}. */
    record DropColumn(Token at, String column, boolean ifExists) implements AlterTableAction {
    }

    /** {@code DROP CONSTRAINT [IF EXISTS] name}. */
    record DropConstraint(Token at, String name, boolean ifExists) implements AlterTableAction {
    }

    /**
     * {@code ALTER [COLUMN] column [SET DATA] TYPE type [USING expression]}.
     *
     * @param using whether a USING expression converts the values
     */
    record AlterColumnType(Token at, String column, SqlType type, boolean using) implements AlterTableAction {

        /**
         * To {@code text} or {@code varchar} without a length, with no conversion: from {@code varchar}
         * that changes only the catalog, which is what the linter itself advises.
         */
        public boolean isToUnboundedText() {
            return !using && !type.quoted() && !type.hasModifiers()
                    && (type.name().equals("text") || type.name().equals("varchar") || type.name().equals("character varying"));
        }
    }

    /** {@code ALTER [COLUMN] column SET NOT NULL}. */
    record SetNotNull(Token at, String column) implements AlterTableAction {
    }

    /** {@code VALIDATE CONSTRAINT name}. */
    record ValidateConstraint(Token at, String name) implements AlterTableAction {
    }

    /** {@code RENAME [COLUMN] from TO to}. */
    record RenameColumn(Token at, String from, String to) implements AlterTableAction {
    }

    /** {@code RENAME TO name}. */
    record RenameTable(Token at, String to) implements AlterTableAction {
    }

    /** {@code RENAME CONSTRAINT from TO to}. */
    record RenameConstraint(Token at, String from, String to) implements AlterTableAction {
    }

    /** Any action the rules do not look into ({@code SET DEFAULT}, {@code OWNER TO}, ...). */
    record OtherAction(Token at) implements AlterTableAction {
    }
}
