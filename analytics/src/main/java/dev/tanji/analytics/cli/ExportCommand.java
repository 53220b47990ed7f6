package dev.tanji.analytics.cli;

import dev.tanji.analytics.store.ConnectionFactory;
import dev.tanji.analytics.store.ReusedConnections;
import dev.tanji.analytics.store.StoreReadException;
import dev.tanji.analytics.store.StoreRuns;
import dev.tanji.analytics.warehouse.AnnualChangesUpdate;
import dev.tanji.analytics.warehouse.ExportProgress;
import dev.tanji.analytics.warehouse.ExportResult;
import dev.tanji.analytics.warehouse.ParquetWarehouse;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export}: the store's runs not yet in the warehouse, written to it, with progress on standard error. It
 * reads the store directly, so it works with the server stopped (the embedded H2 database opens in one process at a
 * time) as well as running (PostgreSQL); the server and this command may export to the same warehouse at once: the
 * warehouse's lock file makes one wait for the other.
 */
@Command(name = "export",
        description = "Exports the store's runs not yet in the warehouse to it (incremental, idempotent; the previous"
                + " warehouse stays readable until the export commits). Progress goes to standard error.")
final class ExportCommand implements Callable<Integer> {

    /** Least time between two progress lines. */
    static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

    @Spec
    private CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "<jdbc-url>",
            description = "The store's JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/tanji or, with the server"
                    + " stopped, jdbc:h2:file:$HOME/.tanji/data/tanji")
    private String store;

    @Option(names = "--user", paramLabel = "<name>", description = "The store's user (default: none; sa for H2).")
    private String user;

    @Option(names = "--password-env", paramLabel = "<variable>", defaultValue = "TANJI_DB_PASSWORD",
            description = "The environment variable holding the store's password (default: ${DEFAULT-VALUE}).")
    private String passwordVariable;

    @Option(names = "--warehouse", required = true, paramLabel = "<dir>",
            description = "The warehouse's root directory; created if missing.")
    private Path warehouse;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // opened once for the export, not once per chunk of runs, as the server's pool does
        ReusedConnections connections = new ReusedConnections(ConnectionFactory.of(store, user,
                System.getenv(passwordVariable)));
        Progress progress = new Progress(err, System::nanoTime);
        ExecutorService readAhead = Executors.newFixedThreadPool(ParquetWarehouse.READS_AHEAD, runnable -> {
            Thread thread = new Thread(runnable, "store-read-ahead");
            thread.setDaemon(true);
            return thread;
        });
        try {
            ParquetWarehouse files = new ParquetWarehouse(warehouse);
            ExportResult result = files.export(StoreRuns.all(connections), progress, readAhead);
            double seconds = progress.seconds();
            out.printf(Locale.ROOT, "Wrote %,d runs and %,d line items in %d files to %s in %.1f s (%.3f M line"
                    + " items/s); %,d runs were already there%n", result.runsWritten(), result.linesWritten(),
                    result.filesWritten().size(), warehouse, seconds,
                    seconds > 0 ? result.linesWritten() / seconds / 1e6 : 0, result.runsSkipped());
            out.flush();
            long started = System.nanoTime();
            AnnualChangesUpdate update = files.updateAnnualChanges();
            out.printf(Locale.ROOT, "annual_changes: %s (%,d changes written) in %.1f s%n",
                    update.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), update.changesWritten(),
                    (System.nanoTime() - started) / 1e9);
            out.flush();
            return 0;
        } catch (StoreReadException | UncheckedIOException | IllegalArgumentException e) {
            err.println(code(e) + ": " + e.getMessage());
            err.println("Nothing of this export is visible; the warehouse is as it was.");
            err.flush();
            return 1;
        } finally {
            readAhead.shutdownNow();
            closeQuietly(connections);
        }
    }

    private static void closeQuietly(ReusedConnections connections) {
        try {
            connections.close();
        } catch (SQLException e) {
            // the export is over; a connection that fails to close changes nothing of it
        }
    }

    private static String code(RuntimeException e) {
        if (e instanceof StoreReadException) {
            return "STORE_READ_FAILED";
        }
        return e instanceof UncheckedIOException ? "WAREHOUSE_WRITE_FAILED" : "VALUE_OUT_OF_RANGE";
    }

    /** Prints how far the export is, at most every {@link #PROGRESS_EVERY_NANOS}, and once at the start. */
    static final class Progress implements ExportProgress {

        private final PrintWriter err;
        private final LongSupplier clock;
        private final long start;
        private long lastPrinted;
        private int runsToWrite;
        private int runsWritten;
        private long linesWritten;

        Progress(PrintWriter err, LongSupplier clock) {
            this.err = err;
            this.clock = clock;
            this.start = clock.getAsLong();
            this.lastPrinted = start;
        }

        @Override
        public void started(int toWrite, int skipped) {
            runsToWrite = toWrite;
            err.printf(Locale.ROOT, "%,d new runs to export; %,d already in the warehouse%n", toWrite, skipped);
            err.flush();
        }

        @Override
        public void written(int runs, int lineItems) {
            runsWritten += runs;
            linesWritten += lineItems;
            long now = clock.getAsLong();
            if (now - lastPrinted >= PROGRESS_EVERY_NANOS) {
                lastPrinted = now;
                double seconds = (now - start) / 1e9;
                err.printf(Locale.ROOT, "%,d of %,d runs (%.1f %%), %,d line items, %.3f M line items/s%n",
                        runsWritten, runsToWrite, 100.0 * runsWritten / runsToWrite, linesWritten,
                        linesWritten / seconds / 1e6);
                err.flush();
            }
        }

        double seconds() {
            return (clock.getAsLong() - start) / 1e9;
        }
    }
}
