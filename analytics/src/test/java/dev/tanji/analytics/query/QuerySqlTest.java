package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.DuckDb.Parameters.values;
import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.analytics.warehouse.ParquetWarehouse;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuerySqlTest {

    /** DuckDB's own syntax, which Spark SQL 3.5 does not run. */
    private static final List<Pattern> DUCKDB_ONLY = List.of(
            Pattern.compile("\\bQUALIFY\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("::"),
            Pattern.compile("\\bFILTER\\s*\\(", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(arg_max|arg_min|max_by|min_by|list_\\w+|struct_\\w+|read_parquet)\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(GROUP|ORDER)\\s+BY\\s+ALL\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(EXCLUDE|COLUMNS)\\s*\\(", Pattern.CASE_INSENSITIVE));

    private static final String SIX_PLACES = "DECIMAL\\(\\d+,6\\)";

    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"facilities", "annual_trend", "factor_set_comparison", "benchmark"})
    void everyQueryIsWrittenInSqlThatSparkRunsToo(String name) {
        String sql = QuerySql.load(name).text();

        assertThat(DUCKDB_ONLY).allSatisfy(pattern -> assertThat(pattern.matcher(sql).find())
                .as("%s.sql matches %s", name, pattern).isFalse());
        assertThat(sql).contains("${runs}");
    }

    @Test
    void figuresComeOutOfDuckDbAsDecimalsToSixPlacesNeverAsDoubles() {
        RunRecord before = aRun().in(2022).under("ecoinvent", "3.8", "AR5")
                .line("PRODUCTION", "electricity, grid", "3", "kWh", "1.000001").build();
        RunRecord after = aRun().in(2023).study(before.studyId()).under("GaBi", "2024", "AR6")
                .line("PRODUCTION", "electricity, grid", "7", "kWh", "2.000003").build();
        new ParquetWarehouse(root).export(List.of(before, after));
        WarehouseLayout layout = new WarehouseLayout(root);

        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("256MB", 1))) {
            assertThat(figureTypes(duckDb, QuerySql.load("facilities").over(layout),
                    values(null, null, null, null, "pump housings", "pump housings", 2023, null, null, null, null)))
                    .containsOnlyKeys("kg_co2e_per_functional_unit", "difference_from_lowest_percent")
                    .allSatisfy((column, type) -> assertThat(type).matches(SIX_PLACES));
            assertThat(figureTypes(duckDb, QuerySql.load("annual_trend").over(layout),
                    values(null, null, null, null, null, null, null, null, null, null, null, null)))
                    .hasSize(6)
                    .allSatisfy((column, type) -> assertThat(type).matches(SIX_PLACES));
            assertThat(figureTypes(duckDb, QuerySql.load("factor_set_comparison").over(layout),
                    values(before.factorSetId(), after.factorSetId(), null, null, null, null, null, null)))
                    .hasSize(7)
                    .allSatisfy((column, type) -> assertThat(type).matches(SIX_PLACES));
            assertThat(figureTypes(duckDb, QuerySql.load("benchmark").over(layout),
                    values(2023, after.productId(), 1)))
                    .containsOnlyKeys("product_kg_co2e", "percent_rank", "quartile1_kg_co2e", "median_kg_co2e",
                            "quartile3_kg_co2e")
                    .allSatisfy((column, type) -> assertThat(type).matches(SIX_PLACES));
        }
    }

    /** The types of a query's kg CO2e, percent and rank columns. */
    private static Map<String, String> figureTypes(DuckDb duckDb, String sql, DuckDb.Parameters parameters) {
        Map<String, String> types = new LinkedHashMap<>();
        columnTypes(duckDb, sql, parameters).forEach((column, type) -> {
            if (column.contains("kg_co2e") || column.contains("percent")) {
                types.put(column, type);
            }
        });
        return types;
    }

    private static Map<String, String> columnTypes(DuckDb duckDb, String sql, DuckDb.Parameters parameters) {
        return duckDb.query(sql, parameters, row -> {
            ResultSetMetaData columns = row.getMetaData();
            Map<String, String> types = new LinkedHashMap<>();
            for (int i = 1; i <= columns.getColumnCount(); i++) {
                types.put(columns.getColumnName(i), columns.getColumnTypeName(i));
            }
            return types;
        }).get(0);
    }
}
