package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files are written under a staging name beside their final name and renamed into place. The staging name starts
 * with a dot and does not end in {@code .parquet}, so neither DuckDB's {@code *.parquet} glob nor Spark and Hive
 * (which skip names starting with {@code .} or {@code _}) ever see a half-written file.
 */
final class AtomicFiles {

    private static final String STAGING_SUFFIX = ".inprogress";

    private AtomicFiles() {
    }

    static Path stagingFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + STAGING_SUFFIX);
    }

    static boolean isStaging(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(STAGING_SUFFIX);
    }

    /** Flushes the staged file to disk, then renames it into place in one step. */
    static void publish(Path staged, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
