package dev.tanji.analytics.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import org.duckdb.DuckDBDriver;

/**
 * An in-memory DuckDB of its own for one piece of an export's work over the warehouse's files (a fold, bringing
 * {@code annual_changes} up to date), closed when that is done. It spills past its memory limit into a directory of
 * its own under {@code java.io.tmpdir}, which DuckDB removes on close.
 */
final class WarehouseDuckDb {

    private WarehouseDuckDb() {
    }

    static Connection open(String memoryLimit, int threads) throws SQLException {
        Properties config = new Properties();
        config.setProperty("memory_limit", memoryLimit);
        config.setProperty("threads", Integer.toString(threads));
        config.setProperty("autoinstall_known_extensions", "false");
        config.setProperty("temp_directory", Path.of(System.getProperty("java.io.tmpdir"),
                "tanji-warehouse-" + UUID.randomUUID()).toString());
        // the driver itself: DriverManager does not see drivers in an application server's module class loaders
        return new DuckDBDriver().connect("jdbc:duckdb:", config);
    }

    static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
