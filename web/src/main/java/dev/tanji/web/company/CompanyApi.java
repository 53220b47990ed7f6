package dev.tanji.web.company;

import dev.tanji.company.application.CompanyDirectory;
import dev.tanji.company.application.NewCompany;
import dev.tanji.company.application.NewFacility;
import dev.tanji.company.application.NewProduct;
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
public class CompanyApi {

    @Inject
    CompanyDirectory directory;

    @Query
    public List<@NonNull Company> companies() {
        return directory.companies().stream().map(Company::of).toList();
    }

    @Query
    @Description("Facilities, of one company or of all")
    public List<@NonNull Facility> facilities(@Id @Name("companyId") String companyId) {
        return directory.facilities(Ids.parse("companyId", companyId)).stream().map(Facility::of).toList();
    }

    @Query
    @Description("Products with their functional units, of one company or of all")
    public List<@NonNull Product> products(@Id @Name("companyId") String companyId) {
        return directory.products(Ids.parse("companyId", companyId)).stream().map(Product::of).toList();
    }

    @Mutation
    public Company createCompany(@NonNull CompanyInput input) {
        return Company.of(directory.createCompany(new NewCompany(input.name(), input.creditCode())));
    }

    @Mutation
    public Facility createFacility(@NonNull FacilityInput input) {
        return Facility.of(directory.createFacility(new NewFacility(Ids.require("companyId", input.companyId()),
                input.name(), input.gridRegion(), input.province())));
    }

    @Mutation
    public Product createProduct(@NonNull ProductInput input) {
        return Product.of(directory.createProduct(new NewProduct(Ids.require("companyId", input.companyId()),
                input.name(), input.category(), input.functionalUnit())));
    }
}
