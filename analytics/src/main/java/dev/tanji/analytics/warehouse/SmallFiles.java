package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.stream.Collectors;

/**
 * Folds a partition's small data files into one. The export after each calculation writes a file of a few rows per
 * table and year; a year of such exports would leave DuckDB, Spark or Trino thousands of files to open for rows that
 * fit in one. Once a partition holds {@code foldAt} files of fewer rows than a row group, the next export merges them
 * (at most {@value #MOST_PER_FOLD} files and {@value #MOST_ROWS_PER_GROUP} row groups' rows at a time) into one file
 * in the tables' row order (by company, product and facility id, calculation time, run id, line number) and commits
 * it in their place: the manifest names it and lists them as replaced. Only then are they deleted. A merged file
 * still short of a row group is small too, and is merged again with later ones.
 *
 * <p>The merge is DuckDB's: parquet-java reads Parquet only through Hadoop MapReduce classes this module leaves out.
 * The merged file has the same columns and types (the year stays in the directory name only); its columns are optional
 * where an export's are required, and its integers carry the signed-integer annotation that an unannotated INT32 means:
 * DuckDB, Spark and Trino read both alike.
 *
 * <p>A reader globbing the files sees the merged rows twice for the moment between the merged file's publication and
 * the deletion of the files it replaces, as it sees a dead export's rows until the next export. A crash in between is
 * cleaned up by the next export ({@link Leftovers}): a merged file no manifest names is deleted, and so are replaced
 * files still there.
 */
final class SmallFiles {

    /** Files merged into one at most: each is opened at once. */
    static final int MOST_PER_FOLD = 256;
    /** Rows merged into one at most, in row groups: the merge sorts them, in an export after a calculation. */
    static final int MOST_ROWS_PER_GROUP = 8;

    private final WarehouseLayout layout;
    private final int lineRowGroupRows;
    private final int runRowGroupRows;
    private final int foldAt;
    private final PublishListener listener;
    private final Lock changingFiles;

    SmallFiles(WarehouseLayout layout, int lineRowGroupRows, int runRowGroupRows, int foldAt, PublishListener listener,
            Lock changingFiles) {
        this.layout = layout;
        this.lineRowGroupRows = lineRowGroupRows;
        this.runRowGroupRows = runRowGroupRows;
        this.foldAt = foldAt;
        this.listener = listener;
        this.changingFiles = changingFiles;
    }

    /**
     * Folds the small files of each partition that has {@code foldAt} of them, as many times as it takes: a warehouse
     * of thousands of small files comes out of one export with fewer than {@code foldAt} in each partition. (Files
     * merged by this call are not merged again before the next.)
     */
    void fold(Manifest manifest) throws IOException {
        for (Path table : List.of(layout.lineItems(), layout.runs())) {
            for (Path partition : layout.partitions(table)) {
                int rowGroupRows = table.equals(layout.lineItems()) ? lineRowGroupRows : runRowGroupRows;
                for (List<Path> small = small(partition, manifest, rowGroupRows); small.size() >= foldAt;
                        small = small(partition, manifest, rowGroupRows)) {
                    merge(table, partition, small, rowGroupRows);
                }
            }
        }
    }

    /** The next small files of {@code partition} to merge, if it has {@code foldAt} files the manifest names. */
    private List<Path> small(Path partition, Manifest manifest, int rowGroupRows) throws IOException {
        List<Path> named = WarehouseLayout.dataFilesIn(partition).stream().filter(manifest::names).toList();
        List<Path> small = new ArrayList<>();
        if (named.size() < foldAt) {
            return small;
        }
        long rows = 0;
        for (Path file : named) {
            long fileRows = ParquetFiles.rowCount(file);
            if (fileRows < rowGroupRows && small.size() < MOST_PER_FOLD
                    && rows + fileRows <= (long) MOST_ROWS_PER_GROUP * rowGroupRows) {
                small.add(file);
                rows += fileRows;
            }
        }
        return small;
    }

    private void merge(Path table, Path partition, List<Path> small, int rowGroupRows) throws IOException {
        String foldId = UUID.randomUUID().toString();
        Path target = partition.resolve("part-" + foldId + ".parquet");
        Path staged = AtomicFiles.stagingFor(target);
        try {
            copySorted(small, staged, table.equals(layout.lineItems()), rowGroupRows);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staged, e);
            throw e;
        }
        putInPlaceOf(small, foldId, target, layout, listener, changingFiles);
    }

    /**
     * Puts the merged file {@code target} (staged) in place of the files it {@code replaces}: publishes it, commits
     * the fold {@code foldId}, then deletes them, under {@code changingFiles}, so that queries in this process see the
     * files before the fold or after it, never both. If it cannot be committed, the merged file is removed.
     */
    static void putInPlaceOf(List<Path> replaces, String foldId, Path target, WarehouseLayout layout,
            PublishListener listener, Lock changingFiles) throws IOException {
        Path staged = AtomicFiles.stagingFor(target);
        changingFiles.lock();
        try {
            try {
                AtomicFiles.publish(staged, target);
                listener.published(target);
                Manifest.commitFold(layout, "fold-" + foldId, target, replaces);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(staged, e);
                deleteQuietly(target, e);
                throw e;
            }
            // committed: a replaced file this cannot delete is deleted by the next export
            for (Path replaced : replaces) {
                Files.deleteIfExists(replaced);
            }
        } finally {
            changingFiles.unlock();
        }
    }

    private void copySorted(List<Path> files, Path staged, boolean lineItems, int rowGroupRows) throws IOException {
        String sources = files.stream().map(file -> WarehouseDuckDb.sqlString(file.toString()))
                .collect(Collectors.joining(", "));
        String order = "company_id, product_id, facility_id, calculated_at, run_id" + (lineItems ? ", line_no" : "");
        try (Connection duckDb = WarehouseDuckDb.open("256MB", 1);
                Statement statement = duckDb.createStatement()) {
            statement.execute("COPY (SELECT * FROM read_parquet([" + sources + "], hive_partitioning = false)"
                    + " ORDER BY " + order + ") TO " + WarehouseDuckDb.sqlString(staged.toString())
                    + " (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE " + rowGroupRows + ")");
        } catch (SQLException e) {
            throw new IOException("Could not merge " + files.size() + " files into " + staged, e);
        }
    }

    private static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
