package id.ac.ugm.aicare.schema.migration;

import static id.ac.ugm.aicare.sql.SqlIdentifiers.validate;

import id.ac.ugm.aicare.schema.migration.LiveCatalog.IndexState;
import java.util.List;
import java.util.Objects;

/** {@link SchemaMigrator}'s indexes: build (concurrently, rebuilding an INVALID leftover) and drop. */
final class IndexSteps extends Converger {

    IndexSteps(MigrationSession session) {
        super(session);
    }

    Outcome createIndex(IndexDef index) {
        Objects.requireNonNull(index, "index");
        String name = index.indexName();
        String op = "create index " + name;
        newNames(name);
        if (index.concurrently() && statements.inTransaction()) {
            throw new MigrationException(op + ": CREATE INDEX CONCURRENTLY cannot run inside a transaction; run the "
                    + "migration outside one (IdempotentJavaMigration: super(TransactionMode.NON_TRANSACTIONAL)), "
                    + "or build it in place with IndexDef.concurrently(false)");
        }
        requireTable(op, index.table());
        String kind = catalog.relationKind(name);
        IndexState have = catalog.index(name);
        if (have == null && kind != null) {
            throw conflict(op, name, index.describe(), kindName(kind) + " " + name);
        }
        if (have != null) {
            if (!have.table().equals(index.table())) {
                throw conflict(op, name, index.describe(), "an index on " + have.table() + " USING " + have.shape());
            }
            if (have.constraint() != null) {
                throw conflict(op, name, index.describe(), "the index of constraint " + have.constraint());
            }
            if (have.valid()) {
                if (have.unique() != index.isUnique() || !compare.sameIndexShape(op, index, have.shape())) {
                    throw conflict(op, name, index.describe(),
                            (have.unique() ? "UNIQUE " : "") + "index on " + have.table() + " USING " + have.shape());
                }
                return done(op, Outcome.ALREADY_PRESENT);
            }
            LOG.warn("{}: index {} is INVALID (a failed or interrupted concurrent build); dropping and building it again",
                    op, name);
        }
        String create = index.statement(name, index.table()).concurrently(index.concurrently()).ifNotExists()
                .sql(catalog.schema());
        return change(op, () -> {
            if (index.concurrently()) {
                buildConcurrently(op, name, create, have != null);
            } else {
                if (have != null) {
                    dropIndexStatement(op, name, false);
                }
                statements.one(op, create);
            }
        }, () -> catalog.plannedIndex(new IndexState(name, index.table(), index.isUnique(), true, index.accessMethod(),
                List.of(), index.predicate(), create, null)), index.table());
    }

    Outcome dropIndex(String name, Confirmation confirmation) {
        validate(name);
        String op = "drop index " + name;
        IndexState have = catalog.index(name);
        String kind = catalog.relationKind(name);
        if (have == null && kind == null) {
            return done(op, Outcome.ALREADY_PRESENT);
        }
        if (have == null) {
            throw conflict(op, name, "an index or nothing", kindName(kind) + " " + name);
        }
        if (have.constraint() != null) {
            throw new MigrationException(op + ": index " + name + " backs constraint " + have.constraint() + " on "
                    + have.table() + "; drop the constraint with dropConstraint(...) instead");
        }
        if (have.unique()) {
            Confirmation.require(confirmation, op, name, "the uniqueness that unique index " + name + " guards");
        }
        return change(op, () -> dropIndexStatement(op, name, !statements.inTransaction()),
                () -> catalog.plannedIndexGone(name), have.table());
    }
}
