package dev.tanji.web.company;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ProductInput")
public record ProductInput(@NonNull @Id String companyId, @NonNull String name, String category,
        @NonNull String functionalUnit) {
}
