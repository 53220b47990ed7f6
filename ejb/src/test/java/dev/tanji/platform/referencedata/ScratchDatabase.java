package dev.tanji.platform.referencedata;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * A fresh, empty database to migrate: an H2 in-memory database, or a new schema {@code tanji_ut_<random>} in the
 * PostgreSQL at 127.0.0.1:5432/test (user postgres, trust authentication) that {@link #drop()} removes again.
 */
public final class ScratchDatabase {

    private static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String url;
    private final String user;
    private final String schema;

    private ScratchDatabase(String url, String user, String schema) {
        this.url = url;
        this.user = user;
        this.schema = schema;
    }

    public static ScratchDatabase h2() {
        return new ScratchDatabase("jdbc:h2:mem:" + random() + ";DB_CLOSE_DELAY=-1", "sa", null);
    }

    public static ScratchDatabase postgresql() {
        return new ScratchDatabase(POSTGRESQL, "postgres", "tanji_ut_" + random());
    }

    /** The product's migrations as {@code DatabaseMigration} configures them, on this store. */
    public Flyway flyway() {
        return flyway("latest");
    }

    /** The product's migrations up to version {@code target} ({@code latest}: all of them), on this store. */
    public Flyway flyway(String target) {
        FluentConfiguration configuration = Flyway.configure()
                .target(target)
                .dataSource(url, user, "")
                .locations("classpath:db/migration")
                .javaMigrations(new V3__Reference_data());
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema);
        }
        return configuration.load();
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(schema == null ? url : url + "?currentSchema=" + schema, user, "");
    }

    public void drop() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(schema == null ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
