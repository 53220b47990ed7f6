package dev.tanji.web.warehouse;

import dev.tanji.analytics.query.AnnualChange;
import dev.tanji.web.graphql.Ids;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AnnualChange")
@Description("How a product's footprint at a facility changed since the nearest earlier year with a run, and why: "
        + "activityEffectKgCo2e + factorEffectKgCo2e + gwpEffectKgCo2e = changeKgCo2e. Each year is its latest run, "
        + "its total the sum of its lines")
public record AnnualChangeRow(@NonNull @Id String companyId, @NonNull @Id String productId, @NonNull String product,
        @NonNull @Id String facilityId, @NonNull String facility, int referenceYear, int previousYear,
        @NonNull @Id String runId, @NonNull @Id String previousRunId, @NonNull BigDecimal totalKgCo2e,
        @NonNull BigDecimal previousTotalKgCo2e, @NonNull BigDecimal changeKgCo2e,
        @NonNull @Description("More or less activity (amounts) at the previous year's factors; items that came or "
                + "went") BigDecimal activityEffectKgCo2e,
        @NonNull @Description("Other emission factors (a newer vintage or another database) for the same items")
        BigDecimal factorEffectKgCo2e,
        @NonNull @Description("Another GWP set: what restating this year's lines under the previous year's set removes")
        BigDecimal gwpEffectKgCo2e,
        @Description("False when a line has no value under the previous year's GWP set: it counts as it is, and "
                + "gwpEffectKgCo2e is that of the other lines") boolean gwpEffectComplete, String previousFactorSet, String previousFactorSetVersion, String factorSet,
        String factorSetVersion, String previousGwpSet, String gwpSet,
        @Description("Oldest and newest factor vintages of each run's lines") Integer previousFactorYearMin,
        Integer previousFactorYearMax, Integer factorYearMin, Integer factorYearMax) {

    static AnnualChangeRow of(AnnualChange c) {
        return new AnnualChangeRow(Ids.format(c.companyId()), Ids.format(c.productId()), c.product(),
                Ids.format(c.facilityId()), c.facility(), c.referenceYear(), c.previousYear(), Ids.format(c.runId()),
                Ids.format(c.previousRunId()), c.totalKgCo2e(), c.previousTotalKgCo2e(), c.changeKgCo2e(),
                c.activityEffectKgCo2e(), c.factorEffectKgCo2e(), c.gwpEffectKgCo2e(), c.gwpEffectComplete(),
                c.previousFactorSet(), c.previousFactorSetVersion(), c.factorSet(), c.factorSetVersion(),
                c.previousGwpSet(), c.gwpSet(), c.previousFactorYearMin(), c.previousFactorYearMax(),
                c.factorYearMin(), c.factorYearMax());
    }
}
