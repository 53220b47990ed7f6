package dev.tanji.web.factor;

import dev.tanji.factor.application.FactorLibrary;
import dev.tanji.factor.application.GwpSets;
import dev.tanji.factor.application.NewFactorSet;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.graphql.TranslatesDomainErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class FactorApi {

    @Inject
    FactorLibrary library;

    @Inject
    GwpSets gwpSets;

    @Query
    public List<@NonNull FactorSet> factorSets() {
        return library.factorSets().stream().map(FactorSet::of).toList();
    }

    @Query
    public List<@NonNull Factor> factors(@NonNull @Id @Name("factorSetId") String factorSetId) {
        return library.factors(Ids.require("factorSetId", factorSetId)).stream().map(Factor::of).toList();
    }

    @Query
    @Description("The GWP100 values of each IPCC assessment report studies can characterise their gases with")
    public @NonNull List<@NonNull GwpTable> gwpSets() {
        return gwpSets.all().stream().map(GwpTable::of).toList();
    }

    @Mutation
    public FactorSet createFactorSet(@NonNull FactorSetInput input) {
        return FactorSet.of(library.createFactorSet(new NewFactorSet(Ids.parse("companyId", input.companyId()),
                input.name(), input.publisher(), input.version(), input.publicationYear(),
                input.gwpBasis(), input.source(),
                input.factors().stream().map(FactorInput::toNew).toList())));
    }
}
