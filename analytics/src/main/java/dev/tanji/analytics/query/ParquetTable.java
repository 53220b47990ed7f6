package dev.tanji.analytics.query;

import java.io.File;
import java.nio.file.Path;

/** A warehouse table as a DuckDB table function call over all its partitions. */
final class ParquetTable {

    private ParquetTable() {
    }

    /**
     * {@code read_parquet('<dir>/*}{@code /*.parquet', hive_partitioning = true, ...)}: the reference year comes from
     * the {@code reference_year=YYYY} directory names. Staged files ({@code .part-...parquet.inprogress}) do not
     * match the glob.
     */
    static String readParquet(Path tableDir) {
        String glob = tableDir.toString().replace(File.separatorChar, '/') + "/*/*.parquet";
        return "read_parquet(" + sqlString(glob)
                + ", hive_partitioning = true, hive_types = {'reference_year': INTEGER})";
    }

    /** {@code read_parquet('<dir>/*.parquet', hive_partitioning = false)}: a table not partitioned. */
    static String readFlatParquet(Path tableDir) {
        String glob = tableDir.toString().replace(File.separatorChar, '/') + "/*.parquet";
        return "read_parquet(" + sqlString(glob) + ", hive_partitioning = false)";
    }

    static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** DuckDB would read glob characters in the root as a pattern; a root with them is refused up front. */
    static Path checkGlobFree(Path root) {
        if (root.toString().matches(".*[*?\\[\\]{}].*")) {
            throw new IllegalArgumentException("Warehouse root must not contain * ? [ ] { }: " + root);
        }
        return root;
    }
}
