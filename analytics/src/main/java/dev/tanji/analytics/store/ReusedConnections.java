package dev.tanji.analytics.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The connections of a factory kept open and handed out again once their user closes them, as a server's connection
 * pool does: outside a server, an export would otherwise open a connection per chunk of runs, and a connection to
 * PostgreSQL is a server process of its own, started and ended each time (about a quarter of PostgreSQL's time in
 * an export). A connection comes back in auto-commit mode, a transaction left open rolled back. Closing this closes
 * them all.
 */
public final class ReusedConnections implements ConnectionFactory, AutoCloseable {

    private final ConnectionFactory factory;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private final List<Connection> opened = new ArrayList<>();
    private boolean closed;

    public ReusedConnections(ConnectionFactory factory) {
        this.factory = factory;
    }

    @Override
    public synchronized Connection open() throws SQLException {
        if (closed) {
            throw new SQLException("These connections are closed");
        }
        Connection connection = idle.poll();
        if (connection == null || connection.isClosed()) {
            connection = factory.open();
            opened.add(connection);
        }
        return lent(connection);
    }

    /** The number of connections opened so far. */
    public synchronized int opened() {
        return opened.size();
    }

    @Override
    public synchronized void close() throws SQLException {
        closed = true;
        SQLException failure = null;
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        opened.clear();
        idle.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private synchronized void giveBack(Connection connection) throws SQLException {
        if (closed || connection.isClosed()) {
            connection.close();
            return;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        idle.push(connection);
    }

    /** {@code connection} as its user sees it: closing it gives it back, once. */
    private Connection lent(Connection connection) {
        InvocationHandler handler = new InvocationHandler() {

            private boolean returned;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close" -> {
                        if (!returned) {
                            returned = true;
                            giveBack(connection);
                        }
                        return null;
                    }
                    case "isClosed" -> {
                        return returned || connection.isClosed();
                    }
                    default -> {
                        if (returned) {
                            throw new SQLException("Connection already closed");
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }
}
