package dev.tanji.analytics.query;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A query's SQL as kept in a resource file {@code dev/tanji/analytics/query/<name>.sql}, in SQL that DuckDB and
 * Spark SQL both run: {@code ${runs}}, {@code ${line_items}} and {@code ${annual_changes}} stand for the tables,
 * {@code ?} for the parameters the file's header lists in order.
 */
final class QuerySql {

    private static final String RUNS = "${runs}";
    private static final String LINE_ITEMS = "${line_items}";
    private static final String ANNUAL_CHANGES = "${annual_changes}";

    private final String text;

    private QuerySql(String text) {
        this.text = text;
    }

    static QuerySql load(String name) {
        String resource = name + ".sql";
        try (InputStream in = QuerySql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No query resource " + resource + " next to " + QuerySql.class);
            }
            return new QuerySql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read query resource " + resource, e);
        }
    }

    /** Whether every table the query reads has data files: DuckDB fails on a table glob that matches nothing. */
    boolean hasDataIn(WarehouseLayout layout) {
        return (!text.contains(RUNS) || layout.hasDataFiles(layout.runs()))
                && (!text.contains(LINE_ITEMS) || layout.hasDataFiles(layout.lineItems()));
    }

    /** The SQL reading the warehouse's Parquet files. */
    String over(WarehouseLayout layout) {
        return text.replace(RUNS, ParquetTable.readParquet(layout.runs()))
                .replace(LINE_ITEMS, ParquetTable.readParquet(layout.lineItems()))
                .replace(ANNUAL_CHANGES, ParquetTable.readFlatParquet(layout.annualChanges()));
    }

    /** The SQL as the resource has it, placeholders and all. */
    String text() {
        return text;
    }
}
