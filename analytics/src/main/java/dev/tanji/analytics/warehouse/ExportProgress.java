package dev.tanji.analytics.warehouse;

/**
 * Told how a long export advances: once what it will write, then after each chunk of runs. Called on the exporting
 * thread; an implementation must return quickly.
 */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
    };

    /** The export holds the warehouse's lock and knows its work: {@code runsToWrite} new runs. */
    default void started(int runsToWrite, int runsSkipped) {
    }

    /** Another {@code runs} runs with their {@code lineItems} lines are written (staged, not yet visible). */
    default void written(int runs, int lineItems) {
    }
}
