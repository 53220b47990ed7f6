package dev.tanji.web.factor;

import dev.tanji.factor.application.NewFactor;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FactorInput")
@Description("Either value with a unit naming its gas (2.05, t CO2e / t) or gases with a unit without gas (kg / m3)")
public record FactorInput(@NonNull String name, String category, String region, Integer referenceYear,
        @Description("One value in unit; leave out when giving gases") BigDecimal value,
        @NonNull String unit,
        @Description("Amounts per gas; leave out when giving value") List<GasAmountInput> gases,
        @Description("The publisher's uncertainty of the value, in percent (0 to 1000)") BigDecimal uncertaintyPercent,
        @Description("Confidence in the value, e.g. high, medium (at most 20 characters)") String confidence,
        @NonNull String source) {

    NewFactor toNew() {
        return new NewFactor(name, category, region, referenceYear, value, unit,
                gases == null ? null : gases.stream().map(GasAmountInput::toNew).toList(), uncertaintyPercent,
                confidence, source);
    }
}
