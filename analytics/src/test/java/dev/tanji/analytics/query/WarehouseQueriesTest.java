package dev.tanji.analytics.query;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.analytics.warehouse.ParquetWarehouse;
import dev.tanji.analytics.warehouse.RunRecord;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseQueriesTest {

    @TempDir
    Path tempDir;

    private WarehouseQueries queries;

    private final RunRecord housing2023 = aRun().at("Shenyang foundry").in(2023).calculatedAt("2024-01-20T10:15:30Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "38.38")
            .line("PRODUCTION", "electricity, grid", "14.5", "kWh", "8.41")
            .build();
    private final RunRecord housing2024First = aRun().at("Shenyang foundry").in(2024).calculatedAt("2025-01-10T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "36.36")
            .build();
    private final RunRecord housing2024Latest = aRun().at("Shenyang foundry").in(2024).calculatedAt("2025-02-03T16:45:00.123456789Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "35.1234565")
            .line("PRODUCTION", "electricity, grid", "14.5", "kWh", "7.0000015")
            .line("RAW_MATERIAL_ACQUISITION", "sand core", "2.5", "kg", "0.0000005")
            .line("RAW_MATERIAL_TRANSPORT", "lorry, 16-32 t", "0.62", "t*km", "0.0896")
            .build();
    private final RunRecord housingDalian2024 = aRun().at("Dalian foundry").in(2024)
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "40.4")
            .build();
    private final RunRecord impeller2024 = aRun().of("Acme Castings", "bronze impeller").in(2024)
            .total("12345.6789015")
            .line("RAW_MATERIAL_ACQUISITION", "bronze", "3.1", "kg", "12345.6789015")
            .build();

    @AfterEach
    void closeQueries() {
        if (queries != null) {
            queries.close();
        }
    }

    @Test
    void totalsTakeTheLatestRunOfEachCompanyProductFacilityAndYear() {
        Path root = exported(housing2023, housing2024Latest, housing2024First, housingDalian2024, impeller2024);

        assertThat(queriesOver(root).totalsByProductFacilityYear()).containsExactly(
                new FootprintTotal("Acme Castings", "bronze impeller", "Shenyang foundry", 2024,
                        new BigDecimal("12345.678902"), 1, impeller2024.runId()),
                new FootprintTotal("Acme Castings", "grey iron pump housing", "Dalian foundry", 2024,
                        new BigDecimal("40.400000"), 1, housingDalian2024.runId()),
                new FootprintTotal("Acme Castings", "grey iron pump housing", "Shenyang foundry", 2023,
                        new BigDecimal("46.790000"), 1, housing2023.runId()),
                new FootprintTotal("Acme Castings", "grey iron pump housing", "Shenyang foundry", 2024,
                        new BigDecimal("42.213058"), 2, housing2024Latest.runId()));
    }

    @Test
    void stageTotalsOfARunAddUpItsLinesRoundedHalfEvenToSixPlaces() {
        Path root = exported(housing2023, housing2024Latest);

        assertThat(queriesOver(root).stageTotals(housing2024Latest.runId())).containsExactly(
                new StageTotal("RAW_MATERIAL_ACQUISITION", new BigDecimal("35.123456"), 2),
                new StageTotal("PRODUCTION", new BigDecimal("7.000002"), 1),
                new StageTotal("RAW_MATERIAL_TRANSPORT", new BigDecimal("0.089600"), 1));
    }

    @Test
    void stageTotalsOfAnUnknownRunAreEmpty() {
        Path root = exported(housing2023);

        assertThat(queriesOver(root).stageTotals(UUID.randomUUID())).isEmpty();
    }

    @Test
    void anEmptyWarehouseAnswersWithEmptyLists() throws Exception {
        Path root = tempDir.resolve("not yet exported");

        assertThat(queriesOver(root).totalsByProductFacilityYear()).isEmpty();
        assertThat(queriesOver(root).stageTotals(UUID.randomUUID())).isEmpty();
        Files.createDirectories(root.resolve("runs/reference_year=2024"));
        assertThat(queriesOver(root).totalsByProductFacilityYear()).isEmpty();
    }

    @Test
    void aRootWithAQuoteInItsNameIsQuotedInSql() {
        Path root = tempDir.resolve("tanji's warehouse");
        new ParquetWarehouse(root).export(List.of(housing2023));

        assertThat(queriesOver(root).totalsByProductFacilityYear()).hasSize(1);
    }

    @Test
    void duckDbReadsTheColumnTypesAndThePartitionYearAsWritten() {
        Path root = exported(housing2023, housing2024Latest);
        String runs = ParquetTable.readParquet(root.resolve("runs"));

        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("256MB", 1))) {
            assertThat(duckDb.query("""
                    SELECT typeof(total_kg_co2e), typeof(calculated_at), typeof(run_id), typeof(reference_year)
                    FROM %s LIMIT 1""".formatted(runs), statement -> { },
                    row -> List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4))))
                    .containsExactly(List.of("DECIMAL(18,6)", "TIMESTAMP WITH TIME ZONE", "VARCHAR", "INTEGER"));
            assertThat(duckDb.query("SELECT DISTINCT reference_year FROM %s ORDER BY 1".formatted(runs),
                    statement -> { }, row -> row.getInt(1)))
                    .containsExactly(2023, 2024);
        }
    }

    @Test
    void calculationTimesRoundTripTruncatedToTheMicrosecond() {
        Path root = exported(housing2023, housing2024Latest);
        String runs = ParquetTable.readParquet(root.resolve("runs"));

        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("256MB", 1))) {
            assertThat(duckDb.query("SELECT epoch_us(calculated_at) FROM %s ORDER BY 1".formatted(runs),
                    statement -> { }, row -> row.getLong(1)))
                    .containsExactly(1_705_745_730_000_000L, 1_738_601_100_123_456L);
        }
    }

    private Path exported(RunRecord... runs) {
        Path root = tempDir.resolve("warehouse");
        new ParquetWarehouse(root).export(List.of(runs));
        return root;
    }

    private WarehouseQueries queriesOver(Path root) {
        if (queries != null) {
            queries.close();
        }
        queries = new WarehouseQueries(root, new DuckDbSettings("256MB", 2));
        return queries;
    }
}
