package dev.tanji.analytics.warehouse;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.CodecFactory;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * One Parquet file of a {@link Table} being written, row by row, with parquet-java's file, page and column writers:
 * what its {@code ParquetWriter} does for a flat schema, with three differences. Fields go straight to their column
 * writers (no record consumer tracking which fields of a row were written); string columns with a dictionary find a
 * value given again as the same object without hashing it ({@link RepeatedValueDictionaries}); and the table's
 * repeating columns ({@link Table#repeating()}) are written a stretch of the same value at a time
 * ({@link RepeatingColumn}). A table without repeating columns gets the same file as from {@code ParquetWriter},
 * byte for byte; with them, the same rows and the same statistics, the repeating columns' pages encoded as
 * {@link RepeatingColumn} says.
 *
 * <p>ZSTD, {@link ParquetWriter}'s default page, dictionary and row-group sizes; a row group ends at
 * {@code rowGroupRows} rows, or earlier if its buffered pages reach the default row-group size in bytes.
 */
final class TableFile<T> implements Closeable {

    /** Rows between two looks at the row group's size in bytes. */
    private static final int ROWS_PER_SIZE_CHECK = 1_000;

    private final Table<T> table;
    private final MessageType schema;
    /** The columns that are not repeating, written by parquet-java's column writers. */
    private final MessageType others;
    private final ParquetProperties properties;
    private final CodecFactory codecs;
    private final BytesInputCompressor compressor;
    private final ParquetFileWriter file;
    private final RowWriter row;
    private final int rowGroupRows;
    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore columns;
    private List<RepeatingColumn> repeating = List.of();
    private int rowGroupOrdinal;
    private int rowsInGroup;
    private boolean closed;

    private TableFile(Table<T> table, ParquetProperties properties, CodecFactory codecs, ParquetFileWriter file,
            int rowGroupRows) {
        this.table = table;
        this.schema = table.messageType();
        this.others = new MessageType(schema.getName(), schema.getFields().stream()
                .filter(field -> !table.repeating().contains(field.getName())).toList());
        this.properties = properties;
        this.codecs = codecs;
        this.compressor = codecs.getCompressor(CompressionCodecName.ZSTD);
        this.file = file;
        this.row = new RowWriter(schema);
        this.rowGroupRows = rowGroupRows;
    }

    /** A new file at {@code path} (which must not exist): rows go in one by one, closing it writes the footer. */
    static <T> TableFile<T> create(Path path, Table<T> table, int rowGroupRows) throws IOException {
        ParquetProperties.Builder builder = ParquetProperties.builder()
                .withValuesWriterFactory(new RepeatedValueDictionaries());
        for (String column : table.withoutDictionary()) {
            builder = builder.withDictionaryEncoding(column, false);
        }
        ParquetProperties properties = builder.build();
        CodecFactory codecs = new CodecFactory(new PlainParquetConfiguration(), properties.getPageSizeThreshold());
        try {
            ParquetFileWriter file = new ParquetFileWriter(new LocalOutputFile(path), table.messageType(),
                    ParquetFileWriter.Mode.CREATE, ParquetWriter.DEFAULT_BLOCK_SIZE,
                    ParquetWriter.MAX_PADDING_SIZE_DEFAULT, null, properties);
            file.start();
            TableFile<T> tableFile = new TableFile<>(table, properties, codecs, file, rowGroupRows);
            tableFile.startRowGroup();
            return tableFile;
        } catch (IOException | RuntimeException e) {
            codecs.release();
            throw e;
        }
    }

    void write(T value) throws IOException {
        table.writeFields(value, row);
        columns.endRecord();
        rowsInGroup++;
        if (rowsInGroup >= rowGroupRows || rowsInGroup % ROWS_PER_SIZE_CHECK == 0
                && bufferedSize() >= ParquetWriter.DEFAULT_BLOCK_SIZE) {
            endRowGroup();
            startRowGroup();
        }
    }

    /** Writes the last row group and the footer. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            endRowGroup();
            file.end(Map.of());
        } finally {
            releaseRowGroup();
            codecs.release();
        }
    }

    /** Gives up the file and closes it: what was written of it stays as it is, to be deleted. */
    void abort() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // closed without its footer; parquet-java's abort() would leave the file open
            file.close();
        } catch (IOException | RuntimeException e) {
            // the file is incomplete either way; the caller deletes it
        } finally {
            releaseRowGroup();
            codecs.release();
        }
    }

    private void startRowGroup() {
        pages = ColumnChunkPageWriteStore.builder()
                .withCompressorProvider(column -> compressor)
                .withSchema(schema)
                .withAllocator(properties.getAllocator())
                .withColumnIndexTruncateLength(properties.getColumnIndexTruncateLength())
                .withPageWriteChecksumEnabled(properties.getPageWriteChecksumEnabled())
                .withRowGroupOrdinal(rowGroupOrdinal)
                .build();
        columns = properties.newColumnWriteStore(others, pages, pages);
        Map<ColumnDescriptor, ColumnWriter> writers = new HashMap<>();
        List<RepeatingColumn> repeatingColumns = new ArrayList<>();
        for (ColumnDescriptor column : schema.getColumns()) {
            if (table.repeating().contains(column.getPath()[0])) {
                RepeatingColumn writer = new RepeatingColumn(column, pages.getPageWriter(column), properties);
                repeatingColumns.add(writer);
                writers.put(column, writer);
            } else {
                writers.put(column, columns.getColumnWriter(column));
            }
        }
        repeating = repeatingColumns;
        row.writeTo(schema, writers::get);
        rowsInGroup = 0;
    }

    private long bufferedSize() {
        long size = columns.getBufferedSize();
        for (RepeatingColumn column : repeating) {
            size += column.getBufferedSizeInMemory();
        }
        return size;
    }

    private void endRowGroup() throws IOException {
        try {
            if (rowsInGroup > 0) {
                rowGroupOrdinal++;
                file.startBlock(rowsInGroup);
                columns.flush();
                repeating.forEach(RepeatingColumn::flush);
                pages.flushToFileWriter(file);
                file.endBlock();
            }
        } finally {
            releaseRowGroup();
        }
    }

    private void releaseRowGroup() {
        repeating.forEach(RepeatingColumn::close);
        repeating = List.of();
        if (columns != null) {
            columns.close();
            columns = null;
        }
        if (pages != null) {
            pages.close();
            pages = null;
        }
    }
}
