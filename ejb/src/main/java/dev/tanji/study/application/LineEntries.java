package dev.tanji.study.application;

import static dev.tanji.platform.Validation.optionalText;
import static dev.tanji.platform.Validation.requireNonNegative;
import static dev.tanji.platform.Validation.requireText;

import dev.tanji.factor.model.FactorLookupKey;
import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.model.Allocation;
import dev.tanji.footprint.model.Transport;
import dev.tanji.platform.DomainException;
import dev.tanji.quantity.Density;
import dev.tanji.quantity.Gas;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitOfMeasure;
import dev.tanji.quantity.Units;
import dev.tanji.study.infrastructure.AllocationFigures;
import dev.tanji.study.infrastructure.InventoryLineEntity;
import dev.tanji.study.infrastructure.LineData;
import dev.tanji.study.infrastructure.StudyEntity;
import dev.tanji.study.infrastructure.TransportLeg;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Checks one entered line and makes its entity. What needs the whole study (factor lookup by rule, unit fit, cut-off)
 * is checked afterwards by calculating the study once before it is kept.
 */
final class LineEntries {

    private final EntityManager em;
    private final StudyEntity study;
    private final List<FactorSetEntity> sets;

    LineEntries(EntityManager em, StudyEntity study, List<FactorSetEntity> sets) {
        this.em = em;
        this.study = study;
        this.sets = sets;
    }

