package dev.tanji.web.factor;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FactorSetInput")
public record FactorSetInput(@Description("Owning company; omit for shared reference data") @Id String companyId,
        @NonNull String name, String publisher, @NonNull String version, Integer publicationYear,
        @NonNull List<@NonNull FactorInput> factors) {
}
