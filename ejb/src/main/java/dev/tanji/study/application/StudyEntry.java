package dev.tanji.study.application;

import static dev.tanji.platform.Validation.optionalText;
import static dev.tanji.platform.Validation.requireName;
import static dev.tanji.platform.Validation.requireText;
import static dev.tanji.platform.Validation.requireYear;

import dev.tanji.company.infrastructure.FacilityEntity;
import dev.tanji.company.infrastructure.ProductEntity;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.model.CutOffRule;
import dev.tanji.footprint.model.FootprintCalculator;
import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.NotFoundException;
import dev.tanji.platform.Roles;
import dev.tanji.study.infrastructure.StudyEntity;
import dev.tanji.study.infrastructure.StudyScope;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Enters a study with its whole inventory in one transaction. Every line is checked before anything is kept: its
 * amount, its unit, its factor; then the study is calculated once, so that factor lookup, unit fit, allocation and
 * the cut-off rule are proven before it is stored.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class StudyEntry {

    /** A study with more lines than this is an import job, not one request. */
    public static final int MAX_LINES = 5_000;

    private final FootprintCalculator calculator = new FootprintCalculator();

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Inject
    private StudyInventory inventories;

    @Resource
    private SessionContext context;

    public StudyView createStudy(NewStudy input) {
        CompanyScope scope = CompanyScope.of(context, em);
        ProductEntity product = find(ProductEntity.class, "product", input.productId());
        scope.require(product, product.company().id(), "product", product.id());
        FacilityEntity facility = find(FacilityEntity.class, "facility", input.facilityId());
        scope.require(facility, facility.company().id(), "facility", facility.id());
        if (!facility.company().id().equals(product.company().id())) {
            throw new DomainException("COMPANY_MISMATCH",
                    "Facility '" + facility.name() + "' and product '" + product.name() + "' belong to different companies");
        }
        List<FactorSetEntity> sets = factorSets(input, product);
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
        StudyEntity study = new StudyEntity(product, facility, sets, name,
                requireYear("referenceYear", input.referenceYear()), input.gwpSet().name(), scope(input),
                statements(input.unitStatements()), Instant.now());
        LineEntries entries = new LineEntries(em, study, sets);
        int lineNo = 0;
        for (NewInventoryLine line : lines) {
            study.addLine(entries.entry(++lineNo, line));
        }
        calculator.calculate(inventories.of(study));
        em.persist(study);
        return StudyViews.of(study);
    }

    private List<FactorSetEntity> factorSets(NewStudy input, ProductEntity product) {
        List<UUID> ids = new ArrayList<>();
        ids.add(input.factorSetId());
        if (input.moreFactorSetIds() != null) {
            ids.addAll(input.moreFactorSetIds());
        }
        if (new HashSet<>(ids).size() < ids.size()) {
            throw new DomainException("INVALID_INPUT", "A factor set is listed twice for the study");
        }
        List<FactorSetEntity> sets = new ArrayList<>();
        for (UUID id : ids) {
            FactorSetEntity set = find(FactorSetEntity.class, "factor set", id);
            if (set.company() != null && !set.company().id().equals(product.company().id())) {
                throw new NotFoundException("factor set", id);
            }
            sets.add(set);
        }
        return sets;
    }

    private static StudyScope scope(NewStudy input) {
        NewStudy.NewCutOff cutOff = input.cutOff();
        CutOffRule rule = cutOff == null ? CutOffRule.STANDARD
                : CutOffRule.of(cutOff.massPercent(), cutOff.rareMassPercent(), cutOff.totalPercent());
        String standards = input.standards() == null ? null
                : input.standards().stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        return new StudyScope(optionalText("functionalUnit", input.functionalUnit(), 200), input.declaredUnit(),
                optionalText("referenceFlow", input.referenceFlow(), 300),
                input.systemBoundary() == null ? null : input.systemBoundary().name(),
                standards == null || standards.isEmpty() ? null : standards,
                cutOff == null ? null : rule.massPercent(), cutOff == null ? null : rule.rareMassPercent(),
                cutOff == null ? null : rule.totalPercent());
    }

    private static List<String> statements(List<String> given) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > 20) {
            throw new DomainException("TOO_MANY_ITEMS", "A study lists at most 20 statements of its unit");
        }
        return given.stream().map(text -> requireText("unitStatements", text, 200)).toList();
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
}
