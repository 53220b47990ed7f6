/**
 * A benchmark of the warehouse's analytic queries, run on demand rather than with the tests: a synthetic warehouse
 * of millions of line items ({@link dev.tanji.analytics.bench.SyntheticWarehouse}), the same rows in PostgreSQL
 * ({@link dev.tanji.analytics.bench.PostgresBaseline}), and {@link dev.tanji.analytics.bench.QueryBenchmark}, which
 * times the four questions in both engines and checks that they answer alike.
 */
package dev.tanji.analytics.bench;
