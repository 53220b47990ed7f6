package dev.tanji.web.company;

import dev.tanji.company.application.ProductView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("Product")
public record Product(@Id String id, @Id String companyId, String name, String category,
        @Description("What every footprint of the product is expressed per, e.g. 1 valve actuator")
        String functionalUnit) {

    static Product of(ProductView v) {
        return new Product(v.id().toString(), v.companyId().toString(), v.name(), v.category(), v.functionalUnit());
    }
}
