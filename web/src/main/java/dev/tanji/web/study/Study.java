package dev.tanji.web.study;

import dev.tanji.study.application.StudyView;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("Study")
public record Study(@Id String id, @Id String companyId, @Id String productId, @Id String facilityId,
        @Id String factorSetId, String name, int referenceYear, GwpSetName gwpSet, List<InventoryLine> lines) {

    public static Study of(StudyView v) {
        return new Study(v.id().toString(), v.companyId().toString(), v.productId().toString(),
                v.facilityId().toString(), v.factorSetId().toString(), v.name(), v.referenceYear(),
                GwpSetName.valueOf(v.gwpSet().name()), v.lines().stream().map(InventoryLine::of).toList());
    }
}
