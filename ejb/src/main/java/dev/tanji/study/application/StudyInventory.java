package dev.tanji.study.application;

import dev.tanji.company.infrastructure.FacilityEntity;
import dev.tanji.factor.application.FactorCatalog;
import dev.tanji.factor.application.GwpSets;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.model.Allocation;
import dev.tanji.footprint.model.CutOffRule;
import dev.tanji.footprint.model.DataType;
import dev.tanji.footprint.model.EmissionFactor;
import dev.tanji.footprint.model.FactorChoice;
import dev.tanji.footprint.model.FactorResolver;
import dev.tanji.footprint.model.Inventory;
import dev.tanji.footprint.model.InventoryLine;
import dev.tanji.footprint.model.LifeCycleStage;
import dev.tanji.footprint.model.Location;
import dev.tanji.footprint.model.RegionHierarchy;
import dev.tanji.footprint.model.SelectionRule;
import dev.tanji.footprint.model.Transport;
import dev.tanji.platform.Roles;
import dev.tanji.quantity.Density;
import dev.tanji.quantity.Gas;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.Units;
import dev.tanji.study.infrastructure.AllocationFigures;
import dev.tanji.study.infrastructure.InventoryLineEntity;
import dev.tanji.study.infrastructure.LineData;
import dev.tanji.study.infrastructure.StudyEntity;
import dev.tanji.study.infrastructure.StudyScope;
import dev.tanji.study.infrastructure.TransportLeg;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns a stored study into the engine's {@link Inventory}: the facility's location in the region hierarchy, the
 * GWP table, each line's factor (named, looked up by rule in the factor sets, or a direct gas), allocation,
 * transport leg, density and data-quality inputs. With other factor or GWP sets it gives the same study under those
 * sets: a named factor is then looked up by its name in the other sets.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
public class StudyInventory {

    @Inject
    private FactorCatalog catalog;

    @Inject
    private GwpSets gwpSets;

    public Inventory of(StudyEntity study) {
        return of(study, study.factorSets(), study.gwpSet());
    }

    public Inventory of(StudyEntity study, List<FactorSetEntity> sets, String gwpSet) {
        RegionHierarchy regions = RegionHierarchy.standard();
        FacilityEntity facility = study.facility();
        Location location = Location.of(regions, facility.province(), facility.gridRegion());
        boolean ownSets = ids(sets).equals(ids(study.factorSets()));
        FactorResolver resolver = new FactorResolver(
                sets.stream().map(set -> catalog.domainFactors(set.id())).toList(), regions);
        List<InventoryLine> lines = new ArrayList<>();
        for (InventoryLineEntity line : study.lines()) {
            lines.add(line(line, choice(line, ownSets, resolver, location, study.referenceYear())));
        }
        StudyScope scope = study.scope();
        return new Inventory(study.referenceYear(), location, gwpSets.table(gwpSet), statements(study),
                scope == null ? CutOffRule.STANDARD : CutOffRule.of(scope.cutOffMassPercent(),
                        scope.cutOffRareMassPercent(), scope.cutOffTotalPercent()), lines);
    }

    private FactorChoice choice(InventoryLineEntity line, boolean ownSets, FactorResolver resolver,
                                Location location, int referenceYear) {
        if (line.directGas() != null) {
            Gas gas = Gas.parse(line.directGas());
            return new FactorChoice(EmissionFactor.direct(gas), SelectionRule.EXPLICIT,
                    "direct emission of " + gas.symbol() + ", characterised with the study's GWP set");
        }
        if (line.factor() != null) {
            EmissionFactor named = catalog.domainFactor(line.factor());
            return ownSets ? FactorChoice.explicit(named) : resolver.resolve(named.name(), location, referenceYear);
        }
        if (line.factorName() != null) {
            return resolver.resolve(line.factorName(), location, referenceYear);
        }
        return null;
    }

    private static InventoryLine line(InventoryLineEntity entity, FactorChoice choice) {
        LifeCycleStage stage = LifeCycleStage.valueOf(entity.stage());
        String id = String.valueOf(entity.lineNo());
        Quantity amount = Quantity.of(entity.amount(), Units.parse(entity.unit()));
        TransportLeg leg = entity.transport();
        InventoryLine.Builder builder = leg == null || leg.mass() == null
                ? InventoryLine.builder(id, stage, entity.item(), amount)
                : InventoryLine.transport(id, stage, entity.item(), new Transport(
                        Quantity.of(leg.mass(), Units.parse(leg.massUnit())),
                        Quantity.of(leg.distance(), Units.parse(leg.distanceUnit())), leg.mode()));
        LineData data = entity.data();
        builder.choice(choice)
                .density(data.densityKgPerM3() == null ? null : new Density(data.densityKgPerM3()))
                .dataType(data.dataType() == null ? null : DataType.valueOf(data.dataType()))
                .source(data.source())
                .technologyRating(data.technologyRating());
        if (entity.facilityTotal()) {
            builder.facilityTotal(allocation(entity.allocation()));
        }
        if (data.excluded()) {
            builder.excluded(data.rareMaterial());
        }
        return builder.build();
    }

    /** The domain allocation of stored figures, {@code null} if there are none. */
    static Allocation allocation(AllocationFigures figures) {
        if (figures == null || figures.basis() == null) {
            return null;
        }
        Allocation.Basis basis = Allocation.Basis.valueOf(figures.basis());
        Quantity output = Quantity.of(figures.periodOutput(), Units.parse(figures.periodOutputUnit()));
        Quantity share = Quantity.of(figures.productShare(), Units.parse(figures.productShareUnit()));
        return new Allocation(basis, share, output);
    }

    private static List<String> statements(StudyEntity study) {
        List<String> statements = new ArrayList<>();
        statements.add(study.product().functionalUnit());
        if (study.scope() != null && study.scope().functionalUnit() != null) {
            statements.add(study.scope().functionalUnit());
        }
        statements.addAll(study.unitStatements());
        return statements.stream().filter(Objects::nonNull).toList();
    }

    private static List<Object> ids(List<FactorSetEntity> sets) {
        return sets.stream().map(set -> (Object) set.id()).toList();
    }
}
