package dev.tanji.study.application;

import static dev.tanji.platform.Validation.requireName;
import static dev.tanji.platform.Validation.requireNonNegative;
import static dev.tanji.platform.Validation.requireText;
import static dev.tanji.platform.Validation.requireYear;

import dev.tanji.company.infrastructure.FacilityEntity;
import dev.tanji.company.infrastructure.ProductEntity;
import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.model.Allocation;
import dev.tanji.footprint.model.LifeCycleStage;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.NotFoundException;
import dev.tanji.quantity.FactorUnit;
import dev.tanji.quantity.UnitMismatchException;
import dev.tanji.quantity.UnitOfMeasure;
import dev.tanji.quantity.Units;
import dev.tanji.study.infrastructure.InventoryLineEntity;
import dev.tanji.study.infrastructure.StudyEntity;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Enters a study with its whole inventory in one transaction. Every line is checked before anything is kept: its
 * amount, its unit, its factor, and that the factor applies to the unit.
 */
@Stateless
public class StudyEntry {

    /** A study with more lines than this is an import job, not one request. */
    public static final int MAX_LINES = 5_000;

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    public StudyView createStudy(NewStudy input) {
        ProductEntity product = find(ProductEntity.class, "product", input.productId());
        FacilityEntity facility = find(FacilityEntity.class, "facility", input.facilityId());
        FactorSetEntity factorSet = find(FactorSetEntity.class, "factor set", input.factorSetId());
        if (!facility.company().id().equals(product.company().id())) {
            throw new DomainException("COMPANY_MISMATCH",
                    "Facility '" + facility.name() + "' and product '" + product.name() + "' belong to different companies");
        }
        if (factorSet.company() != null && !factorSet.company().id().equals(product.company().id())) {
            throw new NotFoundException("factor set", input.factorSetId());
        }
        String name = requireName("name", input.name());
        if (!em.createQuery("select s.id from StudyEntity s where s.company = :company and s.name = :name",
                UUID.class).setParameter("company", product.company()).setParameter("name", name)
                .getResultList().isEmpty()) {
            throw new DomainException("DUPLICATE_NAME", "A study named '" + name + "' already exists");
        }
        if (input.gwpSet() == null) {
            throw new DomainException("INVALID_INPUT", "gwpSet is missing");
        }
        List<NewInventoryLine> lines = input.lines() == null ? List.of() : input.lines();
        if (lines.isEmpty()) {
            throw new DomainException("EMPTY_INVENTORY", "A study needs at least one inventory line");
        }
        if (lines.size() > MAX_LINES) {
            throw new DomainException("TOO_MANY_ITEMS",
                    "A study holds at most " + MAX_LINES + " lines; this one has " + lines.size());
        }
        StudyEntity study = new StudyEntity(product, facility, factorSet, name,
                requireYear("referenceYear", input.referenceYear()), input.gwpSet().name(), Instant.now());
        Map<String, EmissionFactorEntity> factors = factorsByName(factorSet);
        int lineNo = 0;
        for (NewInventoryLine line : lines) {
            study.addLine(line(study, ++lineNo, line, factors, factorSet));
        }
        em.persist(study);
        return view(study);
    }

    public StudyView study(UUID id) {
        return view(find(StudyEntity.class, "study", id));
    }

    public List<StudyView> studies(UUID companyId) {
        return em.createQuery("select s from StudyEntity s where (:company is null or s.company.id = :company)"
                        + " order by s.name", StudyEntity.class)
                .setParameter("company", companyId)
                .getResultStream().map(StudyEntry::view).toList();
    }

    private static InventoryLineEntity line(StudyEntity study, int lineNo, NewInventoryLine input,
            Map<String, EmissionFactorEntity> factors, FactorSetEntity factorSet) {
        String where = "Line " + lineNo;
        if (input.stage() == null) {
            throw new DomainException("INVALID_INPUT", where + ": stage is missing");
        }
        String item = requireText(where + ": item", input.item(), 300);
        requireNonNegative("NEGATIVE_AMOUNT", where + " ('" + item + "'): amount", input.amount());
        UnitOfMeasure unit = Units.parse(requireText(where + ": unit", input.unit(), 30));
        String factorName = requireText(where + ": factor", input.factor(), 300);
        EmissionFactorEntity factor = factors.get(factorName);
        if (factor == null) {
            throw new DomainException("FACTOR_NOT_FOUND", where + " ('" + item + "'): factor set '"
                    + factorSet.name() + "' " + factorSet.version() + " has no factor named '" + factorName + "'");
        }
        FactorUnit factorUnit = FactorUnit.parse(factor.unit());
        if (unit.dimension() != factorUnit.referenceUnit().dimension()) {
            throw UnitMismatchException.applyingFactor(factorUnit.referenceUnit(), unit, item);
        }
        BigDecimal output = input.allocationOutput();
        if (output != null && output.signum() <= 0) {
            throw new DomainException("INVALID_ALLOCATION", where + " ('" + item
                    + "'): the output to allocate over must be more than zero, was " + output.toPlainString());
        }
        if (output != null && !input.facilityTotal()) {
            throw new DomainException("INVALID_ALLOCATION", where + " ('" + item
                    + "'): only a facility total is allocated; mark the line facilityTotal or drop the output");
        }
        return new InventoryLineEntity(study, lineNo, input.stage().name(), item, input.amount(), unit.symbol(),
                factor, input.facilityTotal(), output, output == null ? null : Allocation.UNIT_COUNT);
    }

    private Map<String, EmissionFactorEntity> factorsByName(FactorSetEntity set) {
        return em.createQuery("select f from EmissionFactorEntity f where f.factorSet = :set",
                        EmissionFactorEntity.class)
                .setParameter("set", set).getResultStream()
                .collect(Collectors.toMap(EmissionFactorEntity::name, Function.identity()));
    }

    private <T> T find(Class<T> type, String what, UUID id) {
        if (id == null) {
            throw new DomainException("INVALID_INPUT", what + " id is missing");
        }
        T entity = em.find(type, id);
        if (entity == null) {
            throw new NotFoundException(what, id);
        }
        return entity;
    }

    static StudyView view(StudyEntity s) {
        List<InventoryLineView> lines = s.lines().stream()
                .map(l -> new InventoryLineView(l.lineNo(),
                        LifeCycleStage.valueOf(l.stage()), l.item(), l.amount(), l.unit(),
                        l.factor().id(), l.factor().name(), l.facilityTotal(), l.allocationOutput()))
                .toList();
        return new StudyView(s.id(), s.company().id(), s.product().id(), s.facility().id(), s.factorSet().id(),
                s.name(), s.referenceYear(), GwpSet.valueOf(s.gwpSet()), lines);
    }
}
