package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.DuckDb.Parameters.values;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** kg CO2e per functional unit by facility ({@code facilities.sql}). */
final class FacilitiesQuery {

    private static final QuerySql SQL = QuerySql.load("facilities");

    private FacilitiesQuery() {
    }

    static List<FacilityFootprint> run(DuckDb duckDb, WarehouseLayout layout, FacilityCriteria criteria) {
        if (!SQL.hasDataIn(layout)) {
            return List.of();
        }
        return duckDb.query(SQL.over(layout), values(
                criteria.companyId(), criteria.companyId(),
                criteria.productId(), criteria.productId(),
                criteria.category(), criteria.category(),
                criteria.referenceYear(),
                criteria.factorSetId(), criteria.factorSetId(),
                criteria.gwpSet(), criteria.gwpSet()), FacilitiesQuery::footprint);
    }

    private static FacilityFootprint footprint(ResultSet row) throws SQLException {
        return new FacilityFootprint(
                Rows.uuid(row, "company_id"),
                Rows.uuid(row, "product_id"),
                row.getString("product"),
                row.getString("category"),
                row.getString("functional_unit"),
                Rows.uuid(row, "facility_id"),
                row.getString("facility"),
                row.getInt("reference_year"),
                Rows.uuid(row, "run_id"),
                row.getString("factor_set"),
                row.getString("factor_set_version"),
                row.getString("gwp_set"),
                row.getBigDecimal("kg_co2e_per_functional_unit"),
                row.getInt("facility_rank"),
                row.getBigDecimal("difference_from_lowest_percent"));
    }
}
