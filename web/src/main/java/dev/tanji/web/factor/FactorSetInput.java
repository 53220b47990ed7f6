package dev.tanji.web.factor;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FactorSetInput")
public record FactorSetInput(@Description("Owning company; omit for shared reference data") @Id String companyId,
        @NonNull String name, String publisher, @NonNull String version, Integer publicationYear,
        @Description("IPCC report the publisher's CO2e figures use: AR4, AR5 or AR6; omit if not stated")
        String gwpBasis,
        @Description("Citation of the set as a whole") String source,
        @NonNull List<@NonNull FactorInput> factors) {
}
