package dev.tanji.study.application;

import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.model.DataType;
import dev.tanji.footprint.model.LifeCycleStage;
import dev.tanji.study.infrastructure.AllocationFigures;
import dev.tanji.study.infrastructure.InventoryLineEntity;
import dev.tanji.study.infrastructure.LineData;
import dev.tanji.study.infrastructure.StudyEntity;
import dev.tanji.study.infrastructure.StudyScope;
import dev.tanji.study.infrastructure.TransportLeg;
import java.util.Arrays;
import java.util.List;

/** Reads a stored study into its view, inside the transaction that loaded it. */
final class StudyViews {

    private StudyViews() {
    }

    static StudyView of(StudyEntity s) {
        List<InventoryLineView> lines = s.lines().stream().map(StudyViews::line).toList();
        StudyScope scope = s.scope() == null ? new StudyScope(null, false, null, null, null, null, null, null)
                : s.scope();
        List<Standard> standards = scope.standards() == null ? List.of()
                : Arrays.stream(scope.standards().split(",")).map(Standard::valueOf).toList();
        return new StudyView(s.id(), s.company().id(), s.product().id(), s.facility().id(), s.factorSet().id(),
                s.factorSets().stream().map(FactorSetEntity::id).toList(), s.name(), s.referenceYear(),
                GwpSet.valueOf(s.gwpSet()), scope.functionalUnit() == null ? s.product().functionalUnit()
                        : scope.functionalUnit(), scope.declaredUnit(), scope.referenceFlow(),
                scope.systemBoundary() == null ? null : SystemBoundary.valueOf(scope.systemBoundary()), standards,
                s.unitStatements(), scope.cutOffMassPercent(), scope.cutOffRareMassPercent(),
                scope.cutOffTotalPercent(), lines);
    }

    private static InventoryLineView line(InventoryLineEntity l) {
        LineData data = l.data();
        TransportLeg leg = l.transport();
        AllocationFigures a = l.allocation();
        return new InventoryLineView(l.lineNo(), LifeCycleStage.valueOf(l.stage()), l.item(), l.amount(), l.unit(),
                l.factor() == null ? null : l.factor().id(),
                l.factor() == null ? l.factorName() : l.factor().name(), l.directGas(), data.densityKgPerM3(),
                leg == null || leg.mass() == null ? null : new NewInventoryLine.NewTransport(leg.mass(),
                        leg.massUnit(), leg.distance(), leg.distanceUnit(), leg.mode()),
                l.facilityTotal(), a == null || a.basis() == null ? null : new NewInventoryLine.NewAllocation(
                        a.basis(), a.periodOutput(), a.periodOutputUnit(), a.productShare(), a.productShareUnit()),
                data.dataType() == null ? null : DataType.valueOf(data.dataType()), data.source(),
                data.technologyRating(), data.excluded(), data.rareMaterial());
    }
}
