package dev.tanji.analytics.warehouse;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's repeating columns ({@link RepeatingColumn}) hold, for any reader, what parquet-java's own column writers
 * write from the same rows: the same values in the same rows, the same statistics per row group. Written both ways
 * and compared: DuckDB reads both files (every row, and a filter that uses the statistics and page indexes), the
 * footers give the statistics.
 */
class RepeatingColumnTest {

    private static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("run")
            .optional(BINARY).as(stringType()).named("company")
            .required(INT64).named("calculated_at")
            .optional(INT32).named("year")
            .required(INT32).named("line_no")
            .required(BINARY).as(stringType()).named("item")
            .named("line");
    private static final List<String> REPEATING = List.of("run", "company", "calculated_at", "year");
    private static final String COLUMNS = "run, company, calculated_at, year, line_no, item";

    @TempDir
    Path dir;

    /** A line of a run: the run's values repeat on each of its lines, as the same objects (or an equal copy). */
    record Line(Binary run, Binary company, long calculatedAt, Integer year, int lineNo, Binary item) {
    }

    @Test
    void rowsAndStatisticsAreThoseOfParquetJavasColumnWriters() throws Exception {
        List<Line> lines = lines(300_000, 5, 20);
        Path repeating = write("repeating.parquet", new LineTable(REPEATING), lines, 65_536);
        Path rowByRow = write("row-by-row.parquet", new LineTable(List.of()), lines, 65_536);

        assertSameRows(repeating, rowByRow, lines.size());
        ParquetMetadata ours = Footers.read(repeating);
        ParquetMetadata theirs = Footers.read(rowByRow);
        assertThat(ours.getBlocks()).hasSize(5).hasSameSizeAs(theirs.getBlocks());
        for (int group = 0; group < ours.getBlocks().size(); group++) {
            BlockMetaData our = ours.getBlocks().get(group);
            BlockMetaData their = theirs.getBlocks().get(group);
            assertThat(our.getRowCount()).isEqualTo(their.getRowCount());
            for (int column = 0; column < our.getColumns().size(); column++) {
                ColumnChunkMetaData ourColumn = our.getColumns().get(column);
                ColumnChunkMetaData theirColumn = their.getColumns().get(column);
                assertThat(ourColumn.getValueCount()).as(ourColumn.getPath().toDotString())
                        .isEqualTo(theirColumn.getValueCount());
                assertThat(ourColumn.getStatistics()).as(ourColumn.getPath().toDotString())
                        .isEqualTo(theirColumn.getStatistics());
                if (REPEATING.contains(ourColumn.getPath().toDotString())) {
                    assertThat(ourColumn.getEncodings()).contains(Encoding.PLAIN_DICTIONARY)
                            .doesNotContain(Encoding.PLAIN);
                    assertThat(ourColumn.getSizeStatistics().getUnencodedByteArrayDataBytes())
                            .isEqualTo(theirColumn.getSizeStatistics().getUnencodedByteArrayDataBytes());
                }
            }
        }
    }

    @Test
    void aDictionaryThatOutgrowsItsPageGoesOnPlain() throws Exception {
        List<Line> lines = lines(200_000, 8, 2_000);
        Path repeating = write("repeating.parquet", new LineTable(REPEATING), lines, 1_000_000);
        Path rowByRow = write("row-by-row.parquet", new LineTable(List.of()), lines, 1_000_000);

        assertSameRows(repeating, rowByRow, lines.size());
        ColumnChunkMetaData run = Footers.read(repeating).getBlocks().get(0).getColumns().get(0);
        assertThat(run.getEncodings()).contains(Encoding.PLAIN_DICTIONARY, Encoding.PLAIN);
        assertThat(run.getStatistics())
                .isEqualTo(Footers.read(rowByRow).getBlocks().get(0).getColumns().get(0).getStatistics());
    }

