package dev.tanji.web.factor;

import dev.tanji.factor.application.NewGasAmount;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("GasAmountInput")
public record GasAmountInput(
        @NonNull @Description("Gas code or symbol: CO2, CH4_FOSSIL, \"CH4 fossil\", N2O, HFC-134a, ...") String gas,
        @NonNull @Description("Mass of the gas per reference unit, in the emission unit of the factor's unit")
        BigDecimal amount) {

    NewGasAmount toNew() {
        return new NewGasAmount(gas, amount);
    }
}
