package dev.tanji.web.warehouse;

import dev.tanji.warehouse.ExportJobView;
import dev.tanji.web.graphql.Ids;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WarehouseExportJob")
@Description("An export of the store's new runs to the Parquet warehouse, running in the background; its runs "
        + "become visible together when it succeeds")
public record WarehouseExportJob(@NonNull @Id String id, @NonNull WarehouseExportState state,
        @NonNull Instant requestedAt, Instant startedAt, Instant finishedAt,
        @Description("New runs the export found to write; null until it has started") Integer runsToWrite,
        @Description("Runs encoded so far") int runsWritten,
        @Description("Runs already in the warehouse, left as they are") int runsSkipped,
        @Description("Line items encoded so far") int linesWritten,
        @Description("Data files published; 0 until the job succeeds") int filesWritten,
        @NonNull @Description("Runs written out of those to write, 0 to 100") BigDecimal percentDone,
        @Description("Why the job failed: VALUE_OUT_OF_RANGE, STORE_READ_FAILED, WAREHOUSE_WRITE_FAILED, "
                + "EXPORT_FAILED, or INTERRUPTED (the server stopped during the export)") String errorCode,
        String errorMessage) {

    static WarehouseExportJob of(ExportJobView job) {
        return new WarehouseExportJob(Ids.format(job.id()), WarehouseExportState.valueOf(job.state().name()),
                job.requestedAt(), job.startedAt(), job.finishedAt(), job.runsToWrite(), job.runsWritten(),
                job.runsSkipped(), job.linesWritten(), job.filesWritten(),
                BigDecimal.valueOf(job.percentDone()).setScale(1, RoundingMode.HALF_UP), job.errorCode(),
                job.errorMessage());
    }
}
