package dev.tanji.analytics.warehouse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

/** Writes one Parquet file to the local disk: ZSTD, row groups of at most {@code rowGroupRows} rows. */
final class ParquetFiles {

    /** A file ends with its footer's length (4 bytes, little-endian) and the magic {@code PAR1}. */
    private static final int LENGTH_AND_MAGIC = 8;

    private ParquetFiles() {
    }

    /** A new file's writer: rows go in one by one, closing it writes the footer. */
    static <T> ParquetWriter<T> open(Path file, TableWriteSupport<T> table, int rowGroupRows) throws IOException {
        Builder<T> builder = new Builder<>(file, table)
                .withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withRowGroupRowCountLimit(rowGroupRows);
        for (String column : table.withoutDictionary()) {
            builder = builder.withDictionaryEncoding(column, false);
        }
        return builder.build();
    }

    /**
     * A file's footer as written. (parquet-java's {@code ParquetFileReader} reads footers through Hadoop MapReduce
     * classes this module leaves out.)
     */
    static FileMetaData footer(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer tail = ByteBuffer.allocate(LENGTH_AND_MAGIC).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(tail, channel.size() - LENGTH_AND_MAGIC);
            int footerLength = tail.getInt(0);
            ByteBuffer footer = ByteBuffer.allocate(footerLength);
            channel.read(footer, channel.size() - LENGTH_AND_MAGIC - footerLength);
            return Util.readFileMetaData(new ByteArrayInputStream(footer.array()));
        }
    }

    /** The rows a file holds, from its footer. */
    static long rowCount(Path file) throws IOException {
        return footer(file).getNum_rows();
    }

    private static final class Builder<T> extends ParquetWriter.Builder<T, Builder<T>> {

        private final TableWriteSupport<T> table;

        Builder(Path file, TableWriteSupport<T> table) {
            super(new LocalOutputFile(file));
            this.table = table;
        }

        @Override
        protected Builder<T> self() {
            return this;
        }

        @Override
        protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
            return table;
        }

        /** Still abstract in parquet-java; {@link #build()} calls the {@link ParquetConfiguration} variant. */
        @Override
        @SuppressWarnings("deprecation")
        protected WriteSupport<T> getWriteSupport(Configuration conf) {
            return table;
        }
    }
}
