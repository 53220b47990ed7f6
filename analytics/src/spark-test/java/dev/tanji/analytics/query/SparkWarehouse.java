package dev.tanji.analytics.query;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The warehouse as Spark SQL sees it: a local session with the {@code runs}, {@code line_items} and
 * {@code annual_changes} tables as views over their directories, the reference year found by Hive-style partition
 * discovery, and the queries' SQL run as the resource files have it, with each {@code ?} written as a literal.
 */
final class SparkWarehouse implements AutoCloseable {

    static final String RUNS = "runs";
    static final String LINE_ITEMS = "line_items";
    static final String ANNUAL_CHANGES = "annual_changes";

    private final SparkSession spark;

    SparkWarehouse(Path root, Path scratch) {
        spark = SparkSession.builder()
                .appName("tanji-warehouse")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.debug.maxToStringFields", "100")
                .config("spark.sql.warehouse.dir", scratch.resolve("spark-warehouse").toUri().toString())
                .getOrCreate();
        WarehouseLayout layout = new WarehouseLayout(root);
        register(RUNS, layout.runs());
        register(LINE_ITEMS, layout.lineItems());
        register(ANNUAL_CHANGES, layout.annualChanges());
    }

    private void register(String view, Path table) {
        String dir = table.toUri().toString();
        spark.read().option("basePath", dir).parquet(dir).createOrReplaceTempView(view);
    }

    StructType schema(String view) {
        return spark.table(view).schema();
    }

    /** The rows of {@code <name>.sql} over the views, its parameters given in the order its header lists them. */
    List<Row> query(String name, Object... parameters) {
        return spark.sql(sql(name, parameters)).collectAsList();
    }

    /** The columns {@code <name>.sql} answers with. */
    StructType columns(String name, Object... parameters) {
        return spark.sql(sql(name, parameters)).schema();
    }

    List<Row> sql(String sql) {
        return spark.sql(sql).collectAsList();
    }

    private static String sql(String name, Object... parameters) {
        String sql = QuerySql.load(name).text().replace("${runs}", RUNS).replace("${line_items}", LINE_ITEMS)
                .replace("${annual_changes}", ANNUAL_CHANGES);
        return withLiterals(sql, parameters);
    }

    /** {@code sql} with each {@code ?} outside string literals, quoted identifiers and comments replaced in order. */
    static String withLiterals(String sql, Object... parameters) {
        StringBuilder out = new StringBuilder(sql.length());
        int next = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '`') {
                end = closing(sql, i, c);
            } else if (sql.startsWith("--", i)) {
                end = sql.indexOf('\n', i) < 0 ? sql.length() : sql.indexOf('\n', i) + 1;
            } else if (sql.startsWith("/*", i)) {
                end = sql.indexOf("*/", i + 2) < 0 ? sql.length() : sql.indexOf("*/", i + 2) + 2;
            } else if (c == '?') {
                if (next == parameters.length) {
                    throw new IllegalArgumentException("More ? than the " + parameters.length + " parameters given");
                }
                out.append(literal(parameters[next++]));
                i++;
                continue;
            } else {
                end = i + 1;
            }
            out.append(sql, i, end);
            i = end;
        }
        if (next != parameters.length) {
            throw new IllegalArgumentException(next + " ? for " + parameters.length + " parameters");
        }
        return out.toString();
    }

    private static int closing(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length() && sql.charAt(i) != quote) {
            i += sql.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, sql.length());
    }

    /**
     * A value as a Spark SQL literal: NULL, a number as it is, anything else (ids are UUIDs stored as text) a string
     * literal. Spark reads a backslash in a string literal as an escape and does not take {@code ''} for a quote, so
     * both are written with a backslash.
     */
    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (!(value instanceof String || value instanceof UUID)) {
            throw new IllegalArgumentException("No literal for a " + value.getClass().getName());
        }
        return "'" + value.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    public void close() {
        spark.stop();
    }
}
