package dev.tanji.web.company;

import dev.tanji.company.application.CompanyDirectory;
import dev.tanji.company.application.NewCompany;
import dev.tanji.company.application.NewFacility;
import dev.tanji.company.application.NewProduct;
import dev.tanji.platform.Roles;
import dev.tanji.platform.paging.PageRequest;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.graphql.PageInfo;
import dev.tanji.web.graphql.TranslatesDomainErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
public class CompanyApi {

    @Inject
    CompanyDirectory directory;

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("Companies by name: the caller's own (every company for an ADMIN)")
    public @NonNull CompanyConnection companies(
            @Name("search") @Description("Text the name or credit code contains, in any case") String search,
            @DefaultValue("100") @Name("first") @Description(PageInfo.FIRST) Integer first,
            @Name("after") @Description(PageInfo.AFTER) String after) {
        return CompanyConnection.of(directory.companies(search, PageRequest.of(first, after)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("Facilities by name, of one company or of all")
    public @NonNull FacilityConnection facilities(@Id @Name("companyId") String companyId,
            @Name("search") @Description("Text the name contains, in any case") String search,
            @DefaultValue("100") @Name("first") @Description(PageInfo.FIRST) Integer first,
            @Name("after") @Description(PageInfo.AFTER) String after) {
        return FacilityConnection.of(directory.facilities(Ids.parse("companyId", companyId), search,
                PageRequest.of(first, after)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("Products with their functional units, by name, of one company or of all")
    public @NonNull ProductConnection products(@Id @Name("companyId") String companyId,
            @Name("search") @Description("Text the name or category contains, in any case") String search,
            @Name("category") @Description("The category, in any case") String category,
            @DefaultValue("100") @Name("first") @Description(PageInfo.FIRST) Integer first,
            @Name("after") @Description(PageInfo.AFTER) String after) {
        return ProductConnection.of(directory.products(Ids.parse("companyId", companyId), search, category,
                PageRequest.of(first, after)));
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Registers a company (ADMIN only); its users, facilities, products, studies and runs are seen by"
            + " no other company")
    public Company createCompany(@NonNull @Valid CompanyInput input) {
        return Company.of(directory.createCompany(new NewCompany(input.name(), input.creditCode())));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Mutation
    public Facility createFacility(@NonNull @Valid FacilityInput input) {
        return Facility.of(directory.createFacility(new NewFacility(Ids.require("companyId", input.companyId()),
                input.name(), input.gridRegion(), input.province())));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Mutation
    public Product createProduct(@NonNull @Valid ProductInput input) {
        return Product.of(directory.createProduct(new NewProduct(Ids.require("companyId", input.companyId()),
                input.name(), input.category(), input.functionalUnit())));
    }
}
