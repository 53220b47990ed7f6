package dev.tanji.warehouse;

import dev.tanji.analytics.query.DuckDbSettings;
import dev.tanji.analytics.query.WarehouseQueries;
import dev.tanji.analytics.warehouse.ParquetWarehouse;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/**
 * The one Parquet warehouse of this server and its DuckDB query engine, under {@code <tanji.data.dir>/warehouse}.
 * DuckDB's memory and threads are bounded by {@code tanji.duckdb.memory-limit} and {@code tanji.duckdb.threads};
 * the memory and threads of the DuckDB that brings {@code annual_changes} up to date after exports by
 * {@code tanji.duckdb.update-memory-limit} and {@code tanji.duckdb.update-threads}.
 */
@ApplicationScoped
public class Warehouse {

    private ParquetWarehouse files;
    private WarehouseQueries queries;
    private Path root;

    @PostConstruct
    void open() {
        root = Path.of(System.getProperty("tanji.data.dir", System.getProperty("user.home") + "/.tanji/data"))
                .resolve("warehouse");
        files = new ParquetWarehouse(root, System.getProperty("tanji.duckdb.update-memory-limit", "1GB"),
                Integer.getInteger("tanji.duckdb.update-threads", 2));
        queries = new WarehouseQueries(root, new DuckDbSettings(
                System.getProperty("tanji.duckdb.memory-limit", "512MB"),
                Integer.getInteger("tanji.duckdb.threads", 2)));
    }

    @PreDestroy
    void close() {
        queries.close();
    }

    public Path root() {
        return root;
    }

    ParquetWarehouse files() {
        return files;
    }

    WarehouseQueries queries() {
        return queries;
    }
}
