/**
 * Analytic queries over the Parquet warehouse with an in-process DuckDB.
 *
 * <p>One in-memory DuckDB database per {@link dev.tanji.analytics.query.WarehouseQueries}; each query runs on its
 * own duplicate of the root connection, closed afterwards, because a DuckDB JDBC connection must not be shared
 * between threads. DuckDB reads the Parquet files directly and takes no lock on them, so the DuckDB CLI, Spark or
 * Trino can read the same files at the same time.
 *
 * <p>The analytic queries (facilities, annual trend, factor-set comparison, benchmark) keep their SQL in resource
 * files beside these classes ({@code facilities.sql}, ...), each with a header listing its parameters in order.
 * Their SQL keeps to the common ground of DuckDB and Spark SQL 3.5 (CTEs, standard window functions,
 * {@code percentile_cont ... WITHIN GROUP}, {@code CASE}, {@code CAST}) so that, with {@code ${runs}} and
 * {@code ${line_items}} replaced by view names and the parameters by literals, Spark can run the same text. Sums
 * and differences of kg CO2e stay DECIMAL with six places; ratios are computed in DOUBLE and cast back to six
 * places.
 */
package dev.tanji.analytics.query;
