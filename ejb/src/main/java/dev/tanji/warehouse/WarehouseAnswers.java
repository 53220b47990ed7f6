package dev.tanji.warehouse;

import dev.tanji.analytics.query.FootprintTotal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Answers analytic questions from the Parquet warehouse with DuckDB, not from the transactional store. */
@ApplicationScoped
public class WarehouseAnswers {

    @Inject
    Warehouse warehouse;

    /** Per company, product, facility and reference year: the latest run's kg CO2e per functional unit. */
    public List<FootprintTotal> footprintsByProductFacilityYear() {
        return warehouse.queries().totalsByProductFacilityYear();
    }
}
