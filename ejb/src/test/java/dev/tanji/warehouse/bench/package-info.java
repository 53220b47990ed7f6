/**
 * A benchmark of exporting the store to the Parquet warehouse, run on demand rather than with the tests: a
 * PostgreSQL store filled with millions of synthetic run lines by set-based SQL
 * ({@link dev.tanji.warehouse.bench.StoreGenerator}), and {@link dev.tanji.warehouse.bench.ExportBenchmark}, which
 * times the product's export against DuckDB's appender and {@code COPY} of the same rows, and a pass that only reads
 * them.
 */
package dev.tanji.warehouse.bench;
