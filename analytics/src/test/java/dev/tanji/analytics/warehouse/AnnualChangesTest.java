package dev.tanji.analytics.warehouse;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.analytics.query.AnnualChange;
import dev.tanji.analytics.query.DuckDbSettings;
import dev.tanji.analytics.query.TrendCriteria;
import dev.tanji.analytics.query.WarehouseQueries;
import dev.tanji.analytics.warehouse.AnnualChangesUpdate.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnualChangesTest {

    private static final TrendCriteria EVERY_COMPANY = TrendCriteria.ofCompany(null);

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    private int liveWarehouses;

    @Test
    void updatesAfterEachExportGiveWhatTheLineItemsGive() {
        List<RunRecord> runs = new ArrayList<>(variedRuns());
        // later years and recalculations before earlier years: an update must redo a product's earlier changes too
        Collections.shuffle(runs, new Random(7));
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        List<RunRecord> exported = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        for (int from = 0; from < runs.size(); from += 9) {
            List<RunRecord> batch = runs.subList(from, Math.min(runs.size(), from + 9));
            warehouse.export(batch);
            exported.addAll(batch);
            kinds.add(warehouse.updateAnnualChanges().kind());

            assertThat(new WarehouseLayout(root).annualChangesUpToDate()).isTrue();
            assertThat(trend(root, EVERY_COMPANY)).isEqualTo(fromLineItems(exported, EVERY_COMPANY));
        }
        assertThat(kinds).startsWith(Kind.REBUILT).hasSizeGreaterThan(4);
        assertThat(kinds.subList(1, kinds.size())).containsOnly(Kind.UPDATED);
        RunRecord any = runs.get(0);
        TrendCriteria oneProduct = TrendCriteria.ofCompany(any.companyId()).forProduct(any.productId())
                .between(2022, 2023);
        assertThat(trend(root, oneProduct)).isNotEmpty().isEqualTo(fromLineItems(exported, oneProduct));
    }

    @Test
    void onceUpToDateTheTrendReadsAnnualChangesNotTheLineItems() throws IOException {
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        warehouse.export(variedRuns());
        warehouse.updateAnnualChanges();
        List<AnnualChange> trend = trend(root, EVERY_COMPANY);

        deleteTree(root.resolve("line_items"));

        assertThat(trend).hasSizeGreaterThan(20);
        assertThat(trend(root, EVERY_COMPANY)).isEqualTo(trend);
    }

    @Test
    void runsExportedSinceTheLastUpdateShowInTheTrendAtOnce() {
        RunRecord housing2022 = housing(2022, "2023-02-01T08:00:00Z", "40.0");
        RunRecord housing2023 = housing(2023, "2024-02-01T08:00:00Z", "44.0");
        RunRecord recalculated2023 = housing(2023, "2024-06-01T08:00:00Z", "41.0");
        RunRecord impeller2022 = impeller(2022, "12.4");
        RunRecord impeller2023 = impeller(2023, "12.0");
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        warehouse.export(List.of(housing2022, housing2023, impeller2022, impeller2023));
        warehouse.updateAnnualChanges();

        warehouse.export(List.of(recalculated2023));

        assertThat(new WarehouseLayout(root).annualChangesUpToDate()).isFalse();
        List<AnnualChange> beforeUpdate = trend(root, EVERY_COMPANY);
        assertThat(beforeUpdate).extracting(AnnualChange::runId)
                .containsExactly(impeller2023.runId(), recalculated2023.runId());
        // only the pump housing at its foundry has a new run: its one change is written again, not the impeller's
        assertThat(warehouse.updateAnnualChanges()).isEqualTo(new AnnualChangesUpdate(Kind.UPDATED, 1));
        assertThat(warehouse.updateAnnualChanges()).isEqualTo(new AnnualChangesUpdate(Kind.UP_TO_DATE, 0));
        assertThat(trend(root, EVERY_COMPANY)).isEqualTo(beforeUpdate);
    }

    @Test
    void filesFoldIntoOneThatKeepsTheLatestRevisionOfEachChange() throws IOException {
        ParquetWarehouse warehouse = new ParquetWarehouse(root, ParquetWarehouse.ROW_GROUP_ROWS, 3,
                PublishListener.NONE);
        List<RunRecord> exported = new ArrayList<>();
        int year = 2015;
        for (String kg : List.of("40.0", "41.0", "39.5", "38.0", "38.5", "37.0", "36.0")) {
            RunRecord run = housing(year++, "2025-01-01T00:00:00Z", kg);
            warehouse.export(List.of(run));
            warehouse.updateAnnualChanges();
            exported.add(run);

            assertThat(dataFiles(root.resolve("annual_changes"))).hasSizeLessThan(3);
        }
        RunRecord recalculated = housing(2018, "2025-06-01T00:00:00Z", "30.0");
        warehouse.export(List.of(recalculated));
        warehouse.updateAnnualChanges();
        exported.add(recalculated);

        assertThat(trend(root, EVERY_COMPANY)).hasSize(6).isEqualTo(fromLineItems(exported, EVERY_COMPANY));
    }

    @Test
    void aWarehouseExportedBeforeTheTableWasKeptGetsItOnItsFirstUpdate() throws IOException {
        List<RunRecord> runs = variedRuns();
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        warehouse.export(runs);
        deleteTree(root.resolve("annual_changes"));

        assertThat(warehouse.updateAnnualChanges().kind()).isEqualTo(Kind.REBUILT);

        assertThat(new WarehouseLayout(root).annualChangesUpToDate()).isTrue();
        assertThat(trend(root, EVERY_COMPANY)).isEqualTo(fromLineItems(runs, EVERY_COMPANY));
    }

    @Test
    void aFailedUpdateLeavesTheTrendToTheLineItemsAndTheNextUpdateCatchesUp() {
        List<RunRecord> runs = variedRuns();
        new ParquetWarehouse(root).export(runs.subList(0, 20));
        new ParquetWarehouse(root).updateAnnualChanges();
        ParquetWarehouse failing = new ParquetWarehouse(root, ParquetWarehouse.ROW_GROUP_ROWS, file -> {
            if (file.startsWith(root.resolve("annual_changes"))) {
                throw new IOException("disk gone while publishing " + file);
            }
        });
        failing.export(runs.subList(20, runs.size()));
        Map<String, Integer> before = WarehouseFiles.snapshot(root);

        assertThatThrownBy(failing::updateAnnualChanges).hasMessageContaining("up to date failed");

        assertThat(WarehouseFiles.snapshot(root)).isEqualTo(before);
        assertThat(new WarehouseLayout(root).annualChangesUpToDate()).isFalse();
        assertThat(trend(root, EVERY_COMPANY)).isEqualTo(fromLineItems(runs, EVERY_COMPANY));
        assertThat(new ParquetWarehouse(root).updateAnnualChanges().kind()).isEqualTo(Kind.UPDATED);
        assertThat(new WarehouseLayout(root).annualChangesUpToDate()).isTrue();
        assertThat(trend(root, EVERY_COMPANY)).isEqualTo(fromLineItems(runs, EVERY_COMPANY));
    }

    @Test
    void aFailedExportLeavesThePendingListAsItWas() {
        List<RunRecord> runs = variedRuns();
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        warehouse.export(runs.subList(0, 20));
        warehouse.updateAnnualChanges();
        warehouse.export(runs.subList(20, 30));
        Map<String, Integer> before = WarehouseFiles.snapshot(root);
        ParquetWarehouse failing = new ParquetWarehouse(root, ParquetWarehouse.ROW_GROUP_ROWS, file -> {
            if (file.startsWith(root.resolve("runs"))) {
                throw new IOException("disk gone while publishing " + file);
            }
        });

        assertThatThrownBy(() -> failing.export(runs.subList(30, runs.size()))).hasMessageContaining("failed");

        assertThat(WarehouseFiles.snapshot(root)).isEqualTo(before);
        warehouse.updateAnnualChanges();
        assertThat(trend(root, EVERY_COMPANY)).isEqualTo(fromLineItems(runs.subList(0, 30), EVERY_COMPANY));
    }

    @Test
    void theUpdateRunsInTheMemoryAndThreadsItIsGiven() {
        List<RunRecord> runs = variedRuns();
        ParquetWarehouse misconfigured = new ParquetWarehouse(root, "plenty");
        misconfigured.export(runs);

        assertThatThrownBy(misconfigured::updateAnnualChanges).hasMessageContaining("up to date failed")
                .hasStackTraceContaining("memory_limit");
        assertThat(new WarehouseLayout(root).annualChangesUpToDate()).isFalse();

        assertThat(new ParquetWarehouse(root, "64MB", 1).updateAnnualChanges().kind()).isEqualTo(Kind.REBUILT);
        assertThat(trend(root, EVERY_COMPANY)).isEqualTo(fromLineItems(runs, EVERY_COMPANY));
        assertThatThrownBy(() -> new ParquetWarehouse(root, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParquetWarehouse(root, "1GB", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1 thread");
    }

    @Test
    void aStagedFileOfAKilledUpdateIsRemovedByTheNextExport() throws IOException {
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        warehouse.export(variedRuns());
        warehouse.updateAnnualChanges();
        Path orphan = root.resolve("annual_changes/part-0b8c9f3e-0000-4000-8000-000000000000.parquet");
        Files.copy(dataFiles(root.resolve("annual_changes")).get(0), orphan);
        Path staged = root.resolve("annual_changes/.part-0b8c9f3e-0000-4000-8000-000000000001.parquet.inprogress");
        Files.write(staged, new byte[] {1, 2, 3});

        warehouse.export(List.of(housing(2030, "2031-01-01T00:00:00Z", "12.0")));

        assertThat(orphan).doesNotExist();
        assertThat(staged).doesNotExist();
    }

    /**
     * Three companies, two products each at two facilities, 2019-2024 with years missing, recalculations under a
     * newer factor set and another GWP set, lines that come and go.
     */
    private static List<RunRecord> variedRuns() {
        List<RunRecord> runs = new ArrayList<>();
        Random random = new Random(11);
        for (String company : List.of("Acme Castings", "Borealis Pumps", "Cathay Valves")) {
            for (String product : List.of("pump housing", "impeller")) {
                for (String facility : List.of("Shenyang foundry", "Ningbo plant")) {
                    for (int year = 2019; year <= 2024; year++) {
                        if (random.nextInt(4) == 0) {
                            continue;
                        }
                        runs.add(variedRun(random, company, product, facility, year, "3.9", "AR5", "01-15"));
                        if (random.nextInt(3) == 0) {
                            runs.add(variedRun(random, company, product, facility, year, "3.10", "AR6", "06-15"));
                        }
                    }
                }
            }
        }
        return runs;
    }

    private static RunRecord variedRun(Random random, String company, String product, String facility, int year,
            String version, String gwpSet, String day) {
        RunBuilder run = aRun().of(company, product).at(facility).in(year).under("ecoinvent", version, gwpSet)
                .calculatedAt((year + 1) + "-" + day + "T08:00:00Z");
        run.line("RAW_MATERIAL_ACQUISITION", "grey iron", amount(random, 20), "kg", amount(random, 40), 2019,
                Map.of("AR5", amount(random, 40), "AR6", amount(random, 40)));
        run.line("PRODUCTION", "electricity, grid", amount(random, 100), "kWh", amount(random, 50), year - 2,
                Map.of("AR5", amount(random, 50), "AR6", amount(random, 50)));
        if (random.nextBoolean()) {
            run.line("DISTRIBUTION", "lorry, 16-32 t", amount(random, 10), "t*km", amount(random, 1));
        }
        return run.build();
    }

    private static String amount(Random random, int around) {
        return String.valueOf(around * (0.5 + random.nextInt(1000) / 1000.0));
    }

    private static RunRecord housing(int year, String calculatedAt, String kgCo2e) {
        return aRun().in(year).calculatedAt(calculatedAt)
                .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20", "kg", kgCo2e).build();
    }

    private static RunRecord impeller(int year, String kgCo2e) {
        return aRun().of("Acme Castings", "bronze impeller").in(year)
                .line("RAW_MATERIAL_ACQUISITION", "bronze", "3.1", "kg", kgCo2e).build();
    }

    /** The trend of {@code runs} worked out from their line items: a warehouse of its own, never updated. */
    private List<AnnualChange> fromLineItems(List<RunRecord> runs, TrendCriteria criteria) {
        Path live = elsewhere.resolve("live-" + liveWarehouses++);
        new ParquetWarehouse(live).export(runs);
        assertThat(new WarehouseLayout(live).annualChangesUpToDate()).isFalse();
        return trend(live, criteria);
    }

    private static List<AnnualChange> trend(Path root, TrendCriteria criteria) {
        try (WarehouseQueries queries = new WarehouseQueries(root, new DuckDbSettings("256MB", 1))) {
            return queries.annualTrend(criteria);
        }
    }

    private static List<Path> dataFiles(Path dir) {
        return WarehouseLayout.dataFilesIn(dir);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
