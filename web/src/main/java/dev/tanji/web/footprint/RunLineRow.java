package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunLineRowView;
import dev.tanji.web.study.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RunLineRow")
@Description("One line of one run as one flat row for BI tools; join it to RunRow on runId")
public record RunLineRow(@NonNull @Id String runId, int lineNo, @NonNull Stage stage, @NonNull String item,
        @NonNull @Description("The amount as entered, in unit") BigDecimal amount, @NonNull String unit,
        @Description("Null for a direct emission") String factorName, String factorSetName, String factorRegion,
        Integer factorYear,
        @Description("How the factor was chosen: EXPLICIT, EXACT, NEAREST_EARLIER_YEAR, WIDER_REGION, "
                + "WIDER_REGION_NEAREST_EARLIER_YEAR") String selectionRule,
        @NonNull BigDecimal kgCo2e, @NonNull @Description("Share of the run's total") BigDecimal sharePercent,
        @Description("1 (best) to 5: factor year against the reference year") Integer temporalRating,
        @Description("1 (best) to 5: factor region against the facility's") Integer geographicRating,
        @NonNull String companyName, @NonNull String facilityName, @NonNull String productName, int referenceYear,
        @NonNull Instant calculatedAt) {

    static RunLineRow of(RunLineRowView v) {
        return new RunLineRow(v.runId().toString(), v.lineNo(), Stage.of(v.stage()), v.item(), v.amount(), v.unit(),
                v.factorName(), v.factorSetName(), v.factorRegion(), v.factorYear(), v.selectionRule(), v.kgCo2e(),
                v.sharePercent(), v.temporalRating(), v.geographicRating(), v.companyName(), v.facilityName(),
                v.productName(), v.referenceYear(), v.calculatedAt());
    }
}
