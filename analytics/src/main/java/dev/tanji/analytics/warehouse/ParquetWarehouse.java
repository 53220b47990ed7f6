package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Lock;

/**
 * Appends calculation runs to the Parquet warehouse under a root directory.
 *
 * <p>Each export writes one {@code runs} file and one {@code line_items} file per reference year, all under
 * staging names, then publishes the {@code line_items} files before the {@code runs} files (so a run never shows
 * before its lines), then commits its manifest. Runs already committed are skipped, so exporting the same runs
 * again changes nothing. A reader globbing the tables between a crash and the next export may see the rows of the
 * dead export; the next export removes them and writes those runs again.
 *
 * <p>Publishing, committing and deleting files happen under the warehouse's write lock ({@link WarehouseAccess}),
 * which queries in this process take to read.
 *
 * <p>Before writing, an export folds each partition's small files into one once there are {@value #FOLD_AT} of them
 * ({@link SmallFiles}): exports after single calculations would otherwise leave a file per calculation.
 *
 * <p>An export also lists the products at facilities whose runs it writes as pending for {@code annual_changes}
 * ({@link AnnualChanges}), which {@link #updateAnnualChanges} then brings up to date; until it does, the annual trend
 * is worked out from the line items.
 *
 * <p>Runs are read from their {@link RunSource} {@value #CHUNK_RUNS} at a time, the next chunk on the given executor
 * while the current one is encoded, so that reading the store and encoding Parquet use a core each and memory stays
 * bounded whatever the size of the export.
 */
public final class ParquetWarehouse {

    /**
     * Rows per row group: DuckDB reads row groups in parallel and skips those whose statistics rule them out, so a
     * year of a million lines makes eight, each holding a few hundred companies' lines.
     */
    static final int ROW_GROUP_ROWS = 131_072;
    /**
     * Rows per row group of the runs table: about as many runs as a line-items row group holds the lines of (a few
     * dozen lines a run), so that a question about one company decodes a few thousand runs of a year rather than all
     * of them (through {@code WarehouseQueries}, a year of 23,000 runs: one company's facilities 9.4-11.6 ms in one
     * row group, 7.2-8.9 ms in groups of 4,096; README, query benchmark).
     */
    static final int RUN_ROW_GROUP_ROWS = 4_096;
    /** Runs read from the source at a time. */
    static final int CHUNK_RUNS = 500;
    /**
     * Chunks asked of the read-ahead executor ahead of the one being written; give it as many threads. Reading a
     * chunk alternates between the store running a statement and this process decoding its rows; with two chunks
     * read at once, one's statements run while the other's rows are decoded.
     */
    public static final int READS_AHEAD = 2;
    /** Files of fewer rows than a row group that a partition may hold before an export folds them into one. */
    static final int FOLD_AT = 16;

    private final WarehouseLayout layout;
    private final int lineRowGroupRows;
    private final int runRowGroupRows;
    private final PublishListener listener;
    private final SmallFiles smallFiles;
    private final AnnualChanges annualChanges;
    private final Lock changingFiles;

    public ParquetWarehouse(Path root) {
        this(root, AnnualChanges.MEMORY_LIMIT);
    }

    /**
     * @param updateMemoryLimit the memory of the DuckDB that brings {@code annual_changes} up to date, in DuckDB's
     *        notation ({@code "1GB"}, {@code "512MB"}); past it, it spills to {@code java.io.tmpdir}
     */
    public ParquetWarehouse(Path root, String updateMemoryLimit) {
        this(root, updateMemoryLimit, AnnualChanges.THREADS);
    }

    /**
     * @param updateMemoryLimit as above
     * @param updateThreads the threads of that DuckDB, at least 1
     */
    public ParquetWarehouse(Path root, String updateMemoryLimit, int updateThreads) {
        this(root, ROW_GROUP_ROWS, RUN_ROW_GROUP_ROWS, FOLD_AT, PublishListener.NONE, updateMemoryLimit,
                updateThreads);
    }

    /** A warehouse whose files of either table end a row group at {@code rowGroupRows} rows. */
    ParquetWarehouse(Path root, int rowGroupRows, PublishListener listener) {
        this(root, rowGroupRows, FOLD_AT, listener);
    }

