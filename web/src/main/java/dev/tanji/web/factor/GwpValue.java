package dev.tanji.web.factor;

import dev.tanji.factor.application.GwpValueView;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GwpValue")
@Description("The 100-year global warming potential of one gas, kg CO2e per kg of the gas")
public record GwpValue(@NonNull @Description("Gas code in UPPER_SNAKE, e.g. CH4_FOSSIL") String gas,
        @NonNull @Description("How reports print the gas, e.g. CH4 fossil") String symbol,
        @NonNull BigDecimal gwp100,
        @NonNull @Description("Where the figure comes from") String source) {

    static GwpValue of(GwpValueView v) {
        return new GwpValue(v.gas().name(), v.gas().symbol(), v.gwp100(), v.source());
    }
}
