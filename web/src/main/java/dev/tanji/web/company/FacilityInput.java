package dev.tanji.web.company;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FacilityInput")
public record FacilityInput(@NonNull @Id String companyId, @NonNull String name, String gridRegion,
        String province) {
}
