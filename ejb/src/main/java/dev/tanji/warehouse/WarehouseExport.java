package dev.tanji.warehouse;

import dev.tanji.analytics.warehouse.ExportProgress;
import dev.tanji.analytics.warehouse.ExportResult;
import dev.tanji.platform.NotFoundException;
import dev.tanji.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Exports calculation runs to the Parquet warehouse on demand: at once, or as a job that runs in the background and
 * reports its progress. Exporting is idempotent: runs already in the warehouse are skipped, so exporting everything
 * again only adds what is new. The warehouse holds every company's runs, so only an ADMIN exports or follows an
 * export; each run is also exported after its calculation ({@link ExportAfterCalculation}).
 *
 * <p>No transaction: an export reads the store in chunks of its own and may take minutes.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WarehouseExport {

    @Inject
    StoreExport storeExport;

    @Inject
    ExportJobs jobs;

    /** Exports every run not yet in the warehouse and returns when done. */
    public ExportResult exportAll() {
        return storeExport.all(ExportProgress.NONE);
    }

    /** Starts exporting every run not yet in the warehouse; the export already queued or running, if there is one. */
    public ExportJobView startExport() {
        return jobs.start();
    }

    public ExportJobView job(UUID id) {
        return jobs.job(id).orElseThrow(() -> new NotFoundException("warehouse export job", id));
    }

    /** The latest jobs, newest first. */
    public List<ExportJobView> jobs() {
        return jobs.latest();
    }
}
