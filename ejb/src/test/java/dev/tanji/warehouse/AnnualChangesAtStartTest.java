package dev.tanji.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.tanji.analytics.query.AnnualChange;
import dev.tanji.analytics.query.TrendCriteria;
import dev.tanji.analytics.warehouse.LineRecord;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's start brings {@code annual_changes} up to date when the warehouse holds runs the table has not taken
 * in: one exported by a version that did not keep it, or one whose update after an export was cut off.
 */
class AnnualChangesAtStartTest {

    private static final UUID COMPANY = UUID.randomUUID();
    private static final UUID PRODUCT = UUID.randomUUID();
    private static final UUID FACILITY = UUID.randomUUID();
    private static final Executor NOT_ASKED = task -> fail("nothing to bring up to date, yet an update was asked");

    @TempDir
    Path data;

    private Warehouse warehouse;
    private WarehouseLayout layout;
    private AnnualChangesAtStart atStart;

    @BeforeEach
    void open() {
        String dataDir = System.getProperty("tanji.data.dir");
        System.setProperty("tanji.data.dir", data.toString());
        try {
            warehouse = new Warehouse();
            warehouse.open();
        } finally {
            if (dataDir == null) {
                System.clearProperty("tanji.data.dir");
            } else {
                System.setProperty("tanji.data.dir", dataDir);
            }
        }
        layout = new WarehouseLayout(warehouse.root());
        StoreExport export = new StoreExport();
        export.warehouse = warehouse;
        atStart = new AnnualChangesAtStart();
        atStart.warehouse = warehouse;
        atStart.export = export;
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void aWarehouseWithoutTheTableHasItBuiltAtStartWithTheTrendOfItsRuns() throws IOException {
        warehouse.files().export(List.of(run(2023, "120.5"), run(2024, "100.25")));
        // as an earlier version left it: runs and line items, no annual_changes
        try (Stream<Path> files = Files.walk(layout.annualChanges())) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        assertThat(layout.annualChanges()).doesNotExist();
        assertThat(layout.annualChangesUpToDate()).isFalse();
        List<AnnualChange> fromLineItems = trend();

        assertThat(atStart.catchUp(Runnable::run)).isTrue();

        assertThat(layout.annualChangesUpToDate()).isTrue();
        assertThat(trend()).hasSize(1).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(fromLineItems);
        assertThat(trend().get(0).changeKgCo2e()).isEqualByComparingTo("-20.25");
        assertThat(atStart.catchUp(NOT_ASKED)).isFalse();
    }

    @Test
    void runsExportedWhoseUpdateWasCutOffAreTakenInAtStart() {
        warehouse.files().export(List.of(run(2023, "120.5")));
        assertThat(atStart.catchUp(Runnable::run)).isTrue();
        // exported, and the server stopped before bringing the table up to date
        warehouse.files().export(List.of(run(2024, "100.25")));
        assertThat(layout.annualChangesPending()).exists();
        assertThat(trend()).hasSize(1);

        assertThat(atStart.catchUp(Runnable::run)).isTrue();

        assertThat(layout.annualChangesPending()).doesNotExist();
        assertThat(layout.annualChangesUpToDate()).isTrue();
        assertThat(trend()).singleElement().satisfies(change -> {
            assertThat(change.referenceYear()).isEqualTo(2024);
            assertThat(change.changeKgCo2e()).isEqualByComparingTo("-20.25");
        });
    }

    @Test
    void aWarehouseWithNothingExportedAsksForNothing() {
        assertThat(atStart.catchUp(NOT_ASKED)).isFalse();

        assertThat(layout.annualChanges()).doesNotExist();
    }

    private List<AnnualChange> trend() {
        return warehouse.queries().annualTrend(TrendCriteria.ofCompany(COMPANY));
    }

    private static RunRecord run(int year, String kgCo2e) {
        BigDecimal kg = new BigDecimal(kgCo2e);
        LineRecord line = new LineRecord(1, "PRODUCTION", "electricity", new BigDecimal("10"), "kWh",
                new BigDecimal("10"), "kWh", UUID.randomUUID(), "grid electricity", "Grid factors", "2024", year,
                "CO2E", kg, Map.of("AR4", kg, "AR5", kg, "AR6", kg));
        return new RunRecord(UUID.randomUUID(), UUID.randomUUID(), "study " + year, COMPANY, "Valve Works",
                FACILITY, "Plant 1", PRODUCT, "Actuator", "actuators", "1 actuator", false, year, UUID.randomUUID(),
                "Grid factors", "2024", "AR6", kg, Map.of("PRODUCTION", kg), null, null, "hash-" + year,
                Instant.parse(year + "-06-30T00:00:00Z"), List.of(line));
    }
}
