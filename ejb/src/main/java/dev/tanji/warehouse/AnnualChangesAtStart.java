package dev.tanji.warehouse;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/**
 * On start, brings the warehouse's {@code annual_changes} up to date when it is behind its runs: a warehouse exported
 * by a version that did not keep the table, or an update cut off when the server stopped. The update runs on the
 * managed executor, so the server does not wait for it; until it is done the annual trend is worked out from the
 * line items, with the same answer.
 */
@Singleton
@Startup
public class AnnualChangesAtStart {

    private static final Logger LOG = Logger.getLogger(AnnualChangesAtStart.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    Warehouse warehouse;

    @Inject
    StoreExport export;

    @PostConstruct
    void start() {
        catchUp(executor);
    }

    /** Asks {@code executor} to bring {@code annual_changes} up to date if it is behind; whether it asked. */
    boolean catchUp(Executor executor) {
        WarehouseLayout layout = new WarehouseLayout(warehouse.root());
        if (!layout.hasDataFiles(layout.runs()) || layout.annualChangesUpToDate()) {
            return false;
        }
        LOG.info("annual_changes of " + warehouse.root() + " is behind its runs; bringing it up to date");
        executor.execute(export::updateAnnualChanges);
        return true;
    }
}
