package dev.tanji.warehouse;

import dev.tanji.footprint.application.RunCalculated;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Exports each new run once its transaction has committed, on a managed executor, so the calculating mutation
 * never waits for Parquet. Runs calculated while an export is under way wait in a queue and go out together in the
 * next one: a burst of calculations becomes a few exports of many runs, not one export (and a few small files) per
 * run. A failed export is logged; the next export (automatic or on demand) writes its runs.
 */
@ApplicationScoped
public class ExportAfterCalculation {

    private static final Logger LOG = Logger.getLogger(ExportAfterCalculation.class.getName());
    /** The most runs one export after calculation takes; the rest wait for the next. */
    static final int MAX_RUNS_PER_EXPORT = 10_000;

    private final Queue<UUID> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    @Resource
    ManagedExecutorService executor;

    @Inject
    StoreExport export;

    void onCalculated(@Observes(during = TransactionPhase.AFTER_SUCCESS) RunCalculated event) {
        waiting.add(event.runId());
        drainLater();
    }

    private void drainLater() {
        if (!waiting.isEmpty() && draining.compareAndSet(false, true)) {
            executor.submit(this::drain);
        }
    }

    private void drain() {
        try {
            List<UUID> runs = new ArrayList<>();
            UUID run;
            while (runs.size() < MAX_RUNS_PER_EXPORT && (run = waiting.poll()) != null) {
                runs.add(run);
            }
            if (!runs.isEmpty()) {
                export.runs(runs);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Export of new runs to the warehouse failed; the next export writes them", e);
        } finally {
            draining.set(false);
            drainLater();
        }
    }
}
