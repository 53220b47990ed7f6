package dev.tanji.analytics.query;

import dev.tanji.analytics.warehouse.ParquetWarehouse;
import dev.tanji.analytics.warehouse.RunRecord;
import java.nio.file.Path;
import java.util.List;

/** A warehouse under a test's directory with the runs given exported into it, and queries over it. */
final class Exported {

    private Exported() {
    }

    static WarehouseQueries queries(Path root, RunRecord... runs) {
        if (runs.length > 0) {
            new ParquetWarehouse(root).export(List.of(runs));
        }
        return new WarehouseQueries(root, new DuckDbSettings("256MB", 2));
    }
}
