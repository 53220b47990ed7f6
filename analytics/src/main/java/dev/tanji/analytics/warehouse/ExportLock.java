package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * One export at a time per warehouse, across processes too: an OS lock on {@code _export.lock}. Another process
 * waits for it; a second {@link ParquetWarehouse} on the same root in this JVM is refused, since the JVM holds
 * file locks per process.
 */
final class ExportLock implements AutoCloseable {

    private final FileChannel channel;

    private ExportLock(FileChannel channel) {
        this.channel = channel;
    }

    static ExportLock acquire(WarehouseLayout layout) throws IOException {
        Files.createDirectories(layout.root());
        FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock ignored = channel.lock();
            return new ExportLock(channel);
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new IllegalStateException("Another export into " + layout.root() + " is running in this JVM", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
