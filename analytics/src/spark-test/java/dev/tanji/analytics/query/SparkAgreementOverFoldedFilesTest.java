package dev.tanji.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/**
 * Spark agrees with DuckDB over a warehouse written one run per export, as exports after single calculations write
 * it: 2024's {@code runs} files were folded into one by DuckDB (optional columns, its own writer) once there were 16,
 * and the later ones are as parquet-java wrote them, side by side in one partition. (Most runs here are totals
 * without lines: {@code line_items} has too few files to fold.)
 */
@Tag("spark")
class SparkAgreementOverFoldedFilesTest extends SparkAgreementTest {

    @Override
    void write(Path root) {
        AgreementWarehouse.writeOneByOneInOwnJvm(root);
        assertThat(SparkColumnTypesTest.createdBy(new WarehouseLayout(root).runs()))
                .anyMatch(writer -> writer.startsWith("DuckDB"))
                .anyMatch(writer -> writer.startsWith("parquet-mr"));
    }
}
