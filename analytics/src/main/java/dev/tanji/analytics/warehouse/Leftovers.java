package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Cleans up after an export that died: staged files, and data files it published that no manifest names. Those
 * runs are not in the manifest, so the next export writes them again; removing the files first keeps them from
 * being counted twice. So too for an update of {@code annual_changes} that died: its list of products still to take
 * in is still there, and the next update does the work again.
 */
final class Leftovers {

    private Leftovers() {
    }

    static void remove(WarehouseLayout layout, Manifest manifest) throws IOException {
        for (Path table : List.of(layout.runs(), layout.lineItems())) {
            for (Path partition : layout.partitions(table)) {
                deleteStaged(partition);
            }
            for (Path dataFile : layout.dataFiles(table)) {
                if (!manifest.names(dataFile)) {
                    Files.deleteIfExists(dataFile);
                }
            }
        }
        if (Files.isDirectory(layout.annualChanges())) {
            deleteStaged(layout.annualChanges());
            for (Path dataFile : WarehouseLayout.dataFilesIn(layout.annualChanges())) {
                if (!manifest.names(dataFile)) {
                    Files.deleteIfExists(dataFile);
                }
            }
        }
        if (Files.isDirectory(layout.manifest())) {
            deleteStaged(layout.manifest());
        }
    }

    private static void deleteStaged(Path dir) throws IOException {
        for (Path file : WarehouseLayout.filesIn(dir)) {
            if (AtomicFiles.isStaging(file)) {
                Files.deleteIfExists(file);
            }
        }
    }
}
