package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.DuckDb.Parameters.values;
import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.analytics.warehouse.ParquetWarehouse;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.analytics.warehouse.WarehouseAccess;
import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries in the process that exports see the warehouse before or after each export and fold, never in between: while
 * single-run exports fold small files again and again, every query finds every run once, and no file goes missing.
 */
class QueriesDuringFoldsTest {

    private static final int RUNS = 70;

    @TempDir
    Path root;

    @Test
    void queriesDuringExportsThatFoldSeeEveryRunOnce() throws Exception {
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            runs.add(aRun().id(UUID.nameUUIDFromBytes(("run " + i).getBytes())).of("Company " + (i % 5), "p " + i)
                    .in(2024).line("PRODUCTION", "electricity", "1.5", "kWh", "0." + i)
                    .line("RAW_MATERIAL_ACQUISITION", "steel", "2", "kg", "4").build());
        }
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        warehouse.export(runs.subList(0, 1));
        WarehouseLayout layout = new WarehouseLayout(root);
        String sql = "SELECT (SELECT count(*) FROM " + ParquetTable.readParquet(layout.runs()) + "),"
                + " (SELECT count(DISTINCT run_id) FROM " + ParquetTable.readParquet(layout.runs()) + "),"
                + " (SELECT count(*) FROM " + ParquetTable.readParquet(layout.lineItems()) + ")";
        ExecutorService exporter = Executors.newSingleThreadExecutor();
        int queries = 0;
        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("256MB", 2), WarehouseAccess.of(root).readLock())) {
            Future<?> exporting = exporter.submit(() -> runs.subList(1, RUNS)
                    .forEach(run -> warehouse.export(List.of(run))));
            while (!exporting.isDone()) {
                long[] counts = duckDb.query(sql, values(), row -> new long[] {row.getLong(1), row.getLong(2),
                        row.getLong(3)}).get(0);
                assertThat(counts[0]).as("runs rows, each run once").isEqualTo(counts[1]);
                assertThat(counts[2]).as("line rows, two a run").isEqualTo(2 * counts[1]);
                queries++;
            }
            exporting.get();
        } finally {
            exporter.shutdownNow();
        }

        assertThat(queries).as("queries while exporting").isGreaterThan(RUNS / 4);
        assertThat(layout.hasDataFiles(layout.runs())).isTrue();
    }
}
