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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashRecoveryTest {

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    private final List<RunRecord> earlier = List.of(
            aRun().in(2023).calculatedAt("2024-02-01T08:00:00Z").line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "38.38").build(),
            aRun().in(2024).calculatedAt("2025-02-01T08:00:00Z").line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "36.36").build());
    private final List<RunRecord> later = List.of(
            aRun().in(2024).calculatedAt("2025-03-01T08:00:00Z").line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "35.35").build(),
            aRun().of("Acme Castings", "bronze impeller").in(2025).line("RAW_MATERIAL_ACQUISITION", "bronze", "3.1", "kg", "12.4").build());

    @Test
    void anExportThatFailsAfterPublishingSomeFilesLeavesThePreviousWarehouseAsItWas() {
        new ParquetWarehouse(root).export(earlier);
        Map<String, Integer> before = WarehouseFiles.snapshot(root);
        List<FootprintTotal> totalsBefore = totals(root);
        ParquetWarehouse failing = new ParquetWarehouse(root, ParquetWarehouse.ROW_GROUP_ROWS, file -> {
            if (file.toString().contains("runs")) {
                throw new IOException("disk gone while publishing " + file);
            }
        });

        assertThatThrownBy(() -> failing.export(later)).hasMessageContaining("failed");

        assertThat(WarehouseFiles.snapshot(root)).isEqualTo(before);
        assertThat(totals(root)).isEqualTo(totalsBefore);
    }

    @Test
    void theExportAfterAFailedOneWritesTheMissingRuns() {
        new ParquetWarehouse(root).export(earlier);
        ParquetWarehouse failing = new ParquetWarehouse(root, ParquetWarehouse.ROW_GROUP_ROWS, file -> {
            throw new IOException("disk gone");
        });
        assertThatThrownBy(() -> failing.export(later)).isInstanceOf(RuntimeException.class);

        ExportResult retry = new ParquetWarehouse(root).export(all());

        assertThat(retry.runsWritten()).isEqualTo(2);
        assertThat(retry.runsSkipped()).isEqualTo(2);
        assertThat(totals(root)).isEqualTo(totalsOfACleanExport());
    }

    @Test
    void stagedFilesOfAKilledExportAreInvisibleToReadersAndRemovedByTheNextExport() throws IOException {
        new ParquetWarehouse(root).export(earlier);
        List<FootprintTotal> totalsBefore = totals(root);
        Path partition = root.resolve("runs/reference_year=2024");
        Files.write(partition.resolve(".part-0b8c9f3e-0000-4000-8000-000000000000.parquet.inprogress"), new byte[] {1, 2, 3});
        Files.writeString(root.resolve("_manifest/.0b8c9f3e-0000-4000-8000-000000000000.txt.inprogress"), "run\t");

        assertThat(totals(root)).isEqualTo(totalsBefore);

        new ParquetWarehouse(root).export(all());
        assertThat(WarehouseFiles.names(root)).noneMatch(name -> name.endsWith(".inprogress"));
        assertThat(totals(root)).isEqualTo(totalsOfACleanExport());
    }

    @Test
    void dataFilesOfAnExportKilledBeforeItsManifestAreReplacedNotCountedTwice() throws IOException {
        new ParquetWarehouse(root).export(earlier);
        List<Path> orphans = new ParquetWarehouse(elsewhere).export(later).filesWritten();
        for (Path orphan : orphans) {
            Path target = root.resolve(elsewhere.relativize(orphan));
            Files.createDirectories(target.getParent());
            Files.copy(orphan, target);
        }

        ExportResult next = new ParquetWarehouse(root).export(all());

        assertThat(next.runsWritten()).isEqualTo(2);
        assertThat(totals(root)).isEqualTo(totalsOfACleanExport())
                .allSatisfy(total -> assertThat(total.runCount()).isLessThanOrEqualTo(2));
        assertThat(orphans).allSatisfy(orphan -> assertThat(root.resolve(elsewhere.relativize(orphan))).doesNotExist());
    }

    private List<RunRecord> all() {
        List<RunRecord> all = new ArrayList<>(earlier);
        all.addAll(later);
        return all;
    }

    private List<FootprintTotal> totalsOfACleanExport() {
        Path clean = elsewhere.resolve("clean");
        new ParquetWarehouse(clean).export(all());
        return totals(clean);
    }

    private static List<FootprintTotal> totals(Path root) {
        try (WarehouseQueries queries = new WarehouseQueries(root, new DuckDbSettings("256MB", 1))) {
            return queries.totalsByProductFacilityYear();
        }
    }
}
