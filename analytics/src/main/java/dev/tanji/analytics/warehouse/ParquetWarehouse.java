package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Appends calculation runs to the Parquet warehouse under a root directory.
 *
 * <p>Each export writes one {@code runs} file and one {@code line_items} file per reference year, all under
 * staging names, then publishes the {@code line_items} files before the {@code runs} files (so a run never shows
 * before its lines), then commits its manifest. Runs already committed are skipped, so exporting the same runs
 * again changes nothing. A reader globbing the tables between a crash and the next export may see the rows of the
 * dead export; the next export removes them and writes those runs again.
 */
public final class ParquetWarehouse {

    /**
     * Rows per row group: DuckDB reads row groups in parallel and skips those whose statistics rule them out, so a
     * year of a million lines makes eight, each holding a few hundred companies' lines.
     */
    static final int ROW_GROUP_ROWS = 131_072;

    private final WarehouseLayout layout;
    private final int rowGroupRows;
    private final PublishListener listener;

    public ParquetWarehouse(Path root) {
        this(root, ROW_GROUP_ROWS, PublishListener.NONE);
    }

    ParquetWarehouse(Path root, int rowGroupRows, PublishListener listener) {
        this.layout = new WarehouseLayout(root);
        this.rowGroupRows = rowGroupRows;
        this.listener = listener;
    }

    /**
     * Writes the runs not yet in the warehouse.
     *
     * @throws IllegalArgumentException if a value does not fit DECIMAL(18,6); nothing is written then
     * @throws UncheckedIOException if the disk fails; the warehouse is left as it was
     */
    public synchronized ExportResult export(Collection<RunRecord> runs) {
        try (ExportLock lock = ExportLock.acquire(layout)) {
            Manifest manifest = Manifest.read(layout);
            Leftovers.remove(layout, manifest);
            Batch batch = Batch.select(runs, manifest);
            if (batch.isEmpty()) {
                return ExportResult.nothingNew(batch.skipped());
            }
            List<Path> files = write(batch, UUID.randomUUID().toString());
            return new ExportResult(batch.runIds().size(), batch.skipped(), batch.lineCount(), files);
        } catch (IOException e) {
            throw new UncheckedIOException("Export into " + layout.root() + " failed", e);
        }
    }

    private List<Path> write(Batch batch, String exportId) throws IOException {
        StagedExport export = new StagedExport(listener);
        try {
            for (int year : batch.years()) {
                List<LineItemsTable.Row> lines = LineItemsTable.Row.of(batch.runs(year));
                if (!lines.isEmpty()) {
                    export.stage(layout.dataFile(layout.lineItems(), year, exportId),
                            file -> ParquetFiles.write(file, new LineItemsTable(), lines, rowGroupRows));
                }
            }
            for (int year : batch.years()) {
                export.stage(layout.dataFile(layout.runs(), year, exportId),
                        file -> ParquetFiles.write(file, new RunsTable(), batch.runs(year), rowGroupRows));
            }
            List<Path> files = export.publish();
            Manifest.commit(layout, exportId, files, batch.runIds());
            return files;
        } catch (IOException | RuntimeException e) {
            export.rollBack(e);
            throw e;
        }
    }
}
