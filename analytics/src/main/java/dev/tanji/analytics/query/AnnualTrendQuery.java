package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.DuckDb.Parameters.values;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Year-over-year change split into activity, factor and GWP effects: read from the {@code annual_changes} table
 * ({@code annual_changes.sql}) when it takes in every exported run, else worked out from the line items
 * ({@code annual_trend.sql}); the two give the same rows.
 */
final class AnnualTrendQuery {

    private static final QuerySql SQL = QuerySql.load("annual_trend");
    private static final QuerySql KEPT = QuerySql.load("annual_changes");
    /**
     * {@code annual_changes.sql} (Spark SQL as well as DuckDB) with its ids handed over as UUIDs, 16 bytes each,
     * rather than as text: DuckDB's JDBC driver makes a Java string of every text value it fetches, read or not. Every
     * company's changes of 10 M line items (131,210): fetched in 402-413 ms with text ids, 304-311 ms with UUIDs.
     */
    private static final String KEPT_WITH_UUIDS = """
            SELECT * REPLACE (CAST(company_id AS UUID) AS company_id, CAST(product_id AS UUID) AS product_id,
                              CAST(facility_id AS UUID) AS facility_id, CAST(run_id AS UUID) AS run_id,
                              CAST(previous_run_id AS UUID) AS previous_run_id)
            FROM (
            ${kept}
            ) kept
            ORDER BY row_kind, entry_no, chain_no, reference_year
            """;

    private AnnualTrendQuery() {
    }

    static List<AnnualChange> run(DuckDb duckDb, WarehouseLayout layout, TrendCriteria criteria) {
        List<AnnualChange> changes = duckDb.query(() -> {
            if (layout.annualChangesUpToDate()) {
                return new DuckDb.Query<>(KEPT_WITH_UUIDS.replace("${kept}", KEPT.over(layout)), values(
                        criteria.companyId(), criteria.companyId(),
                        criteria.productId(), criteria.productId(),
                        criteria.yearFrom(), criteria.yearFrom(),
                        criteria.yearTo(), criteria.yearTo()), new KeptChanges());
            }
            if (!SQL.hasDataIn(layout)) {
                return null;
            }
            return new DuckDb.Query<>(SQL.over(layout), values(
                    criteria.companyId(), criteria.companyId(),
                    criteria.productId(), criteria.productId(),
                    criteria.companyId(), criteria.companyId(),
                    criteria.productId(), criteria.productId(),
                    criteria.yearFrom(), criteria.yearFrom(),
                    criteria.yearTo(), criteria.yearTo()), AnnualTrendQuery::change);
        });
        // the kept table's rows that name products and sets map to nothing
        return changes.stream().filter(Objects::nonNull).toList();
    }

    /**
     * Reads the rows of {@code annual_changes.sql}: a product at a facility (its ids and names) and a combination of
     * sets come once each, numbered, before the changes that name them by number. Only changes are answered (the
     * others map to null); columns are found by position, once; ids come as UUIDs ({@link #KEPT_WITH_UUIDS}).
     */
    private static final class KeptChanges implements DuckDb.RowMapper<AnnualChange> {

        private static final String[] COLUMNS = {"row_kind", "entry_no", "company_id", "product_id", "product",
            "facility_id", "facility", "previous_factor_set", "previous_factor_set_version", "factor_set",
            "factor_set_version", "previous_gwp_set", "gwp_set", "chain_no", "sets_no", "reference_year",
            "previous_year", "run_id", "previous_run_id", "total_kg_co2e", "previous_total_kg_co2e",
            "change_kg_co2e", "activity_effect_kg_co2e", "factor_effect_kg_co2e", "gwp_effect_kg_co2e",
            "gwp_effect_complete", "previous_factor_year_min", "previous_factor_year_max", "factor_year_min",
            "factor_year_max"};
        private static final int CHAIN = 0;
        private static final int SETS = 1;

        private final Map<Long, Chain> chains = new HashMap<>();
        private final Map<Long, Sets> sets = new HashMap<>();
        private int[] at;

        @Override
        public AnnualChange map(ResultSet row) throws SQLException {
            if (at == null) {
                at = new int[COLUMNS.length];
                for (int i = 0; i < at.length; i++) {
                    at[i] = row.findColumn(COLUMNS[i]);
                }
            }
            int kind = row.getInt(at[0]);
            if (kind == CHAIN) {
                add(chains, row.getLong(at[1]), new Chain(uuid(row, at[2]), uuid(row, at[3]), row.getString(at[4]),
                        uuid(row, at[5]), row.getString(at[6])));
                return null;
            }
            if (kind == SETS) {
                add(sets, row.getLong(at[1]), new Sets(row.getString(at[7]), row.getString(at[8]),
                        row.getString(at[9]), row.getString(at[10]), row.getString(at[11]), row.getString(at[12])));
                return null;
            }
            Chain chain = named(chains, row.getLong(at[13]));
            Sets set = named(sets, row.getLong(at[14]));
            return new AnnualChange(chain.companyId(), chain.productId(), chain.product(), chain.facilityId(),
                    chain.facility(),
                    row.getInt(at[15]),
                    row.getInt(at[16]),
                    uuid(row, at[17]),
                    uuid(row, at[18]),
                    row.getBigDecimal(at[19]),
                    row.getBigDecimal(at[20]),
                    row.getBigDecimal(at[21]),
                    row.getBigDecimal(at[22]),
                    row.getBigDecimal(at[23]),
                    row.getBigDecimal(at[24]),
                    row.getBoolean(at[25]),
                    set.previousFactorSet(), set.previousFactorSetVersion(), set.factorSet(), set.factorSetVersion(),
                    set.previousGwpSet(), set.gwpSet(),
                    Rows.integer(row, at[26]),
                    Rows.integer(row, at[27]),
                    Rows.integer(row, at[28]),
                    Rows.integer(row, at[29]));
        }

        private static <T> void add(Map<Long, T> entries, long number, T entry) {
            if (entries.put(number, entry) != null) {
                throw new IllegalStateException("Entry number " + number + " given twice");
            }
        }

        private static <T> T named(Map<Long, T> entries, long number) {
            T entry = entries.get(number);
            if (entry == null) {
                throw new IllegalStateException("A change names entry number " + number + ", which was not given");
            }
            return entry;
        }

        private static UUID uuid(ResultSet row, int column) throws SQLException {
            return row.getObject(column, UUID.class);
        }
    }

    /** A product at a facility, as its changes name it. */
    private record Chain(UUID companyId, UUID productId, String product, UUID facilityId, String facility) {
    }

    /** The factor and GWP sets of a change and of the year it is compared with. */
    private record Sets(String previousFactorSet, String previousFactorSetVersion, String factorSet,
            String factorSetVersion, String previousGwpSet, String gwpSet) {
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
