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

    /** As {@link #queries}, with {@code annual_changes} brought up to date after the export. */
    static WarehouseQueries keepingAnnualChanges(Path root, RunRecord... runs) {
        ParquetWarehouse warehouse = new ParquetWarehouse(root);
        warehouse.export(List.of(runs));
        warehouse.updateAnnualChanges();
        return new WarehouseQueries(root, new DuckDbSettings("256MB", 2));
    }
}
