package dev.tanji.analytics.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * An in-memory DuckDB database held open by one root connection. Every query gets its own duplicate of it: the
 * duplicates share the database, its settings and its caches, and each is used by one thread only.
 *
 * <p>The driver is instantiated directly rather than looked up through {@code DriverManager}, which does not see
 * drivers in an application server's module class loaders. Queries that outgrow the memory limit spill to a
 * directory of their own under {@code java.io.tmpdir}, which DuckDB creates on first use and removes on close;
 * DuckDB's default, {@code .tmp} in the working directory, is often not writable in a server.
 *
 * <p>Parquet footers are kept once read ({@code parquet_metadata_cache}): a question about one company plans and
 * opens the same few files as the last one did. DuckDB checks a kept footer against its file before using it, and
 * the warehouse never rewrites a file in place (every file has a name of its own). Footers of files folded away stay
 * until evicted: the footers kept count within the memory limit, least recently used first out.
 */
final class DuckDb implements AutoCloseable {

    @FunctionalInterface
    interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;

        /** Binds {@code values} in order; a UUID as its text, as the warehouse stores ids. */
        static Parameters values(Object... values) {
            return statement -> {
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i] instanceof UUID id ? id.toString() : values[i];
                    statement.setObject(i + 1, value);
                }
            };
        }
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DuckDBConnection root;
    /** Held while a query runs: the read lock of the warehouse it reads ({@code WarehouseAccess}). */
    private final Lock reading;

    /** DuckDB for queries over files that nothing in this process changes. */
    DuckDb(DuckDbSettings settings) {
        this(settings, new ReentrantReadWriteLock().readLock());
    }

    /** DuckDB for queries over a warehouse, each run under {@code reading}. */
    DuckDb(DuckDbSettings settings, Lock reading) {
        this.reading = reading;
        Properties config = new Properties();
        config.setProperty("memory_limit", settings.memoryLimit());
        config.setProperty("threads", Integer.toString(settings.threads()));
        config.setProperty("autoinstall_known_extensions", "false");
        config.setProperty("temp_directory", spillDirectory().toString());
        try {
            root = (DuckDBConnection) new DuckDBDriver().connect("jdbc:duckdb:", config);
            try (Statement statement = root.createStatement()) {
                statement.execute("SET GLOBAL parquet_metadata_cache = true");
            } catch (SQLException e) {
                root.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException("Cannot start DuckDB with " + settings, e);
        }
    }

    private static Path spillDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "tanji-duckdb-" + UUID.randomUUID());
    }

    /** A statement to run, its parameters, and what each row of its answer becomes. */
    record Query<T>(String sql, Parameters parameters, RowMapper<T> mapper) {
    }

    <T> List<T> query(String sql, Parameters parameters, RowMapper<T> mapper) {
        Query<T> query = new Query<>(sql, parameters, mapper);
        return query(() -> query);
    }

    /**
     * Runs the query {@code choice} gives, which it chooses with the warehouse's files as the query will see them
     * (under the read lock); none (null) answers with no rows.
     */
    <T> List<T> query(Supplier<Query<T>> choice) {
        reading.lock();
        try {
            Query<T> query = choice.get();
            return query == null ? List.of() : run(query);
        } finally {
            reading.unlock();
        }
    }

    private <T> List<T> run(Query<T> query) {
        try (Connection connection = root.duplicate();
                PreparedStatement statement = connection.prepareStatement(query.sql())) {
            query.parameters().bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(query.mapper().map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new WarehouseQueryException("DuckDB query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new WarehouseQueryException("Cannot close DuckDB", e);
        }
    }
}
