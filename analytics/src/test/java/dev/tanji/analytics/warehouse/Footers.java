package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;

/**
 * Reads a Parquet footer ({@link ParquetFiles#footer}) with parquet-java's own converter. {@code ParquetFileReader}
 * would do the same but links to Hadoop MapReduce classes this module leaves out.
 */
final class Footers {

    private Footers() {
    }

    static ParquetMetadata read(Path file) throws IOException {
        return new ParquetMetadataConverter().fromParquetMetadata(ParquetFiles.footer(file));
    }
}
