package dev.tanji.analytics.warehouse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.parquet.format.Util;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;

/**
 * Reads a Parquet footer with parquet-java's own converter. {@code ParquetFileReader} would do the same but links
 * to Hadoop MapReduce classes this module leaves out.
 */
final class Footers {

    private static final int LENGTH_AND_MAGIC = 8;

    private Footers() {
    }

    static ParquetMetadata read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer tail = ByteBuffer.allocate(LENGTH_AND_MAGIC).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(tail, channel.size() - LENGTH_AND_MAGIC);
            int footerLength = tail.getInt(0);
            ByteBuffer footer = ByteBuffer.allocate(footerLength);
            channel.read(footer, channel.size() - LENGTH_AND_MAGIC - footerLength);
            return new ParquetMetadataConverter().fromParquetMetadata(
                    Util.readFileMetaData(new ByteArrayInputStream(footer.array())));
        }
    }
}
