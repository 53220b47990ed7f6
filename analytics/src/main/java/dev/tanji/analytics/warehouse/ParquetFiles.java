package dev.tanji.analytics.warehouse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;

/** Writes one Parquet file to the local disk: ZSTD, row groups of at most {@code rowGroupRows} rows. */
final class ParquetFiles {

    /** A file ends with its footer's length (4 bytes, little-endian) and the magic {@code PAR1}. */
    private static final int LENGTH_AND_MAGIC = 8;

    private ParquetFiles() {
    }

    /** A new file's writer: rows go in one by one, closing it writes the footer. */
    static <T> TableFile<T> open(Path file, Table<T> table, int rowGroupRows) throws IOException {
        return TableFile.create(file, table, rowGroupRows);
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
}
