package dev.tanji.analytics.query;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.analytics.warehouse.ParquetWarehouse;
import dev.tanji.analytics.warehouse.RunRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trend asked while runs are exported one at a time, each export followed by an update of {@code annual_changes}
 * (and, every 16 updates, a fold of its files): every answer is the trend of the runs exported up to some point, from
 * the line items or from the table, never a mix, a change twice or a change missing.
 */
class QueriesDuringAnnualChangesUpdatesTest {

    private static final int PRODUCTS = 4;
    private static final int FIRST_YEAR = 2010;
    private static final int YEARS = 10;

    @TempDir
    Path root;

    @Test
    void everyAnswerIsTheTrendOfTheRunsExportedSoFar() throws Exception {
        // year after year, each product in turn: the n-th export adds its product's change of that year
        List<RunRecord> runs = new ArrayList<>();
        Map<String, BigDecimal> kgByProductYear = new HashMap<>();
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            for (int product = 0; product < PRODUCTS; product++) {
                String kg = (100 + product * 10 + (year - FIRST_YEAR) * (product + 1)) + ".5";
                runs.add(aRun().of("Company " + product, "product " + product).in(year)
                        .line("PRODUCTION", "electricity", "10", "kWh", kg).build());
                kgByProductYear.put("product " + product + "/" + year, new BigDecimal(kg));
            }
        }
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        warehouse.export(runs.subList(0, 1));
        warehouse.updateAnnualChanges();
        ExecutorService exporter = Executors.newSingleThreadExecutor();
        // the last run exported: from then on, every answer has its change, from the line items or the table
        AtomicInteger exported = new AtomicInteger();
        int queries = 0;
        Set<Integer> sizesSeen = new TreeSet<>();
        try (WarehouseQueries trendQueries = new WarehouseQueries(root, new DuckDbSettings("256MB", 2))) {
            Future<?> exporting = exporter.submit(() -> {
                for (int index = 1; index < runs.size(); index++) {
                    warehouse.export(List.of(runs.get(index)));
                    exported.set(index);
                    warehouse.updateAnnualChanges();
                }
            });
            while (!exporting.isDone()) {
                int before = exported.get();
                List<AnnualChange> trend = trendQueries.annualTrend(TrendCriteria.ofCompany(null));
                int latest = assertIsTheTrendOfAPrefix(trend, kgByProductYear);
                if (before >= PRODUCTS) {
                    assertThat(latest).as("the runs exported before the query")
                            .isGreaterThanOrEqualTo(before);
                }
                sizesSeen.add(trend.size());
                queries++;
            }
            exporting.get();
            List<AnnualChange> last = trendQueries.annualTrend(TrendCriteria.ofCompany(null));
            assertIsTheTrendOfAPrefix(last, kgByProductYear);
            assertThat(last).hasSize(PRODUCTS * (YEARS - 1));
        } finally {
            exporter.shutdownNow();
        }

        assertThat(queries).as("queries while exporting").isGreaterThan(runs.size() / 4);
        assertThat(sizesSeen).as("answers of different lengths seen").hasSizeGreaterThan(3);
    }

    /**
     * The changes of the first n runs exported, for some n: each change once, each the difference of its product's
     * runs of that year and the year before, and every change exported before the latest one in the answer there too.
     *
     * @return the export index of the latest run in the answer
     */
    private static int assertIsTheTrendOfAPrefix(List<AnnualChange> trend, Map<String, BigDecimal> kg) {
        Set<String> keys = trend.stream().map(change -> change.product() + "/" + change.referenceYear())
                .collect(Collectors.toSet());
        assertThat(keys).as("each change once").hasSize(trend.size());
        int latest = -1;
        for (AnnualChange change : trend) {
            assertThat(change.previousYear()).isEqualTo(change.referenceYear() - 1);
            BigDecimal now = kg.get(change.product() + "/" + change.referenceYear());
            BigDecimal before = kg.get(change.product() + "/" + change.previousYear());
            assertThat(change.totalKgCo2e()).isEqualByComparingTo(now);
            assertThat(change.previousTotalKgCo2e()).isEqualByComparingTo(before);
            assertThat(change.changeKgCo2e()).isEqualByComparingTo(now.subtract(before));
            latest = Math.max(latest, exportIndex(change));
        }
        // the first PRODUCTS runs start their products and have no change
        assertThat(trend).as("every change exported up to the latest one in the answer")
                .hasSize(Math.max(0, latest - PRODUCTS + 1));
        return latest;
    }

    /** Where the change's run came in the export order. */
    private static int exportIndex(AnnualChange change) {
        int product = Integer.parseInt(change.product().substring("product ".length()));
        return (change.referenceYear() - FIRST_YEAR) * PRODUCTS + product;
    }
}
