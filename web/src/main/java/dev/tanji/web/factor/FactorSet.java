package dev.tanji.web.factor;

import dev.tanji.factor.application.FactorSetView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("FactorSet")
public record FactorSet(@Id String id, @Description("Owning company; null for shared reference data") @Id String companyId,
        String name, String publisher, String version, Integer publicationYear,
        @Description("IPCC report the publisher's CO2e figures use (AR4, AR5, AR6); null if not stated")
        String gwpBasis,
        @Description("Citation of the set as a whole") String source,
        long factorCount) {

    static FactorSet of(FactorSetView v) {
        return new FactorSet(v.id().toString(), v.companyId() == null ? null : v.companyId().toString(), v.name(),
                v.publisher(), v.version(), v.publicationYear(), v.gwpBasis(), v.source(), v.factorCount());
    }
}
