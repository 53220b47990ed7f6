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
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of a run or two each leave small files, which later exports fold into one. */
class SmallFilesTest {

    private static final int FOLD_AT = 4;

    @TempDir
    Path root;

    @TempDir
    Path elsewhere;

    /** Nine runs of one year, in no particular order of their companies: each export writes one. */
    private final List<RunRecord> runs = runs();

    @Test
    void aPartitionsSmallFilesAreFoldedIntoOneInRowOrderWithTheSameRows() throws Exception {
        ParquetWarehouse warehouse = warehouse(PublishListener.NONE);
        for (int i = 0; i < FOLD_AT; i++) {
            warehouse.export(List.of(runs.get(i)));
        }
        assertThat(dataFiles("line_items")).hasSize(FOLD_AT);

        warehouse.export(List.of(runs.get(FOLD_AT)));

        assertThat(dataFiles("line_items")).as("the fold, and the export's own file").hasSize(2);
        assertThat(dataFiles("runs")).hasSize(2);
        Path folded = largest(dataFiles("line_items"));
        assertThat(ParquetFiles.rowCount(folded)).isEqualTo(2L * FOLD_AT);
        assertThat(companiesInFileOrder(folded)).isSorted().hasSize(2 * FOLD_AT);
        assertThat(Manifest.readCompacting(new WarehouseLayout(root)).names(folded)).isTrue();
        for (int i = FOLD_AT + 1; i < runs.size(); i++) {
            warehouse.export(List.of(runs.get(i)));
        }
        assertThat(totals(root)).containsExactlyInAnyOrderElementsOf(exportedAtOnce(runs));
        assertThat(warehouse.export(runs).runsWritten()).isZero();
    }

    @Test
    void eachTableCountsItsFilesSmallByItsOwnRowGroupSize() throws Exception {
        ParquetWarehouse warehouse = new ParquetWarehouse(root, 1_000, 2, FOLD_AT, PublishListener.NONE);
        for (int i = 0; i < FOLD_AT; i++) {
            warehouse.export(List.of(runs.get(2 * i), runs.get(2 * i + 1)));
        }
        warehouse.export(List.of(runs.get(2 * FOLD_AT)));

        assertThat(dataFiles("line_items")).as("files of 4 lines, short of 1,000: folded").hasSize(2);
        assertThat(dataFiles("runs")).as("files of 2 runs, a whole row group each: kept").hasSize(FOLD_AT + 1);
        assertThat(totals(root)).containsExactlyInAnyOrderElementsOf(exportedAtOnce(runs));
    }

    @Test
    void aFoldedFileHasTheColumnsAndTypesOfAnExportsFile() throws Exception {
        ParquetWarehouse warehouse = warehouse(PublishListener.NONE);
        for (int i = 0; i <= FOLD_AT; i++) {
            warehouse.export(List.of(runs.get(i)));
        }

        for (String table : List.of("line_items", "runs")) {
            List<Path> files = dataFiles(table);
            Path folded = largest(files);
            Path exported = files.stream().filter(file -> !file.equals(folded)).findFirst().orElseThrow();
            assertThat(columns(folded)).as(table).isEqualTo(columns(exported));
        }
    }

    @Test
    void aFoldThatFailsBeforeItsCommitLeavesTheWarehouseAsItWasAndTheNextExportFolds() throws Exception {
        for (int i = 0; i < FOLD_AT; i++) {
            warehouse(PublishListener.NONE).export(List.of(runs.get(i)));
        }
        List<FootprintTotal> before = totals(root);
        List<Path> files = dataFiles("line_items");
        AtomicInteger published = new AtomicInteger();
        ParquetWarehouse failing = warehouse(file -> {
            if (published.incrementAndGet() == 1) {
                throw new IOException("disk full");
            }
        });

        assertThatThrownBy(() -> failing.export(List.of(runs.get(FOLD_AT)))).hasRootCauseMessage("disk full");

        assertThat(dataFiles("line_items")).isEqualTo(files);
        assertThat(totals(root)).isEqualTo(before);
        warehouse(PublishListener.NONE).export(List.of(runs.get(FOLD_AT)));
        assertThat(dataFiles("line_items")).hasSize(2);
        assertThat(totals(root)).containsExactlyInAnyOrderElementsOf(exportedAtOnce(runs.subList(0, FOLD_AT + 1)));
    }

