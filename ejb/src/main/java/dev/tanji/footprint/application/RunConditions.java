package dev.tanji.footprint.application;

import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.Validation;
import dev.tanji.platform.paging.Conditions;

/** {@link RunCriteria} as JPQL conditions on a run {@code r} joined to its study {@code s}. */
final class RunConditions {

    private RunConditions() {
    }

    /** Conditions on runs of {@code scope}; a stage selects runs with a result in it. */
    static Conditions runs(RunCriteria criteria, CompanyScope scope) {
        return common(criteria, scope).add("exists (select 1 from r.stages st where st.stage = :stage)", "stage",
                criteria.stage() == null ? null : criteria.stage().name());
    }

    /** Conditions on the lines {@code l} of runs; a stage selects the lines of that stage. */
    static Conditions lines(RunCriteria criteria, CompanyScope scope) {
        return common(criteria, scope).add("l.stage = :stage", "stage",
                criteria.stage() == null ? null : criteria.stage().name());
    }

    private static Conditions common(RunCriteria c, CompanyScope scope) {
        Validation.requireRange("referenceYearFrom", c.referenceYearFrom(), "referenceYearTo", c.referenceYearTo());
        Validation.requireRange("calculatedFrom", c.calculatedFrom(), "calculatedTo", c.calculatedTo());
        return new Conditions()
                .add("r.company.id = :scope", "scope", scope.restriction())
                .add("r.company.id = :company", "company", c.companyId())
                .add("s.facility.id = :facility", "facility", c.facilityId())
                .add("s.product.id = :product", "product", c.productId())
                .add("r.study.id = :study", "study", c.studyId())
                .add("r.factorSet.id = :factorSet", "factorSet", c.factorSetId())
                .add("r.gwpSet = :gwpSet", "gwpSet", c.gwpSet() == null ? null : c.gwpSet().name())
                .add("r.referenceYear >= :yearFrom", "yearFrom", c.referenceYearFrom())
                .add("r.referenceYear <= :yearTo", "yearTo", c.referenceYearTo())
                .add("r.calculatedAt >= :calculatedFrom", "calculatedFrom", c.calculatedFrom())
                .add("r.calculatedAt < :calculatedTo", "calculatedTo", c.calculatedTo());
    }
}
