package dev.tanji.warehouse;

import dev.tanji.analytics.store.StoreRuns;
import dev.tanji.analytics.warehouse.AnnualChangesUpdate;
import dev.tanji.analytics.warehouse.ExportProgress;
import dev.tanji.analytics.warehouse.ExportResult;
import dev.tanji.analytics.warehouse.ParquetWarehouse;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Exports runs from the store to this server's Parquet warehouse: read over JDBC a chunk at a time (the next
 * {@value ParquetWarehouse#READS_AHEAD} chunks on threads of their own, each on a connection of its own, while the
 * current one is encoded), outside any transaction, in bounded memory. Only this package's beans call it; they check
 * who asks. The reading threads come from the managed thread factory, not the managed executor: an export waits for
 * them, and a pool full of waiting exports would wait forever. After each export, the warehouse's
 * {@code annual_changes} is brought up to date with the runs it wrote.
 */
@ApplicationScoped
class StoreExport {

    private static final Logger LOG = Logger.getLogger(StoreExport.class.getName());

    @Resource(lookup = "java:jboss/datasources/TanjiDS")
    DataSource store;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Warehouse warehouse;

    ExportResult all(ExportProgress progress) {
        return export(StoreRuns.all(store::getConnection), progress);
    }

    ExportResult runs(Collection<UUID> runIds) {
        return export(StoreRuns.only(store::getConnection, runIds), ExportProgress.NONE);
    }

    private ExportResult export(StoreRuns runs, ExportProgress progress) {
        ExecutorService readAhead = Executors.newFixedThreadPool(ParquetWarehouse.READS_AHEAD, threads);
        ExportResult result;
        try {
            result = warehouse.files().export(runs, progress, readAhead);
        } finally {
            readAhead.shutdown();
        }
        updateAnnualChanges();
        return result;
    }

    /**
     * Brings the warehouse's {@code annual_changes} up to date with the runs exported, and logs what it did. The
     * export stands if this fails: the annual trend is then worked out from the line items, with the same answer,
     * until an update after a later export succeeds.
     */
    void updateAnnualChanges() {
        try {
            long start = System.nanoTime();
            AnnualChangesUpdate update = warehouse.files().updateAnnualChanges();
            if (update.kind() == AnnualChangesUpdate.Kind.REBUILT) {
                LOG.info(String.format("annual_changes rebuilt: %,d changes written in %.1f s",
                        update.changesWritten(), (System.nanoTime() - start) / 1e9));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Bringing annual_changes up to date failed; the annual trend reads the line"
                    + " items until the next export", e);
        }
    }
}
