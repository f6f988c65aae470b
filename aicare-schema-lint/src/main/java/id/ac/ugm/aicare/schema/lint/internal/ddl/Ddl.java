package id.ac.ugm.aicare.schema.lint.internal.ddl;

import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.util.List;

/**
 * What a statement does, read from its tokens: the PostgreSQL DDL the rules reason about, and a
 * catch-all for everything else. JSqlParser cannot read much of this (CONCURRENTLY, NOT VALID,
 * CREATE TYPE, DO blocks), so the shapes are our own and only as deep as the rules need.
 */
public sealed interface Ddl {

    /** {@code CREATE [TEMP|UNLOGGED] TABLE}. */
    record CreateTable(QualifiedName name, boolean ifNotExists, boolean temporary,
            List<ColumnDefinition> columns) implements Ddl {
    }

    /** {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON table}. */
    record CreateIndex(String name, QualifiedName table, boolean unique, boolean concurrently,
            boolean ifNotExists) implements Ddl {
    }

    /**
     * Any other {@code CREATE}: type, sequence, view, function, trigger, schema, extension,
     * policy, domain and the rest.
     *
     * @param objectType upper-case object type such as {@code TYPE} or {@code MATERIALIZED VIEW}
     * @param onTable    the table of a trigger, policy or rule, else null
     */
    record CreateObject(String objectType, QualifiedName name, boolean orReplace, boolean ifNotExists,
            QualifiedName onTable) implements Ddl {
    }

    /**
     * {@code ALTER TABLE} with its actions in order.
     *
     * @param ifExists {@code ALTER TABLE IF EXISTS}: a missing table makes the statement a no-op
     */
    record AlterTable(QualifiedName table, List<AlterTableAction> actions, boolean ifExists) implements Ddl {
    }

    /**
     * {@code ALTER INDEX|SEQUENCE|VIEW|MATERIALIZED VIEW|TYPE|FUNCTION ... RENAME ...}: a rename of
     * anything but a table, which fails once the old name is gone.
     *
     * @param objectType upper-case object type
     * @param ifExists   {@code IF EXISTS} was given, so a missing object is a no-op
     * @param at         the RENAME keyword
     * @param to         the new name, or null
     */
    record RenameObject(String objectType, QualifiedName name, boolean ifExists, Token at, String to) implements Ddl {
    }

    /**
     * {@code ALTER TYPE}; adding and renaming enum values matter to the rules.
     *
     * @param renameValue the RENAME of {@code RENAME VALUE 'a' TO 'b'}, which fails once 'a' is gone; else null
     */
    record AlterType(QualifiedName name, Token addValue, boolean ifNotExists, Token renameValue) implements Ddl {
    }

    /**
     * {@code DROP <type> [CONCURRENTLY] [IF EXISTS] names}.
     *
     * @param onTable the table of a dropped trigger, policy or rule, else null
     */
    record DropObjects(String objectType, List<QualifiedName> names, boolean ifExists, boolean concurrently,
            QualifiedName onTable) implements Ddl {
    }

    /**
     * A {@code DO} block.
     *
     * @param body     its dollar-quoted (or quoted) body token
     * @param plpgsql  whether the body is PL/pgSQL, the only language whose statements are read
     */
    record DoBlock(Token body, boolean plpgsql) implements Ddl {
    }

    /** {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT}. */
    record TransactionControl(Token keyword) implements Ddl {
    }

    /** {@code SET [LOCAL|SESSION] name ...}, or {@code SELECT set_config('name', ...)}. */
    record SetParameter(String name) implements Ddl {
    }

    /** {@code INSERT INTO table ... [ON CONFLICT ...]}. */
    record Insert(QualifiedName table, boolean onConflict) implements Ddl {
    }

    /** Anything else, known by its first keyword. */
    record OtherStatement(String keyword) implements Ddl {
    }
}