    ParquetWarehouse(Path root, int rowGroupRows, int foldAt, PublishListener listener) {
        this(root, rowGroupRows, rowGroupRows, foldAt, listener);
    }

    ParquetWarehouse(Path root, int lineRowGroupRows, int runRowGroupRows, int foldAt, PublishListener listener) {
        this(root, lineRowGroupRows, runRowGroupRows, foldAt, listener, AnnualChanges.MEMORY_LIMIT,
                AnnualChanges.THREADS);
    }

    private ParquetWarehouse(Path root, int lineRowGroupRows, int runRowGroupRows, int foldAt,
            PublishListener listener, String updateMemoryLimit, int updateThreads) {
        if (updateMemoryLimit == null || updateMemoryLimit.isBlank()) {
            throw new IllegalArgumentException("Give the memory limit of annual_changes updates, as \"1GB\"");
        }
        if (updateThreads < 1) {
            throw new IllegalArgumentException("annual_changes updates need at least 1 thread, not " + updateThreads);
        }
        this.layout = new WarehouseLayout(root);
        this.lineRowGroupRows = lineRowGroupRows;
        this.runRowGroupRows = runRowGroupRows;
        this.listener = listener;
        this.changingFiles = WarehouseAccess.of(layout.root()).writeLock();
        this.smallFiles = new SmallFiles(layout, lineRowGroupRows, runRowGroupRows, foldAt, listener, changingFiles);
        this.annualChanges = new AnnualChanges(layout, foldAt, updateMemoryLimit, updateThreads, listener,
                changingFiles);
    }

    /**
     * Writes the runs not yet in the warehouse.
     *
     * @throws IllegalArgumentException if a value does not fit DECIMAL(18,6); nothing is written then
     * @throws UncheckedIOException if the disk fails; the warehouse is left as it was
     */
    public ExportResult export(Collection<RunRecord> runs) {
        return export(new InMemoryRuns(runs), ExportProgress.NONE, Runnable::run);
    }

