package dev.tanji.analytics.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens a connection to the store; the caller closes it. A {@code DataSource::getConnection} is one. */
@FunctionalInterface
public interface ConnectionFactory {

    Connection open() throws SQLException;

    /** Connections by {@link DriverManager} to {@code url}, as {@code user} with {@code password}. */
    static ConnectionFactory of(String url, String user, String password) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return () -> DriverManager.getConnection(url, properties);
    }
}
