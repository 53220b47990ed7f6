package dev.tanji.web.factor;

import dev.tanji.factor.application.NewFactor;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FactorInput")
public record FactorInput(@NonNull String name, String category, String region, Integer referenceYear,
        @NonNull BigDecimal value, @NonNull String unit, @NonNull String source) {

    NewFactor toNew() {
        return new NewFactor(name, category, region, referenceYear, value, unit, source);
    }
}
