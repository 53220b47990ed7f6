package dev.tanji.warehouse;

/** Where a warehouse export job is. */
public enum ExportJobState {
    /** Waiting for a thread, or for the export under way to release the warehouse. */
    QUEUED,
    RUNNING,
    /** Every new run is in the warehouse. */
    SUCCEEDED,
    /** Nothing of this job is visible; the previous warehouse stands and the next export writes its runs. */
    FAILED
}
