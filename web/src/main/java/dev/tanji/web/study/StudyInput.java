package dev.tanji.web.study;

import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StudyInput")
public record StudyInput(@NonNull @Id String productId, @NonNull @Id String facilityId,
        @NonNull @Id String factorSetId, @NonNull String name, @NonNull Integer referenceYear,
        @NonNull GwpSetName gwpSet, @NonNull List<@NonNull InventoryLineInput> lines) {
}
