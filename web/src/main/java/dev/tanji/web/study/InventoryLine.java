package dev.tanji.web.study;

import dev.tanji.study.application.InventoryLineView;
import dev.tanji.study.application.NewInventoryLine;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("InventoryLine")
public record InventoryLine(int lineNo, Stage stage, String item, BigDecimal amount, String unit,
        @Id @Description("Set when the line names its factor; null when the factor is looked up by name")
        String factorId, String factorName, String directGas, BigDecimal densityKgPerM3, TransportLeg transport,
        boolean facilityTotal, BigDecimal allocationOutput, AllocationFigures allocation, DataTypeName dataType,
        String source, Integer technologyRating, boolean excluded, boolean rareMaterial) {

    static InventoryLine of(InventoryLineView v) {
        NewInventoryLine.NewTransport t = v.transport();
        NewInventoryLine.NewAllocation a = v.allocation();
        return new InventoryLine(v.lineNo(), Stage.of(v.stage()), v.item(), v.amount(), v.unit(),
                v.factorId() == null ? null : v.factorId().toString(), v.factorName(), v.directGas(),
                v.densityKgPerM3(), t == null ? null : new TransportLeg(t.mass(), t.massUnit(), t.distance(),
                        t.distanceUnit(), t.mode()), v.facilityTotal(), v.allocationOutput(),
                a == null ? null : new AllocationFigures(AllocationBasisName.valueOf(a.basis()), a.periodOutput(),
                        a.periodOutputUnit(), a.productShare(), a.productShareUnit()),
                v.dataType() == null ? null : DataTypeName.valueOf(v.dataType().name()), v.source(),
                v.technologyRating(), v.excluded(), v.rareMaterial());
    }

    @Type("TransportLeg")
    public record TransportLeg(BigDecimal mass, String massUnit, BigDecimal distance, String distanceUnit,
            String mode) {
    }

    @Type("AllocationFigures")
    public record AllocationFigures(AllocationBasisName basis, BigDecimal periodOutput, String periodOutputUnit,
            BigDecimal productShare, String productShareUnit) {
    }
}
