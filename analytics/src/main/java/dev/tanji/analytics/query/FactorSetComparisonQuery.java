package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.DuckDb.Parameters.values;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Studies under two factor sets side by side, totals and lines ({@code factor_set_comparison.sql}). */
final class FactorSetComparisonQuery {

    private static final QuerySql SQL = QuerySql.load("factor_set_comparison");

    /** One row of the query: a study, and one of its matched lines unless it has none. */
    private record Row(StudyComparison study, LineComparison line) {
    }

    private FactorSetComparisonQuery() {
    }

    static FactorSetComparison run(DuckDb duckDb, WarehouseLayout layout, UUID companyId, UUID factorSetIdA,
            UUID factorSetIdB, Integer referenceYear) {
        if (!SQL.hasDataIn(layout)) {
            return new FactorSetComparison(List.of(), List.of());
        }
        List<Row> rows = duckDb.query(SQL.over(layout), values(
                factorSetIdA, factorSetIdB,
                companyId, companyId,
                referenceYear, referenceYear,
                companyId, companyId), FactorSetComparisonQuery::row);
        Map<UUID, StudyComparison> studies = new LinkedHashMap<>();
        List<LineComparison> lines = new ArrayList<>();
        for (Row row : rows) {
            studies.putIfAbsent(row.study().studyId(), row.study());
            if (row.line() != null) {
                lines.add(row.line());
            }
        }
        return new FactorSetComparison(List.copyOf(studies.values()), lines);
    }

    private static Row row(ResultSet row) throws SQLException {
        UUID studyId = Rows.uuid(row, "study_id");
        StudyComparison study = new StudyComparison(
                studyId,
                row.getString("study"),
                Rows.uuid(row, "product_id"),
                row.getString("product"),
                row.getString("facility"),
                row.getInt("reference_year"),
                Rows.uuid(row, "run_id_a"),
                Rows.uuid(row, "run_id_b"),
                row.getBigDecimal("total_kg_co2e_a"),
                row.getBigDecimal("total_kg_co2e_b"),
                row.getBigDecimal("delta_kg_co2e"),
                row.getBigDecimal("delta_percent"));
        Integer lineNo = Rows.integer(row, "line_no");
        LineComparison line = lineNo == null ? null : new LineComparison(
                studyId,
                lineNo,
                row.getString("stage"),
                row.getString("item"),
                row.getString("factor_a"),
                row.getString("factor_b"),
                row.getBigDecimal("kg_co2e_a"),
                row.getBigDecimal("kg_co2e_b"),
                row.getBigDecimal("line_delta_kg_co2e"));
        return new Row(study, line);
    }
}
