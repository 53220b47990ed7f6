package dev.tanji.web.factor;

import static dev.tanji.platform.Validation.MAX_NAME_LENGTH;
import static dev.tanji.platform.Validation.MAX_YEAR;
import static dev.tanji.platform.Validation.MIN_YEAR;

import dev.tanji.factor.application.NewFactor;
import dev.tanji.web.graphql.Refusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FactorInput")
@Description("Either value with a unit naming its gas (2.05, t CO2e / t) or gases with a unit without gas (kg / m3)")
public record FactorInput(@NonNull @NotBlank @Size(max = MAX_NAME_LENGTH) String name,
        @Size(max = 100) String category, @Size(max = 100) String region,
        @Min(MIN_YEAR) @Max(MAX_YEAR) Integer referenceYear,
        @Description("One value in unit; leave out when giving gases")
        @DecimalMin(value = "0", payload = Refusal.NegativeFactor.class) BigDecimal value,
        @NonNull @NotBlank @Size(max = 50) String unit,
        @Description("Amounts per gas; leave out when giving value") List<@Valid GasAmountInput> gases,
        @Description("The publisher's uncertainty of the value, in percent (0 to 1000)")
        @DecimalMin("0") @DecimalMax("1000") BigDecimal uncertaintyPercent,
        @Description("Confidence in the value, e.g. high, medium (at most 20 characters)") @Size(max = 20)
        String confidence,
        @NonNull @NotBlank @Size(max = 2000) String source) {

    NewFactor toNew() {
        return new NewFactor(name, category, region, referenceYear, value, unit,
                gases == null ? null : gases.stream().map(GasAmountInput::toNew).toList(), uncertaintyPercent,
                confidence, source);
    }
}
