/**
 * Export of calculation runs to a Parquet warehouse that DuckDB, Spark and Trino read as it is.
 *
 * <p>Layout under the warehouse root, Hive-style partitioned by reference year:
 * <pre>
 * runs/reference_year=2024/part-&lt;export id&gt;.parquet        one row per run
 * line_items/reference_year=2024/part-&lt;export id&gt;.parquet  one row per inventory line, with the run's keys
 * _manifest/&lt;export id&gt;.txt                              what each export committed: data files and run ids
 * </pre>
 * The reference year lives only in the directory name; read with {@code hive_partitioning = true}.
 * Amounts and kg CO2e are DECIMAL(18,6) stored as INT64, times are INT64 TIMESTAMP(MICROS, UTC-adjusted),
 * ids are UTF8 strings, every file is ZSTD-compressed.
 *
 * <p>The manifest is the source of truth for what has been exported: it is written last, and data files
 * it does not name are leftovers of an export that died, removed by the next export.
 */
package dev.tanji.analytics.warehouse;
