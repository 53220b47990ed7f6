package dev.tanji.web.warehouse;

import dev.tanji.analytics.warehouse.ExportResult;
import org.eclipse.microprofile.graphql.Type;

@Type("WarehouseExportResult")
public record WarehouseExportResult(int runsWritten, int runsSkipped, int linesWritten, int filesWritten) {

    static WarehouseExportResult of(ExportResult r) {
        return new WarehouseExportResult(r.runsWritten(), r.runsSkipped(), r.linesWritten(), r.filesWritten().size());
    }
}
