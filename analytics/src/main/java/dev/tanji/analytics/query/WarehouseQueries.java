package dev.tanji.analytics.query;

import dev.tanji.analytics.warehouse.WarehouseAccess;
import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Queries over the Parquet warehouse. Safe to call from many threads at once; close it to release DuckDB's memory.
 * A table with no files yet answers with an empty list.
 *
 * <p>Wherever a run stands for a product, facility or study in a year, it is the latest run (by calculation time,
 * then run id): runs are never edited, a recalculation is a newer run. A {@code companyId} restricts what is read to
 * that company's runs; null reads every company's, for administrators. Failures are {@link WarehouseQueryException}s
 * with a {@link WarehouseQueryException#code() code}.
 */
public final class WarehouseQueries implements AutoCloseable {

    private static final String LATEST_RUN_PER_PRODUCT_FACILITY_YEAR = """
            SELECT company, product, facility, reference_year, total_kg_co2e, run_id,
                   count(*) OVER (PARTITION BY company, product, facility, reference_year) AS run_count
            FROM %s
            WHERE ? IS NULL OR company = ?
            QUALIFY row_number() OVER (PARTITION BY company, product, facility, reference_year
                                       ORDER BY calculated_at DESC, run_id DESC) = 1
            ORDER BY company, product, facility, reference_year
            """;

    private static final String STAGE_TOTALS_OF_RUN = """
            SELECT stage, sum(kg_co2e) AS kg_co2e, count(*) AS line_count
            FROM %s
            WHERE run_id = ?
            GROUP BY stage
            ORDER BY min(line_no), stage
            """;

    private final WarehouseLayout layout;
    private final DuckDb duckDb;

    public WarehouseQueries(Path root, DuckDbSettings settings) {
        this.layout = new WarehouseLayout(ParquetTable.checkGlobFree(root.toAbsolutePath().normalize()));
        this.duckDb = new DuckDb(settings, WarehouseAccess.of(layout.root()).readLock());
    }

    /** Per company, product, facility and reference year: the latest run's total, ordered by those four. */
    public List<FootprintTotal> totalsByProductFacilityYear() {
        return totalsByProductFacilityYear(null);
    }

    /** As {@link #totalsByProductFacilityYear()}, of the company named {@code company} only, unless it is null. */
    public List<FootprintTotal> totalsByProductFacilityYear(String company) {
        if (!layout.hasDataFiles(layout.runs())) {
            return List.of();
        }
        String sql = LATEST_RUN_PER_PRODUCT_FACILITY_YEAR.formatted(ParquetTable.readParquet(layout.runs()));
        return duckDb.query(sql, statement -> {
            statement.setString(1, company);
            statement.setString(2, company);
        }, row -> new FootprintTotal(
                row.getString("company"),
                row.getString("product"),
                row.getString("facility"),
                row.getInt("reference_year"),
                row.getBigDecimal("total_kg_co2e"),
                row.getLong("run_count"),
                UUID.fromString(row.getString("run_id"))));
    }

    /** The kg CO2e of each life-cycle stage of one run, in the order its stages first appear in the inventory. */
    public List<StageTotal> stageTotals(UUID runId) {
        if (!layout.hasDataFiles(layout.lineItems())) {
            return List.of();
        }
        String sql = STAGE_TOTALS_OF_RUN.formatted(ParquetTable.readParquet(layout.lineItems()));
        return duckDb.query(sql, statement -> statement.setString(1, runId.toString()), row -> new StageTotal(
                row.getString("stage"),
                row.getBigDecimal("kg_co2e"),
                row.getLong("line_count")));
    }

    /**
     * kg CO2e per functional unit of a product (or each product of a category) at each of its facilities, ranked
     * within the product from the lowest; ordered by product, then footprint.
     */
    public List<FacilityFootprint> facilities(FacilityCriteria criteria) {
        return FacilitiesQuery.run(duckDb, layout, Objects.requireNonNull(criteria, "criteria"));
    }

    /**
     * Each product's change at each facility from the nearest earlier year with a run, split into activity, factor
     * and GWP effects (see {@link AnnualChange}); totals are the sums of the runs' lines. Ordered by product,
     * facility and year.
     */
    public List<AnnualChange> annualTrend(TrendCriteria criteria) {
        return AnnualTrendQuery.run(duckDb, layout, Objects.requireNonNull(criteria, "criteria"));
    }

    /**
     * The studies with runs under both factor sets (a run's primary set), the latest run under each side by side,
     * totals and lines.
     *
     * @param companyId the company whose studies are compared; null for every company's
     * @param referenceYear studies of this year only; null for every year
     * @throws WarehouseQueryException {@code INVALID_INPUT} if a set is missing or both are the same
     */
    public FactorSetComparison factorSetComparison(UUID companyId, UUID factorSetIdA, UUID factorSetIdB,
            Integer referenceYear) {
        if (factorSetIdA == null || factorSetIdB == null) {
            throw WarehouseQueryException.invalidInput("Give two factor sets to compare");
        }
        if (factorSetIdA.equals(factorSetIdB)) {
            throw WarehouseQueryException.invalidInput("Give two different factor sets to compare, not "
                    + factorSetIdA + " twice");
        }
        return FactorSetComparisonQuery.run(duckDb, layout, companyId, factorSetIdA, factorSetIdB, referenceYear);
    }

    /**
     * Where a product's footprint in a year stands among the products of every company with the same category and
     * functional unit that year, without revealing any of them.
     *
     * @param minimumCompanies how many distinct companies the group must span to be shown
     * @throws WarehouseQueryException {@code NOT_IN_WAREHOUSE} if the product has no run that year;
     *         {@code BENCHMARK_GROUP_TOO_SMALL} if the group spans fewer companies than the minimum;
     *         {@code INVALID_INPUT} if the product is missing or the minimum is below 1
     */
    public Benchmark benchmark(UUID productId, int referenceYear, int minimumCompanies) {
        if (productId == null) {
            throw WarehouseQueryException.invalidInput("Give the product to benchmark");
        }
        if (minimumCompanies < 1) {
            throw WarehouseQueryException.invalidInput("The minimum number of companies must be at least 1: "
                    + minimumCompanies);
        }
        return BenchmarkQuery.run(duckDb, layout, productId, referenceYear, minimumCompanies);
    }

    @Override
    public void close() {
        duckDb.close();
    }
}
