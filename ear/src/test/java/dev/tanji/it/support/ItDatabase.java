package dev.tanji.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

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
        try (Connection connection = DriverManager.getConnection(args[1], args[2], "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        System.out.println(sql);
    }
}
