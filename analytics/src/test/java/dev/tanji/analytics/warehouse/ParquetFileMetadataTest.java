package dev.tanji.analytics.warehouse;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetFileMetadataTest {

    @TempDir
    Path root;

    @Test
    void runsFileStoresDecimalsAsInt64AndTimesAsUtcMicros() throws IOException {
        Path runsFile = export(new ParquetWarehouse(root), 1).get(1);
        MessageType schema = footer(runsFile).getFileMetaData().getSchema();

        assertInt64Decimal18Comma6(schema.getType("total_kg_co2e").asPrimitiveType());
        PrimitiveType calculatedAt = schema.getType("calculated_at").asPrimitiveType();
        assertThat(calculatedAt.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT64);
        assertThat(calculatedAt.getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS));
    }

    @Test
    void lineItemsFileStoresAmountsAndKgCo2eAsDecimal18Comma6() throws IOException {
        Path lineItemsFile = export(new ParquetWarehouse(root), 1).get(0);
        MessageType schema = footer(lineItemsFile).getFileMetaData().getSchema();

        assertInt64Decimal18Comma6(schema.getType("amount").asPrimitiveType());
        assertInt64Decimal18Comma6(schema.getType("kg_co2e").asPrimitiveType());
    }

    @Test
    void idsAreUtf8StringsAndTheReferenceYearLivesOnlyInTheDirectoryName() throws IOException {
        for (Path file : export(new ParquetWarehouse(root), 1)) {
            MessageType schema = footer(file).getFileMetaData().getSchema();

            assertThat(schema.containsField("reference_year")).isFalse();
            for (String id : List.of("run_id", "study_id")) {
                PrimitiveType type = schema.getType(id).asPrimitiveType();
                assertThat(type.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.BINARY);
                assertThat(type.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
            }
        }
    }

    @Test
    void everyColumnChunkIsZstdCompressed() throws IOException {
        for (Path file : export(new ParquetWarehouse(root), 3)) {
            assertThat(footer(file).getBlocks())
                    .flatMap(BlockMetaData::getColumns)
                    .extracting(ColumnChunkMetaData::getCodec)
                    .containsOnly(CompressionCodecName.ZSTD);
        }
    }

    @Test
    void rowGroupsHoldAtMostTheConfiguredNumberOfRows() throws IOException {
        Path runsFile = export(new ParquetWarehouse(root, 2, PublishListener.NONE), 5).get(1);

        assertThat(footer(runsFile).getBlocks()).extracting(BlockMetaData::getRowCount).containsExactly(2L, 2L, 1L);
    }

    @Test
    void runsComeInSmallerRowGroupsThanLineItemsSoThatOneCompanysRunsAreReadAlone() throws IOException {
        List<Path> files = export(new ParquetWarehouse(root), 5_000);

        assertThat(footer(files.get(0)).getBlocks()).extracting(BlockMetaData::getRowCount).containsExactly(5_000L);
        assertThat(footer(files.get(1)).getBlocks()).extracting(BlockMetaData::getRowCount)
                .containsExactly((long) ParquetWarehouse.RUN_ROW_GROUP_ROWS, 5_000L - ParquetWarehouse.RUN_ROW_GROUP_ROWS);
    }

    @Test
    void rowsFollowCompanyIdsSoEachRowGroupSpansAFewCompaniesInIdOrder() throws IOException {
        List<RunRecord> runs = Stream.of("Acme Castings", "Borealis Pumps", "Cobalt Works", "Delta Foundry")
                .flatMap(company -> Stream.of("2025-01-15T09:30:00Z", "2025-03-01T10:00:00Z")
                        .map(at -> aRun().of(company, "pump housing").calculatedAt(at)
                                .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "38.38").build()))
                .toList();
        Path runsFile = new ParquetWarehouse(root, 2, PublishListener.NONE).export(runs).filesWritten().get(1);

        List<String> companyIds = runs.stream().map(run -> run.companyId().toString()).distinct().sorted().toList();
        assertThat(footer(runsFile).getBlocks())
                .extracting(block -> companyIdRange(block))
                .containsExactlyElementsOf(companyIds.stream().map(id -> id + ".." + id).toList());
    }

    private static String companyIdRange(BlockMetaData rowGroup) {
        Statistics<?> statistics = rowGroup.getColumns().stream()
                .filter(column -> column.getPath().toDotString().equals("company_id"))
                .findFirst().orElseThrow().getStatistics();
        return ((Binary) statistics.genericGetMin()).toStringUsingUTF8() + ".."
                + ((Binary) statistics.genericGetMax()).toStringUsingUTF8();
    }

    private static List<Path> export(ParquetWarehouse warehouse, int runs) {
        List<RunRecord> records = IntStream.range(0, runs)
                .mapToObj(i -> aRun().in(2024).line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "38.38").build())
                .toList();
        return warehouse.export(records).filesWritten();
    }

    private static ParquetMetadata footer(Path file) throws IOException {
        return Footers.read(file);
    }

    private static void assertInt64Decimal18Comma6(PrimitiveType type) {
        assertThat(type.getPrimitiveTypeName()).isEqualTo(PrimitiveTypeName.INT64);
        assertThat(type.getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.decimalType(6, 18));
    }
}
