package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunView;
import dev.tanji.web.study.Stage;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("ExcludedLine")
@Description("A line left out under the cut-off rule: its share of the material inputs' mass and, if it names a "
        + "factor, the emission it would have added")
public record ExcludedLine(int lineNo, Stage stage, String item, BigDecimal amount, String unit,
        BigDecimal massSharePercent, BigDecimal estimatedKgCo2e) {

    static ExcludedLine of(RunView.ExcludedView v) {
        return new ExcludedLine(v.lineNo(), Stage.of(v.stage()), v.item(), v.amount(), v.unit(),
                v.massSharePercent(), v.estimatedKgCo2e());
    }
}
