package dev.tanji.warehouse;

/** Where a warehouse export job is. */
public enum ExportJobState {
    /** Waiting for its thread to start. */
    QUEUED,
    /** Started: waiting for an export under way to release the warehouse (runsToWrite still null), or writing. */
    RUNNING,
    /** Every new run is in the warehouse. */
    SUCCEEDED,
    /** Nothing of this job is visible; the previous warehouse stands and the next export writes its runs. */
    FAILED
}
