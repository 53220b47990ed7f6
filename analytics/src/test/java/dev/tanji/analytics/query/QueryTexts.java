package dev.tanji.analytics.query;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.nio.file.Path;

/** The analytic queries' SQL as {@link WarehouseQueries} runs it, for running the same text elsewhere. */
public final class QueryTexts {

    private QueryTexts() {
    }

    /** The resource's text, {@code ${runs}} and {@code ${line_items}} left in. */
    public static String text(String name) {
        return QuerySql.load(name).text();
    }

    /** The text with the tables read from the Parquet files of the warehouse under {@code root}, as DuckDB runs it. */
    public static String overParquet(String name, Path root) {
        return QuerySql.load(name).over(new WarehouseLayout(root));
    }

    /** A table's Parquet files as DuckDB reads them: {@code read_parquet(...)} over its partitions. */
    public static String readParquet(Path tableDir) {
        return ParquetTable.readParquet(tableDir);
    }
}
