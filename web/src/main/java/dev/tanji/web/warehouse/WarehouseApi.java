package dev.tanji.web.warehouse;

import dev.tanji.warehouse.WarehouseAnswers;
import dev.tanji.warehouse.WarehouseExport;
import dev.tanji.web.graphql.TranslatesDomainErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class WarehouseApi {

    @Inject
    WarehouseExport export;

    @Inject
    WarehouseAnswers answers;

    @Mutation
    @Description("Exports every run not yet in the Parquet warehouse; runs already there are skipped (ADMIN only)")
    public WarehouseExportResult exportWarehouse() {
        return WarehouseExportResult.of(export.exportAll());
    }

    @Query
    @Description("Per company, product, facility and year: the latest footprint, answered by DuckDB over Parquet;"
            + " the caller's company's only (every company for an ADMIN)")
    public List<@NonNull WarehouseFootprint> warehouseFootprints() {
        return answers.footprintsByProductFacilityYear().stream().map(WarehouseFootprint::of).toList();
    }
}
