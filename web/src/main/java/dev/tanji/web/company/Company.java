package dev.tanji.web.company;

import dev.tanji.company.application.CompanyView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("Company")
public record Company(@Id String id, String name, String creditCode) {

    static Company of(CompanyView v) {
        return new Company(v.id().toString(), v.name(), v.creditCode());
    }
}
