package dev.tanji.web.study;

import dev.tanji.study.application.StudyView;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("Study")
public record Study(@Id String id, @Id String companyId, @Id String productId, @Id String facilityId,
        @Id @Description("The primary factor set") String factorSetId,
        @Description("Ids of every factor set the study draws on, the primary one first") List<String> factorSetIds,
        String name, int referenceYear, GwpSetName gwpSet, String functionalUnit, boolean declaredUnit,
        String referenceFlow, SystemBoundaryName systemBoundary, List<StandardName> standards,
        List<String> unitStatements, BigDecimal cutOffMassPercent, BigDecimal cutOffRareMassPercent,
        BigDecimal cutOffTotalPercent, List<InventoryLine> lines) {

    public static Study of(StudyView v) {
        return new Study(v.id().toString(), v.companyId().toString(), v.productId().toString(),
                v.facilityId().toString(), v.factorSetId().toString(),
                v.factorSetIds().stream().map(UUID::toString).toList(), v.name(), v.referenceYear(),
                GwpSetName.valueOf(v.gwpSet().name()), v.functionalUnit(), v.declaredUnit(), v.referenceFlow(),
                v.systemBoundary() == null ? null : SystemBoundaryName.valueOf(v.systemBoundary().name()),
                v.standards().stream().map(s -> StandardName.valueOf(s.name())).toList(), v.unitStatements(),
                v.cutOffMassPercent(), v.cutOffRareMassPercent(), v.cutOffTotalPercent(),
                v.lines().stream().map(InventoryLine::of).toList());
    }
}
