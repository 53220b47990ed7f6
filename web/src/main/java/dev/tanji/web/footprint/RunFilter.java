package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunCriteria;
import dev.tanji.study.application.GwpSet;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.study.GwpSetName;
import dev.tanji.web.study.Stage;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("RunFilter")
@Description("Which runs to read; each field left out selects all. Company, reference year, factor set and GWP set "
        + "are the run's own; facility and product its study's")
public record RunFilter(@Id String companyId, @Id String facilityId, @Id String productId, @Id String studyId,
        @Id @Description("The primary factor set the run used") String factorSetId,
        @Description("The GWP set the run used") GwpSetName gwpSet,
        @Description("First reference year included") Integer referenceYearFrom,
        @Description("Last reference year included") Integer referenceYearTo,
        @Description("Runs calculated at or after this instant, e.g. 2025-01-31T00:00:00Z. For an incremental "
                + "refresh pass the latest calculatedAt already loaded, and skip the runIds already held")
        Instant calculatedFrom,
        @Description("Runs calculated before this instant (excluded)") Instant calculatedTo,
        @Description("runs and runRows: runs with a result in this stage; runLineRows: the lines of this stage")
        Stage stage) {

    static RunCriteria criteria(RunFilter filter) {
        return filter == null ? RunCriteria.ALL : new RunCriteria(Ids.parse("companyId", filter.companyId()),
                Ids.parse("facilityId", filter.facilityId()), Ids.parse("productId", filter.productId()),
                Ids.parse("studyId", filter.studyId()), Ids.parse("factorSetId", filter.factorSetId()),
                filter.gwpSet() == null ? null : GwpSet.valueOf(filter.gwpSet().name()), filter.referenceYearFrom(),
                filter.referenceYearTo(), filter.calculatedFrom(), filter.calculatedTo(),
                filter.stage() == null ? null : filter.stage().toDomain());
    }
}
