package dev.tanji.analytics.bench;

import dev.tanji.analytics.query.FacilityCriteria;
import dev.tanji.analytics.query.FactorSetComparison;
import dev.tanji.analytics.query.TrendCriteria;
import dev.tanji.analytics.query.WarehouseQueries;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * One of the warehouse's analytic questions with its arguments: as {@link WarehouseQueries} answers it (counting
 * the rows of its SQL), and as the SQL resource and the parameters, in the order its header lists them, that it
 * runs.
 */
record BenchQuery(String label, String sqlName, List<Parameter> parameters, ToIntFunction<WarehouseQueries> api) {

    /** A parameter value, or a typed null, bound the same way in DuckDB and PostgreSQL. */
    record Parameter(Object value, int sqlType) {

        static Parameter text(Object value) {
            return new Parameter(value == null ? null : value.toString(), Types.VARCHAR);
        }

        static Parameter integer(Integer value) {
            return new Parameter(value, Types.INTEGER);
        }
    }

    /** What the four questions are asked about. {@code companyId} null: every company's runs, as an administrator. */
    record Arguments(UUID companyId, String category, UUID productId, UUID factorSetA, UUID factorSetB, int year) {
    }

    static void bind(PreparedStatement statement, List<Parameter> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter.value() == null) {
                statement.setNull(i + 1, parameter.sqlType());
            } else {
                statement.setObject(i + 1, parameter.value(), parameter.sqlType());
            }
        }
    }

    /** The four questions as a company asks them, its own runs only; the benchmark reads every company's anyway. */
    static List<BenchQuery> ofCompany(Arguments a) {
        Parameter company = Parameter.text(a.companyId());
        Parameter none = Parameter.text(null);
        Parameter noYear = Parameter.integer(null);
        return List.of(
                facilities("facilities: category '" + a.category() + "', " + a.year(), a),
                new BenchQuery("annual trend: every product, every year", "annual_trend",
                        List.of(company, company, none, none, company, company, none, none, noYear, noYear, noYear,
                                noYear),
                        q -> q.annualTrend(TrendCriteria.ofCompany(a.companyId())).size()),
                factorSets("factor sets side by side, " + a.year(), a),
                benchmark("benchmark: one product among its peers, " + a.year(), a));
    }

    /**
     * The four questions over every company's runs, as an administrator asks them ({@code a} and {@code largest}
     * without a company): facilities of the company's category and of the category of the year's largest peer group;
     * the annual trend of one year and of every year, which reads every line item of the warehouse; the factor sets
     * of one year; the benchmark of a product of that largest peer group.
     */
    static List<BenchQuery> ofEveryCompany(Arguments a, Arguments largest) {
        Parameter none = Parameter.text(null);
        Parameter noYear = Parameter.integer(null);
        Parameter year = Parameter.integer(a.year());
        String scope = " [every company]";
        return List.of(
                facilities("facilities: category '" + a.category() + "', " + a.year() + scope, a),
                facilities("facilities: category '" + largest.category() + "', " + a.year() + scope, largest),
                new BenchQuery("annual trend: every product, " + a.year() + " on its previous year" + scope,
                        "annual_trend", List.of(none, none, none, none, none, none, none, none, year, year, year, year),
                        q -> q.annualTrend(TrendCriteria.ofCompany(null).between(a.year(), a.year())).size()),
                new BenchQuery("annual trend: every product, every year" + scope, "annual_trend",
                        List.of(none, none, none, none, none, none, none, none, noYear, noYear, noYear, noYear),
                        q -> q.annualTrend(TrendCriteria.ofCompany(null)).size()),
                factorSets("factor sets side by side, " + a.year() + scope, a),
                benchmark("benchmark: a product of the largest peer group, " + a.year() + scope, largest));
    }

    private static BenchQuery facilities(String label, Arguments a) {
        Parameter company = Parameter.text(a.companyId());
        Parameter none = Parameter.text(null);
        Parameter category = Parameter.text(a.category());
        return new BenchQuery(label, "facilities",
                List.of(company, company, none, none, category, category, Parameter.integer(a.year()), none, none,
                        none, none),
                q -> q.facilities(FacilityCriteria.ofCategory(a.companyId(), a.category(), a.year())).size());
    }

    private static BenchQuery factorSets(String label, Arguments a) {
        Parameter company = Parameter.text(a.companyId());
        return new BenchQuery(label, "factor_set_comparison",
                List.of(Parameter.text(a.factorSetA()), Parameter.text(a.factorSetB()), company, company,
                        Parameter.integer(a.year()), Parameter.integer(a.year()), company, company),
                q -> sqlRows(q.factorSetComparison(a.companyId(), a.factorSetA(), a.factorSetB(), a.year())));
    }

    private static BenchQuery benchmark(String label, Arguments a) {
        return new BenchQuery(label, "benchmark",
                List.of(Parameter.integer(a.year()), Parameter.text(a.productId()), Parameter.integer(5)),
                q -> q.benchmark(a.productId(), a.year(), 5) == null ? 0 : 1);
    }

    /** The SQL's rows: one per study and one per matched line. */
    private static int sqlRows(FactorSetComparison comparison) {
        return comparison.studies().size() + comparison.lines().size();
    }
}
