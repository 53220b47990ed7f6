/**
 * {@code tanji-warehouse}, the command-line tool for analysts: the warehouse queries over a warehouse directory,
 * printed as an aligned table or as CSV. Each subcommand is a class of its own, listed in
 * {@link dev.tanji.analytics.cli.WarehouseCli}; the query subcommands share
 * {@link dev.tanji.analytics.cli.QueryOptions}.
 */
package dev.tanji.analytics.cli;
