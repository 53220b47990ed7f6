package dev.tanji.warehouse;

import java.time.Instant;
import java.util.UUID;

/**
 * A warehouse export job as it stands.
 *
 * @param runsToWrite the new runs the export found to write; null until it has started
 * @param runsWritten runs encoded so far (they become visible together, when the job succeeds)
 * @param errorCode why the job failed: {@code VALUE_OUT_OF_RANGE} (a figure does not fit the warehouse's
 *        DECIMAL(18,6)), {@code STORE_READ_FAILED}, {@code WAREHOUSE_WRITE_FAILED}, {@code EXPORT_FAILED}, or
 *        {@code INTERRUPTED} (the server stopped during the export)
 */
public record ExportJobView(UUID id, ExportJobState state, Instant requestedAt, Instant startedAt,
        Instant finishedAt, Integer runsToWrite, int runsWritten, int runsSkipped, int linesWritten,
        int filesWritten, String errorCode, String errorMessage) {

    /** Runs written out of those to write, 0 to 100; 100 once succeeded. */
    public double percentDone() {
        if (state == ExportJobState.SUCCEEDED) {
            return 100;
        }
        if (runsToWrite == null || runsToWrite == 0) {
            return 0;
        }
        return Math.min(100, 100.0 * runsWritten / runsToWrite);
    }
}
