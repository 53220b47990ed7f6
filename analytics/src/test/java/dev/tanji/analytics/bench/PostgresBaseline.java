package dev.tanji.analytics.bench;

import dev.tanji.analytics.warehouse.CopyRows;
import dev.tanji.analytics.warehouse.RunRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The warehouse's tables in PostgreSQL, as an analyst would keep them there: {@code runs} and {@code line_items}
 * with the Parquet files' columns and types, loaded with COPY, with the indexes the queries' filters and joins call
 * for, vacuumed and analysed.
 */
final class PostgresBaseline {

    /** The indexes, beside the primary keys runs (run_id) and line_items (run_id, line_no). */
    static final List<String> INDEXES = List.of(
            "CREATE INDEX runs_company_product_year ON runs (company_id, product_id, reference_year)",
            "CREATE INDEX runs_product_year ON runs (product_id, reference_year)",
            "CREATE INDEX runs_year_category ON runs (reference_year, lower(category))",
            "CREATE INDEX line_items_company_product_year ON line_items (company_id, product_id, reference_year)");

    /** DuckDB's and Spark's DOUBLE, which PostgreSQL spells DOUBLE PRECISION (its DOUBLE alone is no type). */
    private static final Pattern DOUBLE = Pattern.compile("\\bDOUBLE\\b(?!\\s+PRECISION)", Pattern.CASE_INSENSITIVE);

    private final String host;
    private final int port;
    private final String user;
    private final String database;

    PostgresBaseline(String host, int port, String user, String database) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.database = database;
    }

    /**
     * A query resource's SQL as PostgreSQL runs it: {@code ${runs}} and {@code ${line_items}} become the tables'
     * names, and {@code DOUBLE} becomes {@code DOUBLE PRECISION}; nothing else changes.
     */
    static String sql(String resourceText) {
        String tables = resourceText.replace("${runs}", "runs").replace("${line_items}", "line_items");
        return DOUBLE.matcher(tables).replaceAll("DOUBLE PRECISION");
    }

    String database() {
        return database;
    }

    Connection connect() throws SQLException {
        return connect(database);
    }

    private Connection connect(String name) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + name, properties);
    }

    /** Whether the database exists and was last loaded completely with the runs {@code stamp} describes. */
    boolean holds(String stamp) {
        try (Connection admin = connect("postgres");
                var exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach PostgreSQL at " + host + ":" + port, e);
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT stamp FROM bench_stamp")) {
            return row.next() && stamp.equals(row.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    void recreate() {
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate database " + database, e);
        }
    }

    Load load() {
        try {
            return new Load(connect());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load database " + database, e);
        }
    }

    /**
     * One load: both tables created and filled in one transaction, so COPY can write their rows frozen (as a
     * bulk load should, sparing the first reads from setting hint bits); then indexes, VACUUM and ANALYZE.
     */
    static final class Load implements AutoCloseable {

        private final Connection connection;

        private Load(Connection connection) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(createTable("runs", CopyRows.Table.RUNS));
                statement.execute(createTable("line_items", CopyRows.Table.LINE_ITEMS));
            }
        }

        private static String createTable(String name, CopyRows.Table table) {
            return table.columns().stream()
                    .map(column -> column.name() + " " + column.sqlType())
                    .collect(Collectors.joining(",\n    ", "CREATE TABLE " + name + " (\n    ", "\n)"));
        }

        void copy(List<RunRecord> runs) {
            copy("runs", CopyRows.Table.RUNS, runs);
            copy("line_items", CopyRows.Table.LINE_ITEMS, runs);
        }

        private void copy(String name, CopyRows.Table table, List<RunRecord> runs) {
            try {
                var copyIn = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY " + name + " FROM STDIN WITH (FREEZE)");
                try (Writer out = new BufferedWriter(new OutputStreamWriter(
                        new PGCopyOutputStream(copyIn, 1 << 20), StandardCharsets.UTF_8), 1 << 20)) {
                    table.write(runs, out);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + name + " failed", e);
            } catch (IOException e) {
                throw new UncheckedIOException("COPY into " + name + " failed", e);
            }
        }

        void finish(String stamp) {
            try (Statement statement = connection.createStatement()) {
                connection.commit();
                connection.setAutoCommit(true);
                statement.execute("SET maintenance_work_mem = '1GB'");
                statement.execute("ALTER TABLE runs ADD PRIMARY KEY (run_id)");
                statement.execute("ALTER TABLE line_items ADD PRIMARY KEY (run_id, line_no)");
                for (String index : INDEXES) {
                    statement.execute(index);
                }
                statement.execute("VACUUM (ANALYZE) runs");
                statement.execute("VACUUM (ANALYZE) line_items");
                statement.execute("CREATE TABLE bench_stamp (stamp text NOT NULL)");
                try (var insert = connection.prepareStatement("INSERT INTO bench_stamp VALUES (?)")) {
                    insert.setString(1, stamp);
                    insert.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Indexing or analysing the loaded tables failed", e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
