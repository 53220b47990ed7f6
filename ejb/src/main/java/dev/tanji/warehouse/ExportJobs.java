package dev.tanji.warehouse;

import dev.tanji.analytics.store.StoreReadException;
import dev.tanji.analytics.warehouse.ExportProgress;
import dev.tanji.analytics.warehouse.ExportResult;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Warehouse exports run in the background, each on a thread of its own from the managed thread factory (an export
 * may take longer than the managed executor's hung-task threshold), each followed by its progress. At most one job
 * is queued or running: asking again while one is returns that one. Jobs are recorded in the store
 * ({@link ExportJobRecords}) as they start, progress (every {@value #PROGRESS_SECONDS} seconds at most) and end, so
 * the latest {@value #KEPT} are listed after a restart too; one the server was running when it stopped is marked
 * {@value ExportJobRecords#INTERRUPTED} when the application starts again ({@link InterruptedExportJobs}). The
 * warehouse's manifest, not the job, says what is exported.
 */
@ApplicationScoped
class ExportJobs {

    static final int KEPT = 20;
    /** Seconds between records of a running job's progress, at most. */
    static final int PROGRESS_SECONDS = 2;

    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

    private final Clock clock = Clock.systemUTC();
    private Job current;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    StoreExport storeExport;

    @Inject
    ExportJobRecords records;

    synchronized ExportJobView start() {
        if (current != null) {
            return current.view();
        }
        Job job = new Job(UUID.randomUUID(), clock.instant());
        records.save(job.view());
        current = job;
        try {
            threads.newThread(() -> run(job)).start();
        } catch (RuntimeException e) {
            job.failed(clock.instant(), "EXPORT_FAILED", "The export could not be started: " + e.getMessage());
            finished(job);
        }
        return job.view();
    }

    synchronized Optional<ExportJobView> job(UUID id) {
        if (current != null && current.id.equals(id)) {
            return Optional.of(current.view());
        }
        return records.find(id);
    }

    /** The latest jobs, newest first; the running one as it stands. */
    synchronized List<ExportJobView> latest() {
        return records.latest(KEPT).stream()
                .map(job -> current != null && current.id.equals(job.id()) ? current.view() : job)
                .toList();
    }

    private void run(Job job) {
        job.started(clock.instant());
        try {
            ExportResult result = storeExport.all(job);
            job.succeeded(clock.instant(), result);
        } catch (IllegalArgumentException e) {
            fail(job, "VALUE_OUT_OF_RANGE", e);
        } catch (StoreReadException e) {
            fail(job, "STORE_READ_FAILED", e);
        } catch (UncheckedIOException e) {
            fail(job, "WAREHOUSE_WRITE_FAILED", e);
        } catch (RuntimeException e) {
            fail(job, "EXPORT_FAILED", e);
        } finally {
            finished(job);
        }
    }

    private void fail(Job job, String code, RuntimeException e) {
        LOG.log(Level.WARNING, "Warehouse export job " + job.id + " failed (" + code + ")", e);
        job.failed(clock.instant(), code, e.getMessage());
    }

    /** Records how the job ended, then lets the next one start. */
    private void finished(Job job) {
        try {
            records.save(job.view());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record how warehouse export job " + job.id + " ended", e);
        }
        synchronized (this) {
            if (current == job) {
                current = null;
            }
        }
    }

    /** Records a running job's progress, if the last record is old enough. */
    private void progressed(Job job) {
        Instant now = clock.instant();
        if (job.recordedAt == null || !now.isBefore(job.recordedAt.plusSeconds(PROGRESS_SECONDS))) {
            job.recordedAt = now;
            try {
                records.save(job.view());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not record the progress of warehouse export job " + job.id, e);
            }
        }
    }

    /** One job; its progress is written by the exporting thread and read by any. */
    private final class Job implements ExportProgress {

        private final UUID id;
        private final Instant requestedAt;
        private volatile ExportJobState state = ExportJobState.QUEUED;
        private volatile Instant startedAt;
        private volatile Instant finishedAt;
        private volatile Integer runsToWrite;
        private volatile int runsSkipped;
        private volatile int runsWritten;
        private volatile int linesWritten;
        private volatile int filesWritten;
        private volatile String errorCode;
        private volatile String errorMessage;
        /** When the exporting thread last recorded the job. */
        private Instant recordedAt;

        Job(UUID id, Instant requestedAt) {
            this.id = id;
            this.requestedAt = requestedAt;
        }

        void started(Instant at) {
            startedAt = at;
            state = ExportJobState.RUNNING;
            progressed(this);
        }

        @Override
        public void started(int toWrite, int skipped) {
            runsSkipped = skipped;
            runsToWrite = toWrite;
            recordedAt = null;
            progressed(this);
        }

        @Override
        public void written(int runs, int lineItems) {
            // one writer thread: plain increments of volatile fields are safe
            runsWritten += runs;
            linesWritten += lineItems;
            progressed(this);
        }

        void succeeded(Instant at, ExportResult result) {
            runsWritten = result.runsWritten();
            linesWritten = result.linesWritten();
            filesWritten = result.filesWritten().size();
            finishedAt = at;
            state = ExportJobState.SUCCEEDED;
        }

        void failed(Instant at, String code, String message) {
            errorCode = code;
            errorMessage = message;
            finishedAt = at;
            state = ExportJobState.FAILED;
        }

        ExportJobView view() {
            return new ExportJobView(id, state, requestedAt, startedAt, finishedAt, runsToWrite, runsWritten,
                    runsSkipped, linesWritten, filesWritten, errorCode, errorMessage);
        }
    }
}
