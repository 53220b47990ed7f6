package dev.tanji.analytics.warehouse;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Who reads and who changes a warehouse's files in this process. A query holds the read lock while DuckDB lists and
 * reads the files; an export holds the write lock while it publishes, commits and deletes files, a matter of
 * milliseconds. So a query in this process never sees an export's line items without their runs, a fold's merged
 * file next to the files it replaces, or a file deleted under it. Readers in other processes (the DuckDB CLI, Spark,
 * a server reading a warehouse the command-line export writes) are not covered: a reader globbing the files there may
 * meet those moments.
 */
public final class WarehouseAccess {

    private static final ConcurrentMap<Path, ReadWriteLock> LOCKS = new ConcurrentHashMap<>();

    private WarehouseAccess() {
    }

    /** The lock of the warehouse at {@code root}, the same for every caller in this process; fair to writers. */
    public static ReadWriteLock of(Path root) {
        return LOCKS.computeIfAbsent(root.toAbsolutePath().normalize(), key -> new ReentrantReadWriteLock(true));
    }
}
