package dev.tanji.warehouse.bench;

import dev.tanji.analytics.warehouse.RunKey;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.analytics.warehouse.RunSource;
import java.util.List;

/** A run source that counts the time spent in it: how long an export waits on, or works for, its reads. */
final class TimedSource implements RunSource {

    private final RunSource source;
    private volatile long keyNanos;
    private volatile long readNanos;

    TimedSource(RunSource source) {
        this.source = source;
    }

    @Override
    public List<RunKey> keys() {
        long started = System.nanoTime();
        try {
            return source.keys();
        } finally {
            keyNanos += System.nanoTime() - started;
        }
    }

    @Override
    public List<RunRecord> read(List<RunKey> runs) {
        long started = System.nanoTime();
        try {
            return source.read(runs);
        } finally {
            readNanos += System.nanoTime() - started;
        }
    }

    double keySeconds() {
        return keyNanos / 1e9;
    }

    double readSeconds() {
        return readNanos / 1e9;
    }
}