    @Test
    void aReplacedFileStillThereAfterACrashIsRemovedByTheNextExport() throws Exception {
        ParquetWarehouse warehouse = warehouse(PublishListener.NONE);
        for (int i = 0; i < FOLD_AT; i++) {
            warehouse.export(List.of(runs.get(i)));
        }
        Path replaced = dataFiles("line_items").get(0);
        Path copy = Files.copy(replaced, elsewhere.resolve("replaced.parquet"));
        warehouse.export(List.of(runs.get(FOLD_AT)));
        Files.copy(copy, replaced, StandardCopyOption.REPLACE_EXISTING);

        warehouse.export(List.of(runs.get(FOLD_AT + 1)));

        assertThat(replaced).doesNotExist();
        assertThat(totals(root)).containsExactlyInAnyOrderElementsOf(exportedAtOnce(runs.subList(0, FOLD_AT + 2)));
    }

    @Test
    void foldsAndTheManifestsOwnFoldingKeepEveryRunOnce() throws Exception {
        List<RunRecord> many = new ArrayList<>();
        for (int i = 0; i < Manifest.COMPACT_AT + 6; i++) {
            many.add(aRun().id(UUID.nameUUIDFromBytes(("many " + i).getBytes())).of("Company " + (i % 11), "p " + i)
                    .in(2022 + i % 2).line("PRODUCTION", "electricity", "1.5", "kWh", "0." + i).build());
        }
        ParquetWarehouse warehouse = warehouse(PublishListener.NONE);
        for (RunRecord run : many) {
            warehouse.export(List.of(run));
        }

        assertThat(dataFiles("line_items")).as("under %d small files a year", FOLD_AT).hasSizeLessThan(2 * FOLD_AT);
        assertThat(totals(root)).containsExactlyInAnyOrderElementsOf(exportedAtOnce(many));
        assertThat(warehouse.export(many).runsWritten()).isZero();
    }

    private ParquetWarehouse warehouse(PublishListener listener) {
        return new ParquetWarehouse(root, ParquetWarehouse.ROW_GROUP_ROWS, FOLD_AT, listener);
    }

    private List<Path> dataFiles(String table) {
        return new WarehouseLayout(root).dataFiles(root.resolve(table));
    }

    private static Path largest(List<Path> files) throws IOException {
        Path largest = files.get(0);
        for (Path file : files) {
            if (ParquetFiles.rowCount(file) > ParquetFiles.rowCount(largest)) {
                largest = file;
            }
        }
        return largest;
    }

    /**
     * Each column's name, type and logical type; not whether it is required, nor a signed-integer annotation on an
     * integer of its own width (what a plain INT32 or INT64 means).
     */
    private static List<String> columns(Path file) throws IOException {
        return Footers.read(file).getFileMetaData().getSchema().getFields().stream()
                .map(Type::asPrimitiveType)
                .map(column -> column.getName() + " " + column.getPrimitiveTypeName() + " "
                        + logicalType(column))
                .toList();
    }

    private static Object logicalType(PrimitiveType column) {
        LogicalTypeAnnotation logical = column.getLogicalTypeAnnotation();
        boolean plainInteger = logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation integer
                && integer.isSigned() && integer.getBitWidth()
                == (column.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32 ? 32 : 64);
        return plainInteger ? null : logical;
    }

    /** The key a row is sorted by, row by row as the file holds them. */
    private static List<String> companiesInFileOrder(Path file) throws SQLException {
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckDb.createStatement();
                ResultSet rows = statement.executeQuery("SELECT company_id || product_id || facility_id"
                        + " || strftime(calculated_at, '%Y%m%d%H%M%S') || run_id || lpad(line_no::VARCHAR, 5, '0')"
                        + " FROM read_parquet('" + file + "')")) {
            List<String> keys = new ArrayList<>();
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            return keys;
        }
    }

    private List<FootprintTotal> exportedAtOnce(List<RunRecord> records) {
        Path once = elsewhere.resolve("once-" + UUID.randomUUID());
        new ParquetWarehouse(once).export(records);
        return totals(once);
    }

    private static List<FootprintTotal> totals(Path warehouse) {
        try (WarehouseQueries queries = new WarehouseQueries(warehouse, new DuckDbSettings("256MB", 1))) {
            return queries.totalsByProductFacilityYear();
        }
    }

    private static List<RunRecord> runs() {
        List<RunRecord> runs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            runs.add(aRun().id(UUID.nameUUIDFromBytes(("run " + i).getBytes()))
                    .of("Company " + (i * 5 % 9), "product " + i).in(2022)
                    .line("RAW_MATERIAL_ACQUISITION", "steel", "2." + i, "kg", "4." + i)
                    .line("PRODUCTION", "electricity", "1.5", "kWh", "0." + i)
                    .build());
        }
        return runs;
    }
}
