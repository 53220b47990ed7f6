package dev.tanji.analytics.warehouse;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.analytics.query.DuckDbSettings;
import dev.tanji.analytics.query.FootprintTotal;
import dev.tanji.analytics.query.WarehouseQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports from a {@link RunSource} larger than one chunk: read a chunk at a time, ahead, in bounded memory. */
class StreamingExportTest {

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    private final ExecutorService readAhead = Executors.newSingleThreadExecutor();

    /** 1,203 runs over two years: 2022 takes two full chunks and one of 3 runs, 2023 one of 200. */
    private final List<RunRecord> runs = runs();

    @AfterEach
    void stop() {
        readAhead.shutdownNow();
    }

    @Test
    void readsTheSourceAChunkAtATimeOnTheReadAheadExecutorAndReportsProgress() {
        CountingSource source = new CountingSource(runs);
        List<String> progress = Collections.synchronizedList(new ArrayList<>());

        ExportResult result = new ParquetWarehouse(root).export(source, new ExportProgress() {
            @Override
            public void started(int runsToWrite, int runsSkipped) {
                progress.add("started " + runsToWrite + " " + runsSkipped);
            }

            @Override
            public void written(int written, int lineItems) {
                progress.add(written + " " + lineItems);
            }
        }, readAhead);

        assertThat(result.runsWritten()).isEqualTo(1_203);
        assertThat(result.linesWritten()).isEqualTo(2_406);
        assertThat(source.chunkSizes).containsExactly(500, 500, 3, 200);
        assertThat(source.readThreads).allSatisfy(thread -> assertThat(thread).isNotEqualTo(Thread.currentThread()));
        assertThat(progress).containsExactly("started 1203 0", "500 1000", "500 1000", "3 6", "200 400");
        assertThat(result.filesWritten()).hasSize(4);
    }

