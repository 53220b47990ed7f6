package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("Run")
@Description("An immutable calculation run of a study: results per functional unit, in kg CO2e")
public record Run(@Id String id, @Id String studyId, String studyName, @Id String companyId, String companyName,
        @Id String productId, String productName, String functionalUnit, @Id String facilityId, String facilityName,
        int referenceYear, @Id String factorSetId, String factorSetName, String factorSetVersion, String gwpSet,
        BigDecimal totalKgCo2e, @Description("SHA-256 of every input; equal hashes mean identical calculations")
        String inputHash, Instant calculatedAt, List<StageResult> stages, List<LineResult> lines,
        List<RunWarning> warnings) {

    static Run of(RunView v) {
        return new Run(v.id().toString(), v.studyId().toString(), v.studyName(), v.companyId().toString(),
                v.companyName(), v.productId().toString(), v.productName(), v.functionalUnit(),
                v.facilityId().toString(), v.facilityName(), v.referenceYear(), v.factorSetId().toString(),
                v.factorSetName(), v.factorSetVersion(), v.gwpSet(), v.totalKgCo2e(), v.inputHash(),
                v.calculatedAt(), v.stages().stream().map(StageResult::of).toList(),
                v.lines().stream().map(LineResult::of).toList(),
                v.warnings().stream().map(RunWarning::of).toList());
    }
}
