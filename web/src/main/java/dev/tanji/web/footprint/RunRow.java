package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunRowView;
import dev.tanji.web.study.GwpSetName;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RunRow")
@Description("One run as one flat row for BI tools: every column a scalar, results per functional unit in kg CO2e")
public record RunRow(@NonNull @Id String runId, @NonNull @Id String studyId, @NonNull String studyName,
        @NonNull @Id String companyId, @NonNull String companyName, @NonNull @Id String facilityId,
        @NonNull String facilityName, @NonNull @Id String productId, @NonNull String productName,
        @NonNull String functionalUnit, int referenceYear,
        @NonNull @Description("The primary factor set the run used") String factorSetName,
        @NonNull String factorSetVersion, @NonNull @Description("The GWP set the run used") GwpSetName gwpSet,
        @NonNull BigDecimal totalKgCo2e,
        @Description("Part of the total from gases of fossil origin") BigDecimal fossilKgCo2e,
        @Description("Part from biogenic CO2 and non-fossil CH4") BigDecimal biogenicKgCo2e,
        @Description("Share of the total from lines with primary activity data") BigDecimal primaryDataSharePercent,
        @Description("The lines' ratings weighted by contribution, 1 (best) to 5") BigDecimal dataQualityRating,
        @Description("How many data-quality warnings the run carries") int warningCount,
        @NonNull Instant calculatedAt) {

    static RunRow of(RunRowView v) {
        return new RunRow(v.runId().toString(), v.studyId().toString(), v.studyName(), v.companyId().toString(),
                v.companyName(), v.facilityId().toString(), v.facilityName(), v.productId().toString(),
                v.productName(), v.functionalUnit(), v.referenceYear(), v.factorSetName(), v.factorSetVersion(),
                GwpSetName.valueOf(v.gwpSet()), v.totalKgCo2e(), v.fossilKgCo2e(), v.biogenicKgCo2e(),
                v.primaryDataSharePercent(), v.dataQualityRating(), v.warningCount(), v.calculatedAt());
    }
}
