/**
 * The analytics warehouse as the server runs it: runs exported to Parquet after each calculation and on demand,
 * and DuckDB queries over the exported files.
 */
package dev.tanji.warehouse;
