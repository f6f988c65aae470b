package id.ac.ugm.aicare.schema.engine.internal.jdbc;

import id.ac.ugm.aicare.sql.internal.lexer.SqlLexer;
import id.ac.ugm.aicare.sql.internal.lexer.Token;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;

/**
 * The connection a service line's migrations get when {@code status} renders them in its scratch
 * schema, inside a transaction that is rolled back. A migration that must run outside a transaction
 * ({@code CREATE INDEX CONCURRENTLY}, a non-transactional {@code IdempotentJavaMigration}) is told
 * the auto-commit mode it asked for, and its SQL is sent without the word {@code CONCURRENTLY}: on
 * the empty tables of a scratch schema building in place gives the same index, and that can run in
 * the transaction.
 */
public final class ScratchConnection {

    private ScratchConnection() {
    }

    /** Wraps a connection whose transaction demarcation is already ignored ({@link TransactionDataSource}). */
    public static Connection wrap(Connection connection) {
        EmulatedTransaction transaction = new EmulatedTransaction(connection);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setAutoCommit" -> {
                        transaction.setAutoCommit((Boolean) args[0]);
                        yield null;
                    }
                    case "getAutoCommit" -> transaction.autoCommit;
                    case "commit" -> {
                        transaction.commit();
                        yield null;
                    }
                    case "rollback" -> {
                        if (args == null || args.length == 0) {
                            transaction.rollback();
                            yield null;
                        }
                        yield invoke(connection, method, args);
                    }
                    case "createStatement" -> statement((Statement) invoke(connection, method, args), Statement.class);
                    case "prepareStatement" -> {
                        args[0] = inTransactionForm((String) args[0]);
                        yield statement((Statement) invoke(connection, method, args), PreparedStatement.class);
                    }
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> invoke(connection, method, args);
                });
    }

    private static <T extends Statement> T statement(Statement statement, Class<T> type) {
        return type.cast(Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (args != null && args.length > 0 && args[0] instanceof String sql
                            && (method.getName().startsWith("execute") || method.getName().equals("addBatch"))) {
                        args[0] = inTransactionForm(sql);
                    }
                    return switch (method.getName()) {
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        default -> invoke(statement, method, args);
                    };
                }));
    }

    /**
     * A transaction that code on an auto-commit connection opens itself (auto-commit off, then
     * {@code commit} or {@code rollback}), as the helpers do for a probe that they roll back or a
     * backfill batch: kept as a savepoint of the shared transaction, so that its rollback undoes
     * what it did and nothing else. Until the code turns auto-commit on, commit and rollback do
     * nothing, as on the shared transaction.
     */
    private static final class EmulatedTransaction {
        private final Connection connection;
        private boolean autoCommit;
        private Savepoint start;

        EmulatedTransaction(Connection connection) {
            this.connection = connection;
        }

        void setAutoCommit(boolean on) throws SQLException {
            if (on && start != null) {
                connection.releaseSavepoint(start); // turning auto-commit on commits
                start = null;
            } else if (!on && autoCommit) {
                start = connection.setSavepoint();
            }
            autoCommit = on;
        }

        void commit() throws SQLException {
            if (start != null) {
                connection.releaseSavepoint(start);
                start = connection.setSavepoint();
            }
        }

        void rollback() throws SQLException {
            if (start != null) {
                connection.rollback(start); // the savepoint stays, for the rest of this transaction
            }
        }
    }

    /** The SQL with every {@code CONCURRENTLY} keyword (not in a string, identifier or comment) removed. */
    static String inTransactionForm(String sql) {
        if (sql == null || !sql.toUpperCase(Locale.ROOT).contains("CONCURRENTLY")) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int copied = 0;
        for (Token token : SqlLexer.lex(sql).tokens()) {
            if (token.is("CONCURRENTLY")) {
                out.append(sql, copied, token.offset());
                copied = token.end();
            }
        }
        return out.append(sql, copied, sql.length()).toString();
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
