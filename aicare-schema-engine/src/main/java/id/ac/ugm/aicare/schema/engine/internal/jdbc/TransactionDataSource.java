package id.ac.ugm.aicare.schema.engine.internal.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose every connection is the one connection of {@code init}'s open transaction, so
 * that Flyway's baseline (history table and marker row, written by Flyway itself) commits or rolls
 * back together with the tables. Flyway's own transaction demarcation on it is ignored: {@code commit},
 * {@code rollback}, {@code setAutoCommit} and {@code close} do nothing ({@code rollback(savepoint)} rolls
 * back to the caller's savepoint); {@code init} ends the transaction once, after everything.
 */
public final class TransactionDataSource implements DataSource {

    private final Connection connection;
    private final Connection shared;

    public TransactionDataSource(Connection connection) {
        this(connection, UnaryOperator.identity());
    }

    /** The same, handing out the shared connection as {@code decorate} wraps it. */
    public TransactionDataSource(Connection connection, UnaryOperator<Connection> decorate) {
        this.connection = connection;
        this.shared = decorate.apply(transactionBound(connection));
    }

    private static Connection transactionBound(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    // A rollback to a savepoint the caller set inside the shared transaction stays inside it.
                    case "rollback" -> args == null || args.length == 0 ? null : invoke(connection, method, args);
                    case "commit", "setAutoCommit", "close", "setTransactionIsolation", "setReadOnly" -> null;
                    case "getAutoCommit", "isClosed", "isReadOnly" -> false;
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "init transaction " + connection;
                    default -> {
                        try {
                            yield method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    private static Object invoke(Connection connection, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection() {
        return shared;
    }

    @Override
    public Connection getConnection(String username, String password) {
        return shared;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws java.sql.SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new java.sql.SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    public Connection connection() {
        return connection;
    }
}
