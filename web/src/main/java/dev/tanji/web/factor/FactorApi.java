package dev.tanji.web.factor;

import dev.tanji.factor.application.FactorCriteria;
import dev.tanji.factor.application.FactorLibrary;
import dev.tanji.factor.application.FactorSearch;
import dev.tanji.factor.application.GwpSets;
import dev.tanji.factor.application.NewFactorSet;
import dev.tanji.platform.Roles;
import dev.tanji.platform.paging.PageRequest;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.graphql.PageInfo;
import dev.tanji.web.graphql.TranslatesDomainErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
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
    FactorSearch factorSearch;

    @Inject
    GwpSets gwpSets;

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("Factor sets by name and version, with how many factors each holds")
    public @NonNull FactorSetConnection factorSets(
            @Name("search") @Description("Text the name, publisher or source contains, in any case") String search,
            @Id @Name("companyId") @Description("Only the sets a study of this company may draw on: its own and "
                    + "the shared reference sets") String companyId,
            @DefaultValue("100") @Name("first") @Description(PageInfo.FIRST) Integer first,
            @Name("after") @Description(PageInfo.AFTER) String after) {
        return FactorSetConnection.of(factorSearch.factorSets(search, Ids.parse("companyId", companyId),
                PageRequest.of(first, after)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("Emission factors by name, region and year, of one set or of all")
    public @NonNull FactorConnection factors(@Id @Name("factorSetId") String factorSetId,
            @Name("search") @Description("Text the name or category contains, in any case") String search,
            @Name("category") @Description("The category, in any case, e.g. electricity") String category,
            @Name("region") @Description("The region the factor represents: a name, code or alias of a known region "
                    + "(North China, CN-GRID-NORTH, or its Chinese name) matches each of its spellings") String region,
            @Name("year") @Description("The year the factor represents") Integer year,
            @DefaultValue("100") @Name("first") @Description(PageInfo.FIRST) Integer first,
            @Name("after") @Description(PageInfo.AFTER) String after) {
        FactorCriteria criteria = new FactorCriteria(Ids.parse("factorSetId", factorSetId), search, category, region,
                year);
        return FactorConnection.of(factorSearch.factors(criteria, PageRequest.of(first, after)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("The GWP100 values of each IPCC assessment report studies can characterise their gases with")
    public @NonNull List<@NonNull GwpTable> gwpSets() {
        return gwpSets.all().stream().map(GwpTable::of).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Mutation
    public FactorSet createFactorSet(@NonNull @Valid FactorSetInput input) {
        return FactorSet.of(library.createFactorSet(new NewFactorSet(Ids.parse("companyId", input.companyId()),
                input.name(), input.publisher(), input.version(), input.publicationYear(),
                input.gwpBasis(), input.source(),
                input.factors().stream().map(FactorInput::toNew).toList())));
    }
}
