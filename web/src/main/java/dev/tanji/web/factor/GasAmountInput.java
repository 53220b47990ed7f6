package dev.tanji.web.factor;

import dev.tanji.factor.application.NewGasAmount;
import dev.tanji.web.graphql.Refusal;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("GasAmountInput")
public record GasAmountInput(
        @NonNull @NotBlank @Size(max = 30)
        @Description("Gas code or symbol: CO2, CH4_FOSSIL, \"CH4 fossil\", N2O, HFC-134a, ...") String gas,
        @NonNull @DecimalMin(value = "0", payload = Refusal.NegativeFactor.class)
        @Description("Mass of the gas per reference unit, in the emission unit of the factor's unit")
        BigDecimal amount) {

    NewGasAmount toNew() {
        return new NewGasAmount(gas, amount);
    }
}
