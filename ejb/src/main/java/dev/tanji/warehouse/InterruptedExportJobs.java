package dev.tanji.warehouse;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * On start, once the store is migrated, marks the warehouse export jobs a stopped server left queued or running as
 * failed ({@value ExportJobRecords#INTERRUPTED}): no thread of this server will finish them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class InterruptedExportJobs {

    private static final Logger LOG = Logger.getLogger(InterruptedExportJobs.class.getName());

    @Inject
    ExportJobRecords records;

    @PostConstruct
    void markUnfinished() {
        int interrupted = records.interruptUnfinished(Instant.now());
        if (interrupted > 0) {
            LOG.warning(interrupted + " warehouse export job(s) were cut off when the server stopped; marked "
                    + ExportJobRecords.INTERRUPTED);
        }
    }
}
