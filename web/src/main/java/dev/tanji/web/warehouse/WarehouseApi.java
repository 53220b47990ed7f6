package dev.tanji.web.warehouse;

import dev.tanji.platform.Roles;
import dev.tanji.warehouse.WarehouseAnswers;
import dev.tanji.warehouse.WarehouseExport;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.graphql.TranslatesDomainErrors;
import dev.tanji.web.study.GwpSetName;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
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

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Exports every run not yet in the Parquet warehouse; runs already there are skipped (ADMIN only)")
    public WarehouseExportResult exportWarehouse() {
        return WarehouseExportResult.of(export.exportAll());
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Starts exporting every run not yet in the Parquet warehouse in the background and returns the job "
            + "to follow with warehouseExportJob; while an export job is queued or running, returns that one "
            + "(ADMIN only)")
    public @NonNull WarehouseExportJob startWarehouseExport() {
        return WarehouseExportJob.of(export.startExport());
    }

    @RolesAllowed(Roles.ADMIN)
    @Query
    @Description("A warehouse export job and its progress (ADMIN only); jobs are recorded in the store and outlive a "
            + "restart")
    public WarehouseExportJob warehouseExportJob(@NonNull @Id @Name("id") String id) {
        return WarehouseExportJob.of(export.job(Ids.require("id", id)));
    }

    @RolesAllowed(Roles.ADMIN)
    @Query
    @Description("The latest warehouse export jobs, newest first (ADMIN only)")
    public @NonNull List<@NonNull WarehouseExportJob> warehouseExportJobs() {
        return export.jobs().stream().map(WarehouseExportJob::of).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("kg CO2e per functional unit by facility for one product or every product of a category in one "
            + "reference year, each facility by its latest run (under one factor set or GWP set if given); answered by "
            + "DuckDB over the Parquet warehouse, the caller's company's only (every company for an ADMIN)")
    public @NonNull List<@NonNull FacilityFootprintRow> facilityFootprints(@Id @Name("productId") String productId,
            @Name("category") @Description("Every product of this category, in any case, instead of one product")
            String category,
            @Name("referenceYear") int referenceYear,
            @Id @Name("factorSetId") @Description("Only runs whose primary factor set this is") String factorSetId,
            @Name("gwpSet") GwpSetName gwpSet) {
        return answers.facilities(Ids.parse("productId", productId), category, referenceYear,
                Ids.parse("factorSetId", factorSetId), gwpSet == null ? null : gwpSet.name()).stream()
                .map(FacilityFootprintRow::of).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("Year-over-year change of each product at each facility, split into activity data, emission factors "
            + "and GWP set; answered by DuckDB over the Parquet warehouse, the caller's company's only")
    public @NonNull List<@NonNull AnnualChangeRow> annualTrend(@Id @Name("productId") String productId,
            @Name("yearFrom") @Description("First year compared with its predecessor") Integer yearFrom,
            @Name("yearTo") @Description("Last year compared with its predecessor") Integer yearTo) {
        return answers.annualTrend(Ids.parse("productId", productId), yearFrom, yearTo).stream()
                .map(AnnualChangeRow::of).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("The caller's studies calculated under two factor sets, side by side per study and per line; "
            + "answered by DuckDB over the Parquet warehouse")
    public @NonNull FactorSetComparisonResult factorSetComparison(
            @NonNull @Id @Name("factorSetIdA") String factorSetIdA,
            @NonNull @Id @Name("factorSetIdB") String factorSetIdB,
            @Name("referenceYear") Integer referenceYear) {
        return FactorSetComparisonResult.of(answers.factorSetComparison(Ids.require("factorSetIdA", factorSetIdA),
                Ids.require("factorSetIdB", factorSetIdB), referenceYear));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("Percent rank and quartiles of one of the caller's products among the products of every company with "
            + "the same category and functional unit in that year, anonymised; refused (BENCHMARK_GROUP_TOO_SMALL) "
            + "for a group of fewer than 5 companies")
    public @NonNull CategoryBenchmark categoryBenchmark(@NonNull @Id @Name("productId") String productId,
            @Name("referenceYear") int referenceYear) {
        return CategoryBenchmark.of(answers.benchmark(Ids.require("productId", productId), referenceYear));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("Per company, product, facility and year: the latest footprint, answered by DuckDB over Parquet;"
            + " the caller's company's only (every company for an ADMIN)")
    public List<@NonNull WarehouseFootprint> warehouseFootprints() {
        return answers.footprintsByProductFacilityYear().stream().map(WarehouseFootprint::of).toList();
    }
}
