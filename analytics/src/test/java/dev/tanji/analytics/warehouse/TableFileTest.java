package dev.tanji.analytics.warehouse;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TableFile} writes the file parquet-java's own {@link ParquetWriter} writes from the same rows with the same
 * settings, byte for byte: row groups, pages, dictionaries (and their fallback to plain), statistics, nulls.
 */
class TableFileTest {

    private static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("run")
            .optional(BINARY).as(stringType()).named("item")
            .required(BINARY).as(stringType()).named("unique")
            .optional(INT32).named("year")
            .required(INT64).named("amount")
            .required(BOOLEAN).named("flag")
            .named("row");
    private static final List<String> WITHOUT_DICTIONARY = List.of("amount");

    @TempDir
    Path dir;

    /** A row: strings as the warehouse gives them, the same object for the same value where it repeats. */
    record Row(Binary run, Binary item, Binary unique, Integer year, long amount, boolean flag) {
    }

    @Test
    void writesTheFileParquetJavasWriterWrites() throws IOException {
        List<Row> rows = rows(300_000, 7);
        Path ours = dir.resolve("ours.parquet");
        Path theirs = dir.resolve("theirs.parquet");

        try (TableFile<Row> file = TableFile.create(ours, new RowTable(), 65_536)) {
            for (Row row : rows) {
                file.write(row);
            }
        }
        writeWithParquetWriter(theirs, rows, 65_536);

        assertThat(ParquetFiles.rowCount(ours)).isEqualTo(rows.size());
        assertThat(ParquetFiles.footer(ours).getRow_groups()).hasSize(5);
        assertThat(Files.mismatch(ours, theirs)).as("first differing byte").isEqualTo(-1L);
    }

    @Test
    void aValueGivenAgainAsAnotherObjectIsTheSameEntry() throws IOException {
        List<Row> shared = rows(50_000, 11);
        List<Row> copied = shared.stream().map(row -> new Row(copy(row.run()), copy(row.item()), row.unique(),
                row.year(), row.amount(), row.flag())).toList();
        Path sharedFile = dir.resolve("shared.parquet");
        Path copiedFile = dir.resolve("copied.parquet");
        for (var written : Map.of(sharedFile, shared, copiedFile, copied).entrySet()) {
            try (TableFile<Row> file = TableFile.create(written.getKey(), new RowTable(), 131_072)) {
                for (Row row : written.getValue()) {
                    file.write(row);
                }
            }
        }
        assertThat(Files.mismatch(sharedFile, copiedFile)).isEqualTo(-1L);
    }

    @Test
    void aRequiredFieldLeftOutFails() throws IOException {
        try (TableFile<Row> file = TableFile.create(dir.resolve("bad.parquet"), new RowTable(), 1_000)) {
            assertThatThrownBy(() -> file.write(new Row(null, null, Binary.fromString("x"), 1, 1, true)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run");
            file.abort();
        }
    }

    @Test
    void anAbortedFileIsClosed() throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "open files are listed in /proc/self/fd");
        Path path = dir.resolve("aborted.parquet");
        TableFile<Row> file = TableFile.create(path, new RowTable(), 1_000);
        for (Row row : rows(2_500, 3)) {
            file.write(row);
        }
        assertThat(openDescriptorsOf(path)).isPositive();

        file.abort();

        assertThat(openDescriptorsOf(path)).isZero();
    }

    private static long openDescriptorsOf(Path file) throws IOException {
        Path target = file.toRealPath();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.filter(descriptor -> {
                try {
                    return Files.readSymbolicLink(descriptor).equals(target);
                } catch (IOException e) {
                    return false;
                }
            }).count();
        }
    }

    /**
     * Rows of runs of 40: a run's id repeats as one object, an item from a small set (sometimes null), a value of
     * its own per row (its dictionary overflows and falls back to plain), years with nulls.
     */
    private static List<Row> rows(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Binary> items = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            items.add(RowWriter.utf8("item " + i));
        }
        List<Row> rows = new ArrayList<>(count);
        Binary run = null;
        for (int i = 0; i < count; i++) {
            if (i % 40 == 0) {
                run = RowWriter.utf8("run " + random.nextLong());
            }
            rows.add(new Row(run, random.nextInt(10) == 0 ? null : items.get(random.nextInt(items.size())),
                    RowWriter.utf8("unique value " + i + " " + random.nextLong()),
                    random.nextInt(20) == 0 ? null : 2015 + random.nextInt(11), random.nextLong(), random.nextBoolean()));
        }
        return rows;
    }

    private static Binary copy(Binary value) {
        return value == null ? null : Binary.fromConstantByteArray(value.getBytes().clone());
    }

    private static final class RowTable extends Table<Row> {

        private static final int RUN = RowWriter.column(SCHEMA, "run");
        private static final int ITEM = RowWriter.column(SCHEMA, "item");
        private static final int UNIQUE = RowWriter.column(SCHEMA, "unique");
        private static final int YEAR = RowWriter.column(SCHEMA, "year");
        private static final int AMOUNT = RowWriter.column(SCHEMA, "amount");
        private static final int FLAG = RowWriter.column(SCHEMA, "flag");

        RowTable() {
            super(SCHEMA, WITHOUT_DICTIONARY);
        }

        @Override
        void writeFields(Row value, RowWriter row) {
            row.binary(RUN, value.run());
            row.binary(ITEM, value.item());
            row.binary(UNIQUE, value.unique());
            row.int32(YEAR, value.year());
            row.int64(AMOUNT, value.amount());
            row.bool(FLAG, value.flag());
        }
    }

    /** The same rows through parquet-java's record writer, with the settings {@link TableFile} uses. */
    private static void writeWithParquetWriter(Path file, List<Row> rows, int rowGroupRows) throws IOException {
        ReferenceBuilder builder = new ReferenceBuilder(file)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withRowGroupRowCountLimit(rowGroupRows);
        for (String column : WITHOUT_DICTIONARY) {
            builder = builder.withDictionaryEncoding(column, false);
        }
        try (ParquetWriter<Row> writer = builder.build()) {
            for (Row row : rows) {
                writer.write(row);
            }
        }
    }

    private static final class ReferenceBuilder extends ParquetWriter.Builder<Row, ReferenceBuilder> {

        ReferenceBuilder(Path file) {
            super(new LocalOutputFile(file));
        }

        @Override
        protected ReferenceBuilder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(ParquetConfiguration conf) {
            return new RecordWriteSupport();
        }

        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<Row> getWriteSupport(Configuration conf) {
            return new RecordWriteSupport();
        }
    }

    private static final class RecordWriteSupport extends WriteSupport<Row> {

        private RecordConsumer consumer;

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        @SuppressWarnings("deprecation")
        public WriteContext init(Configuration configuration) {
            return new WriteContext(SCHEMA, Map.of());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            consumer = recordConsumer;
        }

        @Override
        public void write(Row row) {
            consumer.startMessage();
            field(0, row.run());
            field(1, row.item());
            field(2, row.unique());
            if (row.year() != null) {
                consumer.startField("year", 3);
                consumer.addInteger(row.year());
                consumer.endField("year", 3);
            }
            consumer.startField("amount", 4);
            consumer.addLong(row.amount());
            consumer.endField("amount", 4);
            consumer.startField("flag", 5);
            consumer.addBoolean(row.flag());
            consumer.endField("flag", 5);
            consumer.endMessage();
        }

        private void field(int index, Binary value) {
            if (value != null) {
                String name = SCHEMA.getFieldName(index);
                consumer.startField(name, index);
                consumer.addBinary(value);
                consumer.endField(name, index);
            }
        }
    }
}
