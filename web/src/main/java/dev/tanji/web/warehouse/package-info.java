/** GraphQL access to the Parquet warehouse: export on demand, and DuckDB-answered footprint totals. */
package dev.tanji.web.warehouse;
