package dev.tanji.footprint.application;

import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.footprint.model.Footprint;
import dev.tanji.footprint.model.FootprintCalculator;
import dev.tanji.footprint.model.FootprintComparison;
import dev.tanji.footprint.model.Inventory;
import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.NotFoundException;
import dev.tanji.platform.Roles;
import dev.tanji.study.application.StudyInventory;
import dev.tanji.study.infrastructure.StudyEntity;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Calculates a study's footprint and keeps the result as a new, immutable run; calculating again makes another run
 * and nothing edits an old one. A study may be calculated under other factor sets or another GWP set than its own
 * without editing it: the run records the sets it used, and {@link #compare} shows the differences line by line
 * without storing anything.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class FootprintCalculation {

    /** The most factor sets one calculation may draw on. */
    public static final int MAX_FACTOR_SETS = 10;

    private final FootprintCalculator calculator = new FootprintCalculator();

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Inject
    private StudyInventory inventories;

    @Inject
    private Event<RunCalculated> calculated;

    @Resource
    private SessionContext context;

    /** Calculates the study as entered. */
    public RunView calculate(UUID studyId) {
        return calculate(studyId, null, null);
    }

    /**
     * Calculates the study, under {@code factorSetIds} (in priority order) and {@code gwpSet} instead of its own when
     * given.
     */
    public RunView calculate(UUID studyId, List<UUID> factorSetIds, String gwpSet) {
        StudyEntity study = study(studyId);
        List<FactorSetEntity> sets = sets(study, factorSetIds);
        String gwp = gwpSet == null ? study.gwpSet() : gwpSet;
        Inventory inventory = inventories.of(study, sets, gwp);
        Footprint footprint = calculator.calculate(inventory);
        // The store keeps microseconds: the run handed back shows the calculatedAt that filters and cursors compare.
        Instant calculatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RunEntity run = new RunEntity(study, sets.get(0), inventory.gwp().name(), footprint.totalKgCo2e(),
                InputHash.of(inventory), calculatedAt, RunRecords.stages(footprint), RunRecords.lines(footprint),
                RunRecords.gases(footprint), RunRecords.excluded(footprint),
                RunRecords.summary(footprint, functionalUnit(study)), RunRecords.warnings(footprint));
        em.persist(run);
        calculated.fire(new RunCalculated(run.id()));
        return RunViews.of(run);
    }

    /**
     * The study under its own sets against the study under {@code factorSetIds} and/or {@code gwpSet}, line by line.
     * Nothing is stored.
     */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    public FootprintComparison compare(UUID studyId, List<UUID> factorSetIds, String gwpSet) {
        StudyEntity study = study(studyId);
        if ((factorSetIds == null || factorSetIds.isEmpty()) && gwpSet == null) {
            throw new DomainException("INVALID_INPUT", "Name the factor sets or the GWP set to compare against");
        }
        Footprint baseline = calculator.calculate(inventories.of(study));
        Footprint alternative = calculator.calculate(inventories.of(study, sets(study, factorSetIds),
                gwpSet == null ? study.gwpSet() : gwpSet));
        return FootprintComparison.between(baseline, alternative);
    }

    private StudyEntity study(UUID studyId) {
        if (studyId == null) {
            throw new DomainException("INVALID_INPUT", "studyId is missing");
        }
        StudyEntity study = em.find(StudyEntity.class, studyId);
        return CompanyScope.of(context, em).require(study, study == null ? null : study.company().id(), "study",
                studyId);
    }

    private List<FactorSetEntity> sets(StudyEntity study, List<UUID> factorSetIds) {
        if (factorSetIds == null || factorSetIds.isEmpty()) {
            return study.factorSets();
        }
        if (factorSetIds.size() > MAX_FACTOR_SETS || new HashSet<>(factorSetIds).size() < factorSetIds.size()) {
            throw new DomainException("INVALID_INPUT", "Give up to " + MAX_FACTOR_SETS
                    + " distinct factor sets, in priority order");
        }
        List<FactorSetEntity> sets = new ArrayList<>();
        for (UUID id : factorSetIds) {
            FactorSetEntity set = id == null ? null : em.find(FactorSetEntity.class, id);
            if (set == null || set.company() != null && !set.company().id().equals(study.company().id())) {
                throw new NotFoundException("factor set", id);
            }
            sets.add(set);
        }
        return sets;
    }

    private static String functionalUnit(StudyEntity study) {
        return study.scope() != null && study.scope().functionalUnit() != null
                ? study.scope().functionalUnit() : study.product().functionalUnit();
    }
}
