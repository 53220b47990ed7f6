/**
 * Analytic queries over the Parquet warehouse with an in-process DuckDB.
 *
 * <p>One in-memory DuckDB database per {@link dev.tanji.analytics.query.WarehouseQueries}; each query runs on its
 * own duplicate of the root connection, closed afterwards, because a DuckDB JDBC connection must not be shared
 * between threads. DuckDB reads the Parquet files directly and takes no lock on them, so the DuckDB CLI, Spark or
 * Trino can read the same files at the same time.
 */
package dev.tanji.analytics.query;