    @Test
    void readsTwoChunksAtOnceAndWritesThemInRowOrder() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(ParquetWarehouse.READS_AHEAD);
        try {
            CountDownLatch secondReadStarted = new CountDownLatch(1);
            CountingSource source = new CountingSource(runs);
            source.beforeRead = chunk -> {
                if (chunk == 2) {
                    secondReadStarted.countDown();
                } else if (chunk == 1 && !await(secondReadStarted)) {
                    throw new IllegalStateException("the second chunk was not read while the first was");
                }
            };

            new ParquetWarehouse(root).export(source, ExportProgress.NONE, readers);
            new ParquetWarehouse(elsewhere).export(runs);

            Map<String, byte[]> files = dataFiles(root);
            assertThat(files).hasSize(4);
            dataFiles(elsewhere).forEach((file, bytes) -> assertThat(files.get(file)).as(file).isEqualTo(bytes));
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void writesTheSameWarehouseAsTheRunsInMemory() {
        new ParquetWarehouse(root).export(new CountingSource(runs), ExportProgress.NONE, readAhead);
        new ParquetWarehouse(elsewhere).export(runs);

        assertThat(totals(root)).isEqualTo(totals(elsewhere)).hasSize(1_203);
    }

    @Test
    void aSourceThatFailsHalfWayLeavesThePreviousWarehouseAsItWasAndTheNextExportFinishes() {
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        warehouse.export(runs.subList(0, 10));
        Map<String, Integer> before = WarehouseFiles.snapshot(root);
        CountingSource failing = new CountingSource(runs);
        failing.failAtChunk = 3;

        assertThatThrownBy(() -> warehouse.export(failing, ExportProgress.NONE, readAhead))
                .hasMessage("store gone");

        assertThat(WarehouseFiles.snapshot(root)).isEqualTo(before);
        ExportResult next = warehouse.export(new CountingSource(runs), ExportProgress.NONE, readAhead);
        assertThat(next.runsWritten()).isEqualTo(1_193);
        assertThat(next.runsSkipped()).isEqualTo(10);
        assertThat(totals(root)).hasSize(1_203);
    }

    @Test
    void aSourceThatGivesAnotherRunThanOfferedFailsTheExport() {
        RunSource wrong = new RunSource() {
            @Override
            public List<RunKey> keys() {
                return List.of(RunKey.of(runs.get(0)));
            }

            @Override
            public List<RunRecord> read(List<RunKey> keys) {
                return List.of(runs.get(1));
            }
        };

        assertThatThrownBy(() -> new ParquetWarehouse(root).export(wrong, ExportProgress.NONE, readAhead))
                .hasMessageContaining("did not give run " + runs.get(0).runId());
        assertThat(WarehouseFiles.names(root)).noneMatch(name -> name.endsWith(".parquet"));
    }

    @Test
    void manyManifestFilesAreFoldedIntoOneThatNamesTheSameRunsAndFiles() throws Exception {
        // small data files left as they are: their folds would add manifest files of their own (SmallFilesTest)
        ParquetWarehouse warehouse = new ParquetWarehouse(root, ParquetWarehouse.ROW_GROUP_ROWS, Integer.MAX_VALUE,
                PublishListener.NONE);
        for (int i = 0; i < Manifest.COMPACT_AT + 1; i++) {
            warehouse.export(List.of(runs.get(i)));
        }
        assertThat(manifestFiles()).hasSize(Manifest.COMPACT_AT + 1);
        List<FootprintTotal> totals = totals(root);

        ExportResult again = warehouse.export(runs.subList(0, Manifest.COMPACT_AT + 2));

        assertThat(again.runsWritten()).isEqualTo(1);
        assertThat(again.runsSkipped()).isEqualTo(Manifest.COMPACT_AT + 1);
        assertThat(manifestFiles()).hasSize(2).anyMatch(name -> name.startsWith("compacted-"));
        assertThat(totals(root)).containsAll(totals).hasSize(totals.size() + 1);
        ExportResult nothing = warehouse.export(runs.subList(0, Manifest.COMPACT_AT + 2));
        assertThat(nothing.runsWritten()).isZero();
    }

    private List<String> manifestFiles() throws Exception {
        try (Stream<Path> files = Files.list(root.resolve("_manifest"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt")).toList();
        }
    }

    private static List<RunRecord> runs() {
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            int year = i < 1_003 ? 2022 : 2023;
            runs.add(aRun().id(UUID.nameUUIDFromBytes(("run " + i).getBytes()))
                    .of("Company " + (i % 7), "product " + i).in(year)
                    .line("RAW_MATERIAL_ACQUISITION", "steel", "2." + i, "kg", "4." + i)
                    .line("PRODUCTION", "electricity", "1.5", "kWh", "0." + i)
                    .build());
        }
        return runs;
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Each data file's bytes by table and partition: {@code line_items/reference_year=2022}. */
    private static Map<String, byte[]> dataFiles(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(path -> path.toString().endsWith(".parquet")).toList()) {
                files.put(root.relativize(file.getParent()).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<FootprintTotal> totals(Path root) {
        try (WarehouseQueries queries = new WarehouseQueries(root, new DuckDbSettings("256MB", 1))) {
            return queries.totalsByProductFacilityYear();
        }
    }

    /** The runs, read as a store would be: records built on each read, each read counted. */
    private static final class CountingSource implements RunSource {

        private final InMemoryRuns runs;
        private final List<Integer> chunkSizes = Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> readThreads = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger reads = new AtomicInteger();
        private int failAtChunk = -1;
        /** Called with each read's number (from 1) as it starts. */
        private IntConsumer beforeRead = chunk -> { };

        CountingSource(List<RunRecord> runs) {
            this.runs = new InMemoryRuns(runs);
        }

        @Override
        public List<RunKey> keys() {
            return runs.keys();
        }

        @Override
        public List<RunRecord> read(List<RunKey> keys) {
            int chunk = reads.incrementAndGet();
            beforeRead.accept(chunk);
            if (chunk == failAtChunk) {
                throw new IllegalStateException("store gone");
            }
            chunkSizes.add(keys.size());
            readThreads.add(Thread.currentThread());
            return runs.read(keys);
        }
    }
}
