package dev.tanji.web.factor;

import static dev.tanji.factor.application.FactorLibrary.MAX_FACTORS_PER_REQUEST;
import static dev.tanji.platform.Validation.MAX_NAME_LENGTH;
import static dev.tanji.platform.Validation.MAX_YEAR;
import static dev.tanji.platform.Validation.MIN_YEAR;

import dev.tanji.web.graphql.Refusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FactorSetInput")
public record FactorSetInput(@Description("Owning company; omit for shared reference data") @Id String companyId,
        @NonNull @NotBlank @Size(max = MAX_NAME_LENGTH) String name, @Size(max = 200) String publisher,
        @NonNull @NotBlank @Size(max = 50) String version, @Min(MIN_YEAR) @Max(MAX_YEAR) Integer publicationYear,
        @Description("IPCC report the publisher's CO2e figures use: AR4, AR5 or AR6; omit if not stated")
        String gwpBasis,
        @Description("Citation of the set as a whole") @Size(max = 2000) String source,
        @NonNull @Size(max = MAX_FACTORS_PER_REQUEST, payload = Refusal.TooManyItems.class)
        List<@NonNull @Valid FactorInput> factors) {
}