    @Test
    void aNullInARequiredColumnOrAValueOfAnotherTypeFails() throws IOException {
        try (TableFile<Line> file = TableFile.create(dir.resolve("bad.parquet"), new LineTable(REPEATING), 1_000)) {
            assertThatThrownBy(() -> file.write(new Line(null, null, 1, 2020, 1, RowWriter.utf8("steel"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run");
            file.abort();
        }
        RepeatingColumn year = new RepeatingColumn(SCHEMA.getColumns().get(3), null,
                ParquetProperties.builder().build());
        assertThatThrownBy(() -> year.write(2020L, 0, 1)).hasMessageContaining("INT64 value for INT32 column");
    }

    private Path write(String name, LineTable table, List<Line> lines, int rowGroupRows) throws IOException {
        Path file = dir.resolve(name);
        try (TableFile<Line> out = TableFile.create(file, table, rowGroupRows)) {
            for (Line line : lines) {
                out.write(line);
            }
        }
        return file;
    }

    /** Both files hold the same rows, in the same order, and a filter on a repeating column finds the same rows. */
    private static void assertSameRows(Path ours, Path theirs, int rows) throws SQLException {
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckDb.createStatement()) {
            String a = "(SELECT file_row_number, " + COLUMNS + " FROM read_parquet('" + ours
                    + "', file_row_number = true))";
            String b = "(SELECT file_row_number, " + COLUMNS + " FROM read_parquet('" + theirs
                    + "', file_row_number = true))";
            assertThat(count(statement, "SELECT count(*) FROM " + a)).isEqualTo(rows);
            assertThat(count(statement, "SELECT count(*) FROM (" + a + " EXCEPT ALL " + b + ")")).isZero();
            assertThat(count(statement, "SELECT count(*) FROM (" + b + " EXCEPT ALL " + a + ")")).isZero();
            for (String filter : List.of("company = 'company 3'", "company IS NULL", "year = 2019 AND run > 'run 5'",
                    "calculated_at BETWEEN 1700000000000000 AND 1700000500000000")) {
                long found = count(statement, "SELECT count(*) FROM read_parquet('" + ours + "') WHERE " + filter);
                assertThat(found).as(filter).isPositive().isEqualTo(
                        count(statement, "SELECT count(*) FROM read_parquet('" + theirs + "') WHERE " + filter));
            }
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * Runs of 1 to 80 lines, their ids padded to make the dictionary larger, (now and then 30,000, longer than a page), each run a long value of its own; companies
     * from a few, sometimes null, sometimes the same company as the run before as an equal copy; years with nulls.
     */
    private static List<Line> lines(int count, long seed, int runPadding) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Binary> companies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            companies.add(RowWriter.utf8("company " + i));
        }
        String padding = "x".repeat(runPadding);
        List<Line> lines = new ArrayList<>(count);
        Binary company = null;
        while (lines.size() < count) {
            Binary run = RowWriter.utf8("run " + random.nextLong() + " " + padding);
            int pick = random.nextInt(15);
            company = pick == 0 ? null : pick == 1 && company != null
                    ? Binary.fromConstantByteArray(company.getBytes().clone()) : companies.get(pick % companies.size());
            long calculatedAt = 1_700_000_000_000_000L + random.nextLong(1_000_000_000L);
            Integer year = random.nextInt(20) == 0 ? null : 2015 + random.nextInt(11);
            int length = random.nextInt(200) == 0 ? 30_000 : 1 + random.nextInt(80);
            for (int line = 1; line <= length && lines.size() < count; line++) {
                lines.add(new Line(run, company, calculatedAt, year, line, RowWriter.utf8("item " + random.nextInt(50))));
            }
        }
        return lines;
    }

    private static final class LineTable extends Table<Line> {

        private static final int RUN = RowWriter.column(SCHEMA, "run");
        private static final int COMPANY = RowWriter.column(SCHEMA, "company");
        private static final int CALCULATED_AT = RowWriter.column(SCHEMA, "calculated_at");
        private static final int YEAR = RowWriter.column(SCHEMA, "year");
        private static final int LINE_NO = RowWriter.column(SCHEMA, "line_no");
        private static final int ITEM = RowWriter.column(SCHEMA, "item");

        LineTable(List<String> repeating) {
            super(SCHEMA, List.of(), repeating);
        }

        @Override
        void writeFields(Line value, RowWriter row) {
            row.binary(RUN, value.run());
            row.binary(COMPANY, value.company());
            row.int64(CALCULATED_AT, value.calculatedAt());
            row.int32(YEAR, value.year());
            row.int32(LINE_NO, value.lineNo());
            row.binary(ITEM, value.item());
        }
    }
}
