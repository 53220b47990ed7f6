package dev.tanji.web.factor;

import dev.tanji.factor.application.GasAmountView;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GasAmount")
@Description("The mass of one gas per reference unit of a factor given per gas")
public record GasAmount(@NonNull @Description("Gas code in UPPER_SNAKE, e.g. CH4_FOSSIL") String gas,
        @NonNull @Description("How reports print the gas, e.g. CH4 fossil") String symbol,
        @NonNull @Description("Mass of the gas per reference unit, in the emission unit of the factor's unit")
        BigDecimal amount) {

    static GasAmount of(GasAmountView v) {
        return new GasAmount(v.gas().name(), v.gas().symbol(), v.amount());
    }
}
