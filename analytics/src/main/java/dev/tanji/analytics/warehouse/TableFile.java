package dev.tanji.analytics.warehouse;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
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
 * what its {@code ParquetWriter} does for a flat schema, with two differences. Fields go straight to their column
 * writers (no record consumer tracking which fields of a row were written), and string columns with a dictionary
 * find a value given again as the same object without hashing it ({@link RepeatedValueDictionaries}). The file is
 * the same, byte for byte.
 *
 * <p>ZSTD, {@link ParquetWriter}'s default page, dictionary and row-group sizes; a row group ends at
 * {@code rowGroupRows} rows, or earlier if its buffered pages reach the default row-group size in bytes.
 */
final class TableFile<T> implements Closeable {

    /** Rows between two looks at the row group's size in bytes. */
    private static final int ROWS_PER_SIZE_CHECK = 1_000;

    private final Table<T> table;
    private final MessageType schema;
    private final ParquetProperties properties;
    private final CodecFactory codecs;
    private final BytesInputCompressor compressor;
    private final ParquetFileWriter file;
    private final RowWriter row;
    private final int rowGroupRows;
    private ColumnChunkPageWriteStore pages;
    private ColumnWriteStore columns;
    private int rowGroupOrdinal;
    private int rowsInGroup;
    private boolean closed;

    private TableFile(Table<T> table, ParquetProperties properties, CodecFactory codecs, ParquetFileWriter file,
            int rowGroupRows) {
        this.table = table;
        this.schema = table.messageType();
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
                && columns.getBufferedSize() >= ParquetWriter.DEFAULT_BLOCK_SIZE) {
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
        columns = properties.newColumnWriteStore(schema, pages, pages);
        row.writeTo(schema, columns);
        rowsInGroup = 0;
    }

    private void endRowGroup() throws IOException {
        try {
            if (rowsInGroup > 0) {
                rowGroupOrdinal++;
                file.startBlock(rowsInGroup);
                columns.flush();
                pages.flushToFileWriter(file);
                file.endBlock();
            }
        } finally {
            releaseRowGroup();
        }
    }

    private void releaseRowGroup() {
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
