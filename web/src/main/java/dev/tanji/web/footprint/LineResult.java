package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunView;
import dev.tanji.footprint.model.LineQuality;
import dev.tanji.web.study.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("LineResult")
@Description("One inventory line's contribution, with every figure it was computed from")
public record LineResult(int lineNo, Stage stage, String item, BigDecimal amount, String unit,
        @Description("Amount converted to the factor's reference unit (through the density if given) and, for a "
                + "facility total, multiplied by the allocation fraction") BigDecimal amountInFactorUnit,
        String factorUnit, @Id @Description("Null for a direct emission") String factorId, String factorName,
        String factorSetName, String factorSetVersion, String factorRegion, Integer factorYear,
        @Description("How the factor was chosen: EXPLICIT, EXACT, NEAREST_EARLIER_YEAR, WIDER_REGION, "
                + "WIDER_REGION_NEAREST_EARLIER_YEAR") String selectionRule,
        @Description("The factor characterised with the run's GWP set, kg CO2e per reference unit")
        BigDecimal factorKgCo2ePerUnit, BigDecimal densityKgPerM3,
        @Description("The period output of a unit-count allocation") BigDecimal allocationDivisor,
        String allocationBasis, BigDecimal allocationFraction,
        @Description("The allocation figures, e.g. '1 piece of 16345 piece'") String allocationFigures,
        BigDecimal kgCo2e, BigDecimal sharePercent, String dataType,
        @Description("1 (best) to 5: factor year against the reference year") Integer temporalRating,
        @Description("1 (best) to 5: factor region against the facility's") Integer geographicRating,
        Integer technologyRating, @Description("Mean of the line's ratings") BigDecimal qualityRating,
        @Description("Aspects rated 3 or worse: TEMPORAL, GEOGRAPHIC, TECHNOLOGICAL") List<String> qualityFlags,
        List<GasResult> gases) {


    static LineResult of(RunView.LineView v) {
        return new LineResult(v.lineNo(), Stage.of(v.stage()), v.item(), v.amount(), v.unit(),
                v.amountInFactorUnit(), v.factorUnit(), v.factorId() == null ? null : v.factorId().toString(),
                v.factorName(), v.factorSetName(), v.factorSetVersion(), v.factorRegion(), v.factorYear(),
                v.selectionRule(), v.factorKgCo2ePerUnit(), v.densityKgPerM3(), v.allocationDivisor(),
                v.allocationBasis(), v.allocationFraction(), v.allocationFigures(), v.kgCo2e(), v.sharePercent(),
                v.dataType(), v.temporalRating(), v.geographicRating(), v.technologyRating(), v.qualityRating(),
                flags(v), v.gases().stream().map(GasResult::of).toList());
    }

    private static List<String> flags(RunView.LineView v) {
        List<String> flags = new ArrayList<>();
        if (v.temporalRating() != null && v.temporalRating() >= LineQuality.FLAG_FROM) {
            flags.add("TEMPORAL");
        }
        if (v.geographicRating() != null && v.geographicRating() >= LineQuality.FLAG_FROM) {
            flags.add("GEOGRAPHIC");
        }
        if (v.technologyRating() != null && v.technologyRating() >= LineQuality.FLAG_FROM) {
            flags.add("TECHNOLOGICAL");
        }
        return flags;
    }
}
