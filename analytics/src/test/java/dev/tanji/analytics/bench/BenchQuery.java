package dev.tanji.analytics.bench;

import dev.tanji.analytics.query.FacilityCriteria;
import dev.tanji.analytics.query.FactorSetComparison;
import dev.tanji.analytics.query.LineComparison;
import dev.tanji.analytics.query.StudyComparison;
import dev.tanji.analytics.query.TrendCriteria;
import dev.tanji.analytics.query.WarehouseQueries;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

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

    static List<BenchQuery> of(Arguments a, String scope) {
        Parameter company = Parameter.text(a.companyId());
        Parameter none = Parameter.text(null);
        Parameter noYear = Parameter.integer(null);
        List<BenchQuery> queries = new ArrayList<>();
        queries.add(new BenchQuery("facilities: category '" + a.category() + "', " + a.year() + scope, "facilities",
                List.of(company, company, none, none, Parameter.text(a.category()), Parameter.text(a.category()),
                        Parameter.integer(a.year()), none, none, none, none),
                q -> q.facilities(FacilityCriteria.ofCategory(a.companyId(), a.category(), a.year())).size()));
        if (a.companyId() != null) {
            queries.add(new BenchQuery("annual trend: every product, every year" + scope, "annual_trend",
                    List.of(company, company, none, none, company, company, none, none, noYear, noYear, noYear, noYear),
                    q -> q.annualTrend(TrendCriteria.ofCompany(a.companyId())).size()));
        } else {
            Parameter year = Parameter.integer(a.year());
            queries.add(new BenchQuery("annual trend: every product, " + a.year() + " on its previous year" + scope,
                    "annual_trend",
                    List.of(none, none, none, none, none, none, none, none, year, year, year, year),
                    q -> q.annualTrend(TrendCriteria.ofCompany(null).between(a.year(), a.year())).size()));
        }
        queries.add(new BenchQuery("factor sets side by side, " + a.year() + scope, "factor_set_comparison",
                List.of(Parameter.text(a.factorSetA()), Parameter.text(a.factorSetB()), company, company,
                        Parameter.integer(a.year()), Parameter.integer(a.year()), company, company),
                q -> sqlRows(q.factorSetComparison(a.companyId(), a.factorSetA(), a.factorSetB(), a.year()))));
        if (a.companyId() != null) {
            queries.add(new BenchQuery("benchmark: one product among its peers, " + a.year(), "benchmark",
                    List.of(Parameter.integer(a.year()), Parameter.text(a.productId()), Parameter.integer(5)),
                    q -> q.benchmark(a.productId(), a.year(), 5) == null ? 0 : 1));
        }
        return queries;
    }

    /** The SQL's rows: one per matched line, and one for each study without lines. */
    private static int sqlRows(FactorSetComparison comparison) {
        Set<UUID> withLines = comparison.lines().stream().map(LineComparison::studyId).collect(Collectors.toSet());
        long withoutLines = comparison.studies().stream().map(StudyComparison::studyId)
                .filter(id -> !withLines.contains(id)).count();
        return comparison.lines().size() + (int) withoutLines;
    }
}
