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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Warehouse exports run in the background, each on a thread of its own from the managed thread factory (an export
 * may take longer than the managed executor's hung-task threshold), each followed by its progress. At most one job
 * is queued or running: asking again while one is returns that one. The last {@value #KEPT} jobs are remembered
 * (in memory: a restart forgets them, and the warehouse's manifest, not the job, says what is exported).
 */
@ApplicationScoped
class ExportJobs {

    static final int KEPT = 20;

    private static final Logger LOG = Logger.getLogger(ExportJobs.class.getName());

    private final Map<UUID, Job> jobs = new LinkedHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private Job current;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    StoreExport storeExport;

    synchronized ExportJobView start() {
        if (current != null) {
            return current.view();
        }
        Job job = new Job(UUID.randomUUID(), clock.instant());
        jobs.put(job.id, job);
        forgetOld();
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
        return Optional.ofNullable(jobs.get(id)).map(Job::view);
    }

    synchronized List<ExportJobView> latest() {
        List<ExportJobView> views = new ArrayList<>();
        jobs.values().forEach(job -> views.add(0, job.view()));
        return views;
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

    private synchronized void finished(Job job) {
        if (current == job) {
            current = null;
        }
    }

    private void forgetOld() {
        Iterator<Job> oldestFirst = jobs.values().iterator();
        while (jobs.size() > KEPT && oldestFirst.hasNext()) {
            if (oldestFirst.next() != current) {
                oldestFirst.remove();
            }
        }
    }

    /** One job; its progress is written by the exporting thread and read by any. */
    private static final class Job implements ExportProgress {

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

        Job(UUID id, Instant requestedAt) {
            this.id = id;
            this.requestedAt = requestedAt;
        }

        void started(Instant at) {
            startedAt = at;
            state = ExportJobState.RUNNING;
        }

        @Override
        public void started(int toWrite, int skipped) {
            runsSkipped = skipped;
            runsToWrite = toWrite;
        }

        @Override
        public void written(int runs, int lineItems) {
            // one writer thread: plain increments of volatile fields are safe
            runsWritten += runs;
            linesWritten += lineItems;
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
