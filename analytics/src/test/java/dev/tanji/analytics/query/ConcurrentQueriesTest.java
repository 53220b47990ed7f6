package dev.tanji.analytics.query;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.analytics.warehouse.ParquetWarehouse;
import dev.tanji.analytics.warehouse.RunRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentQueriesTest {

    private static final int THREADS = 12;
    private static final int QUERIES_PER_THREAD = 20;

    @TempDir
    Path root;

    @Test
    void manyThreadsQueryingAtOnceAllGetTheSameAnswers() throws Exception {
        List<RunRecord> runs = IntStream.range(0, 40)
                .mapToObj(i -> aRun().at("foundry " + i % 4).in(2020 + i % 5)
                        .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "38.38")
                        .line("PRODUCTION", "electricity, grid", "14.5", "kWh", "8.41")
                        .build())
                .toList();
        new ParquetWarehouse(root).export(runs);

        try (WarehouseQueries queries = new WarehouseQueries(root, new DuckDbSettings("256MB", 2))) {
            List<FootprintTotal> expectedTotals = queries.totalsByProductFacilityYear();
            List<StageTotal> expectedStages = queries.stageTotals(runs.get(7).runId());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int thread = 0; thread < THREADS; thread++) {
                    answers.add(pool.submit(sameAnswers(queries, start, expectedTotals, expectedStages, runs.get(7))));
                }
                start.countDown();
                for (Future<Boolean> answer : answers) {
                    assertThat(answer.get(60, TimeUnit.SECONDS)).isTrue();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(expectedTotals).hasSize(20);
        }
    }

    private static Callable<Boolean> sameAnswers(WarehouseQueries queries, CountDownLatch start,
            List<FootprintTotal> expectedTotals, List<StageTotal> expectedStages, RunRecord run) {
        return () -> {
            start.await();
            for (int i = 0; i < QUERIES_PER_THREAD; i++) {
                boolean same = i % 2 == 0
                        ? queries.totalsByProductFacilityYear().equals(expectedTotals)
                        : queries.stageTotals(run.runId()).equals(expectedStages);
                if (!same) {
                    return false;
                }
            }
            return true;
        };
    }
}
