package dev.tanji.it.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Creates or drops the PostgreSQL database of one integration-test run, so that runs never see each other's data.
 * Called by the build: {@code create|drop <admin-jdbc-url> <user> <database>}.
 */
public final class ItDatabase {

    private ItDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 4 || !args[3].matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("usage: create|drop <admin-jdbc-url> <user> <database [a-z0-9_]>");
        }
        String sql = switch (args[0]) {
            case "create" -> "CREATE DATABASE " + args[3];
            case "drop" -> "DROP DATABASE IF EXISTS " + args[3] + " WITH (FORCE)";
            default -> throw new IllegalArgumentException("unknown action " + args[0]);
        };
        Properties credentials = new Properties();
        credentials.setProperty("user", args[2]);
        // The driver directly: DriverManager does not see drivers loaded by the build's isolated class loader.
        try (Connection connection = new Driver().connect(args[1], credentials);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        System.out.println(sql);
    }
}
