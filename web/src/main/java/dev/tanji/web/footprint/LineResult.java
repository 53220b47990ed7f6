package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunView;
import dev.tanji.web.study.Stage;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("LineResult")
@Description("One inventory line's contribution, with the figures it was computed from")
public record LineResult(int lineNo, Stage stage, String item, BigDecimal amount, String unit,
        @Description("Amount converted to the factor's reference unit and divided by the allocation output")
        BigDecimal amountInFactorUnit, String factorUnit, @Id String factorId,
        @Description("The factor normalised to kg CO2e per reference unit") BigDecimal factorKgCo2ePerUnit,
        BigDecimal allocationDivisor, BigDecimal kgCo2e, BigDecimal sharePercent) {

    static LineResult of(RunView.LineView v) {
        return new LineResult(v.lineNo(), Stage.of(v.stage()), v.item(), v.amount(), v.unit(),
                v.amountInFactorUnit(), v.factorUnit(), v.factorId().toString(), v.factorKgCo2ePerUnit(),
                v.allocationDivisor(), v.kgCo2e(), v.sharePercent());
    }
}
