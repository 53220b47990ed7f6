package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.DuckDb.Parameters.values;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Year-over-year change split into activity, factor and GWP effects: read from the {@code annual_changes} table
 * ({@code annual_changes.sql}) when it takes in every exported run, else worked out from the line items
 * ({@code annual_trend.sql}); the two give the same rows.
 */
final class AnnualTrendQuery {

    private static final QuerySql SQL = QuerySql.load("annual_trend");
    private static final QuerySql KEPT = QuerySql.load("annual_changes");

    private AnnualTrendQuery() {
    }

    static List<AnnualChange> run(DuckDb duckDb, WarehouseLayout layout, TrendCriteria criteria) {
        return duckDb.query(() -> {
            if (layout.annualChangesUpToDate()) {
                return new DuckDb.Query(KEPT.over(layout), values(
                        criteria.companyId(), criteria.companyId(),
                        criteria.productId(), criteria.productId(),
                        criteria.yearFrom(), criteria.yearFrom(),
                        criteria.yearTo(), criteria.yearTo()));
            }
            if (!SQL.hasDataIn(layout)) {
                return null;
            }
            return new DuckDb.Query(SQL.over(layout), values(
                    criteria.companyId(), criteria.companyId(),
                    criteria.productId(), criteria.productId(),
                    criteria.companyId(), criteria.companyId(),
                    criteria.productId(), criteria.productId(),
                    criteria.yearFrom(), criteria.yearFrom(),
                    criteria.yearTo(), criteria.yearTo()));
        }, AnnualTrendQuery::change);
    }

    private static AnnualChange change(ResultSet row) throws SQLException {
        return new AnnualChange(
                Rows.uuid(row, "company_id"),
                Rows.uuid(row, "product_id"),
                row.getString("product"),
                Rows.uuid(row, "facility_id"),
                row.getString("facility"),
                row.getInt("reference_year"),
                row.getInt("previous_year"),
                Rows.uuid(row, "run_id"),
                Rows.uuid(row, "previous_run_id"),
                row.getBigDecimal("total_kg_co2e"),
                row.getBigDecimal("previous_total_kg_co2e"),
                row.getBigDecimal("change_kg_co2e"),
                row.getBigDecimal("activity_effect_kg_co2e"),
                row.getBigDecimal("factor_effect_kg_co2e"),
                row.getBigDecimal("gwp_effect_kg_co2e"),
                row.getBoolean("gwp_effect_complete"),
                row.getString("previous_factor_set"),
                row.getString("previous_factor_set_version"),
                row.getString("factor_set"),
                row.getString("factor_set_version"),
                row.getString("previous_gwp_set"),
                row.getString("gwp_set"),
                Rows.integer(row, "previous_factor_year_min"),
                Rows.integer(row, "previous_factor_year_max"),
                Rows.integer(row, "factor_year_min"),
                Rows.integer(row, "factor_year_max"));
    }
}
