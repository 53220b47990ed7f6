package dev.tanji.analytics.cli;

import dev.tanji.analytics.query.DuckDbSettings;
import dev.tanji.analytics.query.WarehouseQueries;
import dev.tanji.analytics.query.WarehouseQueryException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every query subcommand takes: the warehouse, the output format and DuckDB's limits. */
final class QueryOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--warehouse", required = true, paramLabel = "<dir>",
            description = "The warehouse's root directory (the one holding runs/ and line_items/).")
    private Path warehouse;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv",
            converter = OutputFormat.Converter.class,
            description = "table: aligned columns with a header (default); csv: RFC 4180, ids included.")
    private OutputFormat format;

    @Option(names = "--memory-limit", defaultValue = "1GB", paramLabel = "<size>",
            description = "DuckDB's memory limit, e.g. 512MB, 2GB (default: ${DEFAULT-VALUE}).")
    private String memoryLimit;

    @Option(names = "--threads", paramLabel = "<n>",
            description = "DuckDB's worker threads (default: one per processor).")
    private Integer threads;

    /**
     * Runs a query and prints its table on standard output: exit code 0. A query that fails prints its code and
     * message on standard error: exit code 1.
     */
    int print(Function<WarehouseQueries, Table<?>> query) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (WarehouseQueries queries = open()) {
            format.print(query.apply(queries), out);
            out.flush();
            return 0;
        } catch (WarehouseQueryException e) {
            err.println(e.code() + ": " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    private WarehouseQueries open() {
        if (!Files.isDirectory(warehouse)) {
            throw new ParameterException(spec.commandLine(), "No warehouse directory at " + warehouse);
        }
        int duckDbThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try {
            return new WarehouseQueries(warehouse, new DuckDbSettings(memoryLimit, duckDbThreads));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, null);
        }
    }
}
