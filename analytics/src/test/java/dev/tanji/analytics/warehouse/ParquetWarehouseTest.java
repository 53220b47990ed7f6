package dev.tanji.analytics.warehouse;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetWarehouseTest {

    @TempDir
    Path root;

    private final RunRecord housing2023 = aRun().in(2023)
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "38.38")
            .line("PRODUCTION", "electricity, grid", "14.5", "kWh", "8.41")
            .build();
    private final RunRecord housing2024 = aRun().in(2024)
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "36.36")
            .build();
    private final RunRecord impeller2024 = aRun().of("Acme Castings", "bronze impeller").in(2024)
            .line("RAW_MATERIAL_ACQUISITION", "bronze", "3.1", "kg", "12.4")
            .line("RAW_MATERIAL_TRANSPORT", "lorry, 16-32 t", "0.62", "t*km", "0.0896")
            .build();

    @Test
    void writesOneRunsFileAndOneLineItemsFilePerReferenceYear() {
        ExportResult result = new ParquetWarehouse(root).export(List.of(housing2023, housing2024, impeller2024));

        assertThat(result.runsWritten()).isEqualTo(3);
        assertThat(result.runsSkipped()).isZero();
        assertThat(result.linesWritten()).isEqualTo(5);
        assertThat(result.filesWritten()).hasSize(4).allSatisfy(file -> assertThat(file).exists());
        assertThat(result.filesWritten()).map(file -> root.relativize(file.getParent()).toString().replace('\\', '/'))
                .containsExactly(
                        "line_items/reference_year=2023", "line_items/reference_year=2024",
                        "runs/reference_year=2023", "runs/reference_year=2024");
    }

    @Test
    void exportingTheSameRunsAgainWritesNothingAndLeavesEveryFileAsItWas() {
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        warehouse.export(List.of(housing2023, housing2024));
        Map<String, Integer> before = WarehouseFiles.snapshot(root);

        ExportResult again = warehouse.export(List.of(housing2023, housing2024));

        assertThat(again).isEqualTo(new ExportResult(0, 2, 0, List.of()));
        assertThat(WarehouseFiles.snapshot(root)).isEqualTo(before);
    }

    @Test
    void exportingASupersetWritesOnlyTheNewRuns() {
        new ParquetWarehouse(root).export(List.of(housing2023));
        Map<String, Integer> before = WarehouseFiles.snapshot(root);

        ExportResult result = new ParquetWarehouse(root).export(List.of(housing2023, housing2024, impeller2024));

        assertThat(result.runsWritten()).isEqualTo(2);
        assertThat(result.runsSkipped()).isEqualTo(1);
        assertThat(result.linesWritten()).isEqualTo(3);
        assertThat(result.filesWritten()).allSatisfy(file -> assertThat(file.toString()).contains("reference_year=2024"));
        assertThat(WarehouseFiles.snapshot(root)).containsAllEntriesOf(before);
    }

    @Test
    void aRunIdRepeatedInOneExportIsWrittenOnce() {
        ExportResult result = new ParquetWarehouse(root).export(List.of(housing2024, housing2024));

        assertThat(result.runsWritten()).isEqualTo(1);
        assertThat(result.runsSkipped()).isEqualTo(1);
        assertThat(result.linesWritten()).isEqualTo(1);
    }

    @Test
    void anEmptyExportWritesNoFiles() {
        ExportResult result = new ParquetWarehouse(root).export(List.of());

        assertThat(result).isEqualTo(new ExportResult(0, 0, 0, List.of()));
        assertThat(WarehouseFiles.names(root)).noneMatch(name -> name.endsWith(".parquet"));
    }

    @Test
    void refusesAValueTooLargeForDecimal18Comma6AndWritesNothing() {
        RunRecord tooLarge = aRun().in(2024).total("120.5").line("USE", "natural gas", "1", "m3", "1000000000000").build();

        assertThatThrownBy(() -> new ParquetWarehouse(root).export(List.of(housing2024, tooLarge)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("run " + tooLarge.runId() + " line 1 kg_co2e")
                .hasMessageContaining("does not fit DECIMAL(18,6)");
        assertThat(WarehouseFiles.names(root)).noneMatch(name -> name.endsWith(".parquet"));
    }

    @Test
    void acceptsTheLargestValueDecimal18Comma6Holds() {
        RunRecord largest = aRun().line("USE", "natural gas", "1", "m3", "999999999999.9999994").build();

        assertThat(new ParquetWarehouse(root).export(List.of(largest)).runsWritten()).isEqualTo(1);
    }
}
