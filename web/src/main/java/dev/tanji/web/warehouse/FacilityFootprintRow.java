package dev.tanji.web.warehouse;

import dev.tanji.analytics.query.FacilityFootprint;
import dev.tanji.web.graphql.Ids;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FacilityFootprint")
@Description("A product's footprint at one facility in one reference year, from its latest run there, ranked among "
        + "the product's facilities")
public record FacilityFootprintRow(@NonNull @Id String companyId, @NonNull @Id String productId,
        @NonNull String product, String category, String functionalUnit, @NonNull @Id String facilityId,
        @NonNull String facility, int referenceYear, @NonNull @Id String runId, String factorSet,
        String factorSetVersion, String gwpSet,
        @NonNull @Description("The run's total, kg CO2e per functional (or declared) unit")
        BigDecimal kgCo2ePerFunctionalUnit,
        @Description("1 for the product's facility with the lowest footprint; equal footprints share a rank") int rank,
        @Description("How much more than the product's lowest footprint, in percent; null when the lowest is zero")
        BigDecimal differenceFromLowestPercent) {

    static FacilityFootprintRow of(FacilityFootprint f) {
        return new FacilityFootprintRow(Ids.format(f.companyId()), Ids.format(f.productId()), f.product(),
                f.category(), f.functionalUnit(), Ids.format(f.facilityId()), f.facility(), f.referenceYear(),
                Ids.format(f.runId()), f.factorSet(), f.factorSetVersion(), f.gwpSet(), f.kgCo2ePerFunctionalUnit(),
                f.rank(), f.differenceFromLowestPercent());
    }
}