    InventoryLineEntity entry(int lineNo, NewInventoryLine input) {
        String where = "Line " + lineNo;
        if (input.stage() == null) {
            throw invalid(where + ": stage is missing");
        }
        String item = requireText(where + ": item", input.item(), 300);
        where = where + " ('" + item + "')";
        TransportLeg leg = leg(where, input.transport());
        Quantity amount = leg != null ? transportWork(input.transport()) : amount(where, input);
        BigDecimal density = input.densityKgPerM3();
        if (density != null) {
            new Density(density);
        }
        Integer rating = input.technologyRating();
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new DomainException("INVALID_RATING", where + ": technologyRating is " + rating
                    + "; ratings run from 1 (best) to 5 (worst)");
        }
        LineData data = new LineData(input.dataType() == null ? null : input.dataType().name(),
                optionalText(where + ": source", input.source(), 1000), rating, density, input.excluded(),
                input.rareMaterial());
        FactorRef ref = factor(where, input);
        return new InventoryLineEntity(study, lineNo, input.stage().name(), item, amount.value(),
                amount.unit().symbol(), ref.factor, ref.name, ref.gas, input.facilityTotal(),
                allocation(where, input), leg, data);
    }

    private static Quantity amount(String where, NewInventoryLine input) {
        requireNonNegative("NEGATIVE_AMOUNT", where + ": amount", input.amount());
        UnitOfMeasure unit = Units.parse(requireText(where + ": unit", input.unit(), 30));
        return Quantity.of(input.amount(), unit);
    }

    private static TransportLeg leg(String where, NewInventoryLine.NewTransport transport) {
        if (transport == null) {
            return null;
        }
        requireNonNegative("NEGATIVE_AMOUNT", where + ": transport mass", transport.mass());
        requireNonNegative("NEGATIVE_AMOUNT", where + ": transport distance", transport.distance());
        return new TransportLeg(transport.mass(), Units.parse(transport.massUnit()).symbol(), transport.distance(),
                Units.parse(transport.distanceUnit()).symbol(), optionalText(where + ": mode", transport.mode(), 60));
    }

    private static Quantity transportWork(NewInventoryLine.NewTransport transport) {
        return new Transport(Quantity.of(transport.mass(), Units.parse(transport.massUnit())),
                Quantity.of(transport.distance(), Units.parse(transport.distanceUnit())), transport.mode()).work();
    }

    private static AllocationFigures allocation(String where, NewInventoryLine input) {
        NewInventoryLine.NewAllocation given = input.allocation();
        if (given == null && input.allocationOutput() == null) {
            return null;
        }
        if (!input.facilityTotal()) {
            throw new DomainException("INVALID_ALLOCATION", where + ": only a facility total is allocated; mark "
                    + "the line facilityTotal or drop the allocation");
        }
        if (given == null) {
            given = new NewInventoryLine.NewAllocation(Allocation.Basis.UNIT_COUNT.name(), input.allocationOutput(),
                    null, null, null);
        }
        Allocation.Basis basis = basis(where, given.basis());
        String outputUnit = given.periodOutputUnit() == null && basis == Allocation.Basis.UNIT_COUNT
                ? Units.PIECE.symbol() : given.periodOutputUnit();
        BigDecimal share = given.productShare() == null && basis == Allocation.Basis.UNIT_COUNT
                ? BigDecimal.ONE : given.productShare();
        String shareUnit = given.productShareUnit() == null ? outputUnit : given.productShareUnit();
        if (given.periodOutput() == null || share == null || outputUnit == null) {
            throw new DomainException("INVALID_ALLOCATION", where + ": allocation by " + basis + " needs the "
                    + "period's output and the functional unit's share, each with its unit");
        }
        Allocation checked = new Allocation(basis, Quantity.of(share, Units.parse(shareUnit)),
                Quantity.of(given.periodOutput(), Units.parse(outputUnit)));
        return new AllocationFigures(basis.name(), checked.periodOutput().value(),
                checked.periodOutput().unit().symbol(), checked.productShare().value(),
                checked.productShare().unit().symbol());
    }

    private static Allocation.Basis basis(String where, String text) {
        try {
            return Allocation.Basis.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("INVALID_ALLOCATION", where + ": unknown allocation basis '" + text
                    + "'; use UNIT_COUNT, MASS or ECONOMIC_VALUE");
        }
    }

    private FactorRef factor(String where, NewInventoryLine input) {
        int given = (input.factorId() != null ? 1 : 0) + (input.factor() != null ? 1 : 0)
                + (input.directGas() != null ? 1 : 0);
        if (given > 1) {
            throw invalid(where + ": give one of factorId, factor (a name) or directGas, not several");
        }
        if (given == 0) {
            if (input.excluded()) {
                return new FactorRef(null, null, null);
            }
            throw new DomainException("FACTOR_NOT_FOUND", where + ": name its emission factor (factor or "
                    + "factorId), or the gas it emits directly (directGas)");
        }
        if (input.directGas() != null) {
            return new FactorRef(null, null, Gas.parse(input.directGas()).name());
        }
        if (input.factorId() != null) {
            return new FactorRef(readable(where, input.factorId()), null, null);
        }
        String name = requireText(where + ": factor", input.factor(), 300);
        if (input.factorRegion() != null || input.factorYear() != null) {
            return new FactorRef(pinned(where, name, input.factorRegion(), input.factorYear()), null, null);
        }
        return new FactorRef(null, name, null);
    }

    private EmissionFactorEntity readable(String where, UUID id) {
        EmissionFactorEntity factor = em.find(EmissionFactorEntity.class, id);
        if (factor == null || factor.factorSet().company() != null
                && !factor.factorSet().company().id().equals(study.company().id())) {
            throw new DomainException("FACTOR_NOT_FOUND", where + ": no emission factor with id " + id);
        }
        return factor;
    }

    private EmissionFactorEntity pinned(String where, String name, String region, Integer year) {
        String key = FactorLookupKey.of(name, region, year);
        for (FactorSetEntity set : sets) {
            List<EmissionFactorEntity> found = em.createQuery("select f from EmissionFactorEntity f "
                    + "where f.factorSet = :set and f.lookupKey = :key", EmissionFactorEntity.class)
                    .setParameter("set", set).setParameter("key", key).getResultList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new DomainException("FACTOR_NOT_FOUND", where + ": none of the study's factor sets has '" + name
                + "' for region " + (region == null ? "(none)" : "'" + region + "'") + " and year "
                + (year == null ? "(none)" : year));
    }

    private static DomainException invalid(String message) {
        return new DomainException("INVALID_INPUT", message);
    }

    private record FactorRef(EmissionFactorEntity factor, String name, String gas) {
    }
}
