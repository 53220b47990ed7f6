package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.DuckDb.Parameters.values;

import dev.tanji.analytics.query.WarehouseQueryException.Code;
import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** One product among comparable products of every company ({@code benchmark.sql}). */
final class BenchmarkQuery {

    private static final QuerySql SQL = QuerySql.load("benchmark");

    private BenchmarkQuery() {
    }

    static Benchmark run(DuckDb duckDb, WarehouseLayout layout, UUID productId, int referenceYear,
            int minimumCompanies) {
        List<Benchmark> answer = SQL.hasDataIn(layout)
                ? duckDb.query(SQL.over(layout), values(referenceYear, productId, minimumCompanies),
                        row -> benchmark(row, referenceYear, minimumCompanies))
                : List.of();
        if (answer.isEmpty()) {
            throw new WarehouseQueryException(Code.NOT_IN_WAREHOUSE, "Product " + productId + " has no run for "
                    + referenceYear + " in the warehouse; calculate a footprint for that year and export it first");
        }
        return answer.get(0);
    }

    private static Benchmark benchmark(ResultSet row, int referenceYear, int minimumCompanies) throws SQLException {
        String category = row.getString("category");
        String functionalUnit = row.getString("functional_unit");
        if (row.getInt("large_enough") != 1) {
            throw new WarehouseQueryException(Code.BENCHMARK_GROUP_TOO_SMALL, tooSmall(category, functionalUnit,
                    referenceYear, minimumCompanies));
        }
        return new Benchmark(
                category,
                functionalUnit,
                referenceYear,
                row.getInt("company_count"),
                row.getInt("product_count"),
                row.getBigDecimal("product_kg_co2e"),
                row.getBigDecimal("percent_rank"),
                row.getBigDecimal("quartile1_kg_co2e"),
                row.getBigDecimal("median_kg_co2e"),
                row.getBigDecimal("quartile3_kg_co2e"));
    }

    private static String tooSmall(String category, String functionalUnit, int referenceYear, int minimumCompanies) {
        if (category == null || functionalUnit == null) {
            return "The product's " + referenceYear + " run names no category or functional unit, so it has no"
                    + " group to be benchmarked in";
        }
        return "A benchmark needs products of at least " + minimumCompanies + " companies in category '" + category
                + "' per '" + functionalUnit + "' for " + referenceYear + "; this group is too small to show"
                + " without revealing its members";
    }
}
