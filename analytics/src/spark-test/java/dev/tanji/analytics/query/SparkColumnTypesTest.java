package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.DuckDb.Parameters.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.parquet.Version;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark infers from the files and the {@code reference_year=YYYY} directories the column types DuckDB reads: every
 * column, by name and in order. Figures come out of the queries as decimals to six places, as they do from DuckDB.
 */
@Tag("spark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkColumnTypesTest {

    /** DuckDB's name for each type the warehouse writes, and Spark's. */
    private static final Map<String, String> SPARK_TYPE_OF = Map.of(
            "VARCHAR", "string",
            "BOOLEAN", "boolean",
            "INTEGER", "int",
            "DECIMAL(18,6)", "decimal(18,6)",
            "TIMESTAMP WITH TIME ZONE", "timestamp");

    private WarehouseLayout layout;
    private SparkWarehouse spark;

    @BeforeAll
    void write(@TempDir Path dir) {
        Path root = dir.resolve("warehouse");
        AgreementWarehouse.writeInOwnJvm(root);
        layout = new WarehouseLayout(root);
        spark = new SparkWarehouse(root, dir.resolve("spark"));
    }

    @AfterAll
    void close() {
        if (spark != null) {
            spark.close();
        }
    }

    @Test
    void runsHaveTheColumnTypesDuckDbReads() {
        Map<String, String> columns = sparkTypes(SparkWarehouse.RUNS);

        assertThat(columns).containsExactlyEntriesOf(duckDbTypesInSparkTerms(layout.runs()));
        assertThat(columns).contains(
                entry("run_id", "string"),
                entry("declared_unit", "boolean"),
                entry("total_kg_co2e", "decimal(18,6)"),
                entry("calculated_at", "timestamp"),
                entry("line_count", "int"),
                entry("reference_year", "int"));
    }

    @Test
    void lineItemsHaveTheColumnTypesDuckDbReads() {
        Map<String, String> columns = sparkTypes(SparkWarehouse.LINE_ITEMS);

        assertThat(columns).containsExactlyEntriesOf(duckDbTypesInSparkTerms(layout.lineItems()));
        assertThat(columns).contains(
                entry("amount", "decimal(18,6)"),
                entry("kg_co2e_ar5", "decimal(18,6)"),
                entry("factor_year", "int"),
                entry("calculated_at", "timestamp"),
                entry("reference_year", "int"));
    }

    @Test
    void theServersParquetJavaWroteTheFilesAndSparksOwnReadsThem() throws ReflectiveOperationException {
        String written = System.getProperty("tanji.writer.parquet.version");
        String reading = System.getProperty("tanji.reader.parquet.version");

        assertThat(createdBy(layout.runs())).containsOnly("parquet-mr version " + written);
        assertThat(createdBy(layout.lineItems())).containsOnly("parquet-mr version " + written);
        // read at run time: the compiler copies the constant from the parquet-java it compiled against
        assertThat(Version.class.getField("VERSION_NUMBER").get(null)).isEqualTo(reading);
    }

    @Test
    void theQueriesFiguresComeOutAsDecimalsToSixPlaces() {
        AgreementRuns runs = new AgreementRuns();
        UUID ecoinvent = runs.housing2024A.factorSetId();
        UUID gabi = runs.housing2024B.factorSetId();

        assertThat(figures(spark.columns("facilities", null, null, null, null, "pump housings", "pump housings", 2024,
                null, null, null, null))).hasSize(2);
        assertThat(figures(spark.columns("annual_trend", new Object[12]))).hasSize(6);
        assertThat(figures(spark.columns("factor_set_comparison", ecoinvent, gabi, null, null, null, null, null,
                null))).hasSize(7);
        assertThat(figures(spark.columns("benchmark", 2024, runs.housing2024A.productId(), 5))).hasSize(5);
    }

    @Test
    void theReferenceYearComesFromTheDirectoryNames() {
        assertThat(spark.sql("SELECT DISTINCT reference_year FROM runs ORDER BY reference_year"))
                .extracting(row -> row.get(0))
                .containsExactly(2020, 2021, 2022, 2023, 2024);
    }

    /** The kg CO2e and percent columns, each checked to be a decimal with 6 places. */
    private static List<StructField> figures(StructType columns) {
        List<StructField> figures = Stream.of(columns.fields())
                .filter(field -> field.name().contains("kg_co2e") || field.name().contains("percent"))
                .toList();
        assertThat(figures).allSatisfy(field -> assertThat(field.dataType())
                .isInstanceOfSatisfying(DecimalType.class, type -> assertThat(type.scale()).isEqualTo(6)));
        return figures;
    }

    private Map<String, String> sparkTypes(String view) {
        Map<String, String> types = new LinkedHashMap<>();
        for (StructField field : spark.schema(view).fields()) {
            types.put(field.name(), field.dataType().simpleString());
        }
        return types;
    }

    /** The writers the table's files name in their footers, without build hashes. */
    /** The writers of a table's files, as their footers name them, without build ids. */
    static List<String> createdBy(Path table) {
        String glob = ParquetTable.sqlString(table.toString().replace(File.separatorChar, '/') + "/*/*.parquet");
        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("256MB", 1))) {
            return duckDb.query("SELECT DISTINCT regexp_replace(created_by, ' \\(build .*\\)$', '') AS writer"
                    + " FROM parquet_file_metadata(" + glob + ")", values(), row -> row.getString("writer"));
        }
    }

    private static Map<String, String> duckDbTypesInSparkTerms(Path table) {
        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("256MB", 1))) {
            List<Map.Entry<String, String>> columns = duckDb.query(
                    "DESCRIBE SELECT * FROM " + ParquetTable.readParquet(table), values(),
                    row -> Map.entry(row.getString("column_name"), row.getString("column_type")));
            Map<String, String> types = new LinkedHashMap<>();
            columns.forEach(column -> types.put(column.getKey(),
                    SPARK_TYPE_OF.getOrDefault(column.getValue(), "no Spark type for " + column.getValue())));
            return types;
        }
    }
}
