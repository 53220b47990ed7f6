package dev.tanji.footprint.application;

import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.footprint.infrastructure.RunLine;
import dev.tanji.footprint.infrastructure.RunStage;
import dev.tanji.footprint.infrastructure.RunWarning;
import dev.tanji.footprint.model.Allocation;
import dev.tanji.footprint.model.EmissionFactor;
import dev.tanji.footprint.model.Footprint;
import dev.tanji.footprint.model.FootprintCalculator;
import dev.tanji.footprint.model.Inventory;
import dev.tanji.footprint.model.InventoryLine;
import dev.tanji.footprint.model.LifeCycleStage;
import dev.tanji.footprint.model.LineResult;
import dev.tanji.footprint.model.Warning;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.NotFoundException;
import dev.tanji.quantity.FactorUnit;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.Units;
import dev.tanji.study.infrastructure.InventoryLineEntity;
import dev.tanji.study.infrastructure.StudyEntity;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Calculates a study's footprint and keeps the result as a new, immutable run. Calculating again makes another run;
 * nothing edits an old one.
 */
@Stateless
public class FootprintCalculation {

    private final FootprintCalculator calculator = new FootprintCalculator();

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Inject
    private Event<RunCalculated> calculated;

    public RunView calculate(UUID studyId) {
        if (studyId == null) {
            throw new DomainException("INVALID_INPUT", "studyId is missing");
        }
        StudyEntity study = em.find(StudyEntity.class, studyId);
        if (study == null) {
            throw new NotFoundException("study", studyId);
        }
        Footprint footprint = calculator.calculate(inventory(study));
        RunEntity run = new RunEntity(study, footprint.totalKgCo2e(), InputHash.of(study), Instant.now(),
                stages(footprint), lines(footprint), warnings(footprint));
        em.persist(run);
        calculated.fire(new RunCalculated(run.id()));
        return RunViews.of(run);
    }

    private static Inventory inventory(StudyEntity study) {
        List<InventoryLine> lines = new ArrayList<>();
        for (InventoryLineEntity line : study.lines()) {
            EmissionFactorEntity f = line.factor();
            EmissionFactor factor = new EmissionFactor(f.id().toString(), f.name(), f.value(),
                    FactorUnit.parse(f.unit()), f.referenceYear(), f.region(), f.source());
            Allocation allocation = line.allocationOutput() == null ? null
                    : new Allocation(line.allocationOutput(), line.allocationBasis());
            lines.add(new InventoryLine(String.valueOf(line.lineNo()), LifeCycleStage.valueOf(line.stage()),
                    line.item(), Quantity.of(line.amount(), Units.parse(line.unit())), factor, line.facilityTotal(),
                    allocation));
        }
        return new Inventory(study.referenceYear(), study.facility().gridRegion(), lines);
    }

    private static List<RunStage> stages(Footprint footprint) {
        return footprint.stages().stream()
                .map(s -> new RunStage(s.stage().name(), s.kgCo2e(), s.sharePercent()))
                .toList();
    }

    private static List<RunLine> lines(Footprint footprint) {
        return footprint.lines().stream().map(FootprintCalculation::line).toList();
    }

    private static RunLine line(LineResult r) {
        return new RunLine(Integer.parseInt(r.lineId()), r.stage().name(), r.item(), r.amount().value(),
                r.amount().unit().symbol(), r.amountInFactorUnit().value(), r.amountInFactorUnit().unit().symbol(),
                UUID.fromString(r.factorId()), r.factorKgCo2ePerUnit(), r.allocationDivisor(), r.kgCo2e(),
                r.sharePercent());
    }

    private static List<RunWarning> warnings(Footprint footprint) {
        List<RunWarning> warnings = new ArrayList<>();
        for (Warning w : footprint.warnings()) {
            warnings.add(new RunWarning(warnings.size() + 1, w.code(),
                    w.lineId() == null ? null : Integer.valueOf(w.lineId()), w.message()));
        }
        return warnings;
    }
}