    /**
     * Writes the runs of {@code source} not yet in the warehouse, reading ahead on {@code readAhead}.
     *
     * @throws IllegalArgumentException if a value does not fit DECIMAL(18,6); nothing is written then
     * @throws UncheckedIOException if the disk fails; the warehouse is left as it was
     * @throws RuntimeException whatever the source throws; the warehouse is left as it was
     */
    public synchronized ExportResult export(RunSource source, ExportProgress progress, Executor readAhead) {
        try (ExportLock lock = ExportLock.acquire(layout)) {
            Manifest manifest = Manifest.readCompacting(layout);
            changingFiles.lock();
            try {
                Leftovers.remove(layout, manifest);
            } finally {
                changingFiles.unlock();
            }
            smallFiles.fold(manifest);
            Batch batch = Batch.select(source.keys(), manifest);
            progress.started(batch.size(), batch.skipped());
            if (batch.isEmpty()) {
                return ExportResult.nothingNew(batch.skipped());
            }
            String exportId = UUID.randomUUID().toString();
            StagedExport export = new StagedExport(listener);
            AnnualChanges.Pending pending = null;
            try {
                int lines = write(batch, exportId, export, source, progress, readAhead);
                pending = annualChanges.stagePending(batch, manifest);
                List<Path> files;
                changingFiles.lock();
                try {
                    // annual_changes is behind from before these runs show: queries work the trend out without it
                    pending.publish();
                    // every line of the export before any of its runs: a run never shows before its lines
                    files = export.publish(Comparator.comparing(file -> !file.startsWith(layout.lineItems())));
                    Manifest.commit(layout, exportId, files, batch.runIds());
                } finally {
                    changingFiles.unlock();
                }
                return new ExportResult(batch.size(), batch.skipped(), lines, files);
            } catch (IOException | RuntimeException e) {
                export.rollBack(e);
                if (pending != null) {
                    pending.rollBack(e);
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Export into " + layout.root() + " failed", e);
        }
    }

    /**
     * Brings {@code annual_changes} up to date with the runs exported so far, which the annual trend then reads
     * instead of the line items. Until then, and if this fails, the trend is worked out from the line items.
     *
     * @throws UncheckedIOException if DuckDB or the disk fails; the table is left as it was
     */
    public synchronized AnnualChangesUpdate updateAnnualChanges() {
        try (ExportLock lock = ExportLock.acquire(layout)) {
            return annualChanges.update(Manifest.readCompacting(layout));
        } catch (IOException e) {
            throw new UncheckedIOException("Bringing the annual changes of " + layout.root() + " up to date failed",
                    e);
        }
    }

    private int write(Batch batch, String exportId, StagedExport export, RunSource source, ExportProgress progress,
            Executor readAhead) throws IOException {
        List<List<RunKey>> chunks = new ArrayList<>();
        for (int year : batch.years()) {
            List<RunKey> runs = batch.runs(year);
            for (int from = 0; from < runs.size(); from += CHUNK_RUNS) {
                chunks.add(runs.subList(from, Math.min(runs.size(), from + CHUNK_RUNS)));
            }
        }
        int lines = 0;
        YearFiles year = null;
        Deque<CompletableFuture<List<RunRecord>>> reads = new ArrayDeque<>();
        int requested = 0;
        try {
            while (requested < chunks.size() && reads.size() < READS_AHEAD) {
                reads.add(read(source, chunks.get(requested++), readAhead));
            }
            for (int i = 0; i < chunks.size(); i++) {
                List<RunKey> keys = chunks.get(i);
                List<RunRecord> runs = await(reads.remove());
                if (requested < chunks.size()) {
                    reads.add(read(source, chunks.get(requested++), readAhead));
                }
                int referenceYear = keys.get(0).referenceYear();
                if (year == null || year.referenceYear != referenceYear) {
                    if (year != null) {
                        year.close();
                    }
                    year = new YearFiles(referenceYear, exportId, export);
                }
                int chunkLines = 0;
                for (int r = 0; r < keys.size(); r++) {
                    RunRecord run = runs.get(r);
                    Batch.check(keys.get(r), run);
                    chunkLines += year.write(run);
                }
                lines += chunkLines;
                progress.written(keys.size(), chunkLines);
            }
            year.close();
            year = null;
            return lines;
        } finally {
            if (year != null) {
                year.abort();
            }
            reads.forEach(read -> read.cancel(false));
        }
    }

    private static CompletableFuture<List<RunRecord>> read(RunSource source, List<RunKey> chunk, Executor executor) {
        return CompletableFuture.supplyAsync(() -> source.read(chunk), executor);
    }

    private static List<RunRecord> await(CompletableFuture<List<RunRecord>> chunk) {
        try {
            return chunk.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The staged files of one reference year: its runs and, if it has any, its line items. */
    private final class YearFiles {

        private final int referenceYear;
        private final StagedExport export;
        private final Path lineItemsTarget;
        private final TableFile<LineItemsTable.Row> lineItems;
        private final TableFile<RunRecord> runs;
        private int lineCount;

        YearFiles(int referenceYear, String exportId, StagedExport export) throws IOException {
            this.referenceYear = referenceYear;
            this.export = export;
            this.lineItemsTarget = layout.dataFile(layout.lineItems(), referenceYear, exportId);
            this.lineItems = ParquetFiles.open(export.stage(lineItemsTarget), new LineItemsTable(), lineRowGroupRows);
            this.runs = ParquetFiles.open(export.stage(layout.dataFile(layout.runs(), referenceYear, exportId)),
                    new RunsTable(), runRowGroupRows);
        }

        int write(RunRecord run) throws IOException {
            for (LineRecord line : run.lines()) {
                lineItems.write(new LineItemsTable.Row(run, line));
            }
            runs.write(run);
            lineCount += run.lines().size();
            return run.lines().size();
        }

        void close() throws IOException {
            try (TableFile<RunRecord> closingRuns = runs) {
                lineItems.close();
            }
            if (lineCount == 0) {
                export.discard(lineItemsTarget);
            }
        }

        /** Gives up both files: the export is failing already and removes its staged files. */
        void abort() {
            lineItems.abort();
            runs.abort();
        }
    }
}
