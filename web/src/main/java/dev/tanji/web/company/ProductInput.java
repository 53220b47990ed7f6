package dev.tanji.web.company;

import static dev.tanji.platform.Validation.MAX_NAME_LENGTH;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ProductInput")
public record ProductInput(@NonNull @Id String companyId, @NonNull @NotBlank @Size(max = MAX_NAME_LENGTH) String name,
        @Size(max = 200) String category,
        @NonNull @NotBlank @Size(max = MAX_NAME_LENGTH) String functionalUnit) {
}
