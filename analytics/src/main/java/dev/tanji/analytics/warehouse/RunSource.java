package dev.tanji.analytics.warehouse;

import java.util.List;

/**
 * Where an export takes runs from: first the keys of every run on offer (small, read at once), then the runs it
 * does not hold yet, in full, a chunk at a time, so that a store of any size is exported in bounded memory.
 */
public interface RunSource {

    /** Every run this source offers. */
    List<RunKey> keys();

    /**
     * The given runs in full, in the order given. May be called from another thread than {@link #keys()}, but never
     * by two threads at once.
     */
    List<RunRecord> read(List<RunKey> runs);
}
