/**
 * Reading calculation runs out of the product's transactional store (PostgreSQL, or the embedded H2; the schema the
 * server's Flyway migrations build) over plain JDBC, for export to the warehouse by the server and by the command
 * line.
 */
package dev.tanji.analytics.store;
