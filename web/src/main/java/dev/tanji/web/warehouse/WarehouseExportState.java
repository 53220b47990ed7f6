package dev.tanji.web.warehouse;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("WarehouseExportState")
@Description("QUEUED, RUNNING, then SUCCEEDED (every new run is in the warehouse) or FAILED (nothing of the job is "
        + "visible; the next export writes its runs)")
public enum WarehouseExportState {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
