package dev.tanji.warehouse.bench;

import dev.tanji.analytics.store.ConnectionFactory;
import dev.tanji.platform.referencedata.V3__Reference_data;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * One PostgreSQL schema holding a store, as the product's migrations lay it out: where the generator writes and the
 * export reads ({@code currentSchema} on every connection).
 */
record StoreSchema(String url, String user, String schema) {

    StoreSchema {
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain schema name: " + schema);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user,
                "");
    }

    ConnectionFactory connections() {
        return this::connect;
    }

    /** Drops the schema with everything in it and migrates it afresh with the product's migrations. */
    void recreate() throws SQLException {
        drop();
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        Flyway.configure()
                .dataSource(url, user, "")
                .locations("classpath:db/migration")
                .javaMigrations(new V3__Reference_data())
                .schemas(schema)
                .defaultSchema(schema)
                .load()
                .migrate();
    }

    void drop() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Override
    public String toString() {
        return url + " schema " + schema;
    }
}
