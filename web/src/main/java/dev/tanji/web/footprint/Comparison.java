package dev.tanji.web.footprint;

import dev.tanji.footprint.model.FootprintComparison;
import dev.tanji.footprint.model.LineResult;
import dev.tanji.web.study.Stage;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("FootprintComparison")
@Description("A study under its own factor and GWP sets (baseline) against other sets (alternative), line by "
        + "line; nothing is stored")
public record Comparison(BigDecimal baselineKgCo2e, BigDecimal alternativeKgCo2e, BigDecimal differenceKgCo2e,
        @Description("Relative to the baseline; null if the baseline is 0") BigDecimal differencePercent,
        List<LineComparison> lines) {

    static Comparison of(FootprintComparison c) {
        return new Comparison(c.baseline().totalKgCo2e(), c.alternative().totalKgCo2e(), c.differenceKgCo2e(),
                c.differencePercent(), c.lines().stream().map(LineComparison::of).toList());
    }

    @Type("LineComparison")
    public record LineComparison(int lineNo, Stage stage, String item, String baselineFactor,
            String alternativeFactor, String alternativeSelectionRule, BigDecimal baselineKgCo2e,
            BigDecimal alternativeKgCo2e, BigDecimal differenceKgCo2e, BigDecimal differencePercent) {

        static LineComparison of(FootprintComparison.LineDifference d) {
            LineResult any = d.baseline() != null ? d.baseline() : d.alternative();
            return new LineComparison(Integer.parseInt(d.lineId()), Stage.of(any.stage()), any.item(),
                    describe(d.baseline()), describe(d.alternative()),
                    d.alternative() == null ? null : d.alternative().line().choice().rule().name(),
                    d.baseline() == null ? null : d.baseline().kgCo2e(),
                    d.alternative() == null ? null : d.alternative().kgCo2e(), d.differenceKgCo2e(),
                    d.differencePercent());
        }

        private static String describe(LineResult line) {
            if (line == null) {
                return null;
            }
            var factor = line.factor();
            var provenance = factor.provenance();
            return factor.name() + (factor.region() == null ? "" : ", " + factor.region())
                    + (factor.referenceYear() == null ? "" : " " + factor.referenceYear())
                    + (provenance.setName() == null ? "" : " ('" + provenance.setName() + "' "
                    + provenance.setVersion() + ")") + ": " + line.factorKgCo2ePerUnit().stripTrailingZeros()
                    .toPlainString() + " kg CO2e/" + factor.referenceUnit();
        }
    }
}
