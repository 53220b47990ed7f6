package dev.tanji.warehouse;

import dev.tanji.footprint.application.RunCalculated;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Exports each new run once its transaction has committed, on a managed executor, so the calculating mutation
 * never waits for Parquet. A failed export is logged; the next export (automatic or on demand) writes the run.
 */
@ApplicationScoped
public class ExportAfterCalculation {

    private static final Logger LOG = Logger.getLogger(ExportAfterCalculation.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    WarehouseExport export;

    void onCalculated(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunCalculated event) {
        executor.submit(() -> {
            try {
                export.exportRuns(List.of(event.runId()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Export of run " + event.runId() + " to the warehouse failed", e);
            }
        });
    }
}
