package dev.tanji.web.company;

import static dev.tanji.platform.Validation.MAX_NAME_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FacilityInput")
public record FacilityInput(@NonNull @Id String companyId, @NonNull @NotBlank @Size(max = MAX_NAME_LENGTH) String name,
        @Size(max = 100) String gridRegion, @Size(max = 100) String province) {
}
