package dev.tanji.analytics.query;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Queries over the Parquet warehouse. Safe to call from many threads at once; close it to release DuckDB's memory.
 * A table with no files yet answers with an empty list.
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
        this.duckDb = new DuckDb(settings);
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

    @Override
    public void close() {
        duckDb.close();
    }
}
