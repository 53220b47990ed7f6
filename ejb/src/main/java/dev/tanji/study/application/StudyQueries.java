package dev.tanji.study.application;

import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.Roles;
import dev.tanji.platform.Validation;
import dev.tanji.platform.paging.Conditions;
import dev.tanji.platform.paging.Keyset;
import dev.tanji.platform.paging.KeysetQuery;
import dev.tanji.platform.paging.Page;
import dev.tanji.platform.paging.PageRequest;
import dev.tanji.study.infrastructure.StudyEntity;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Reads studies with their inventories: the caller's company's (every company's for an ADMIN). */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
public class StudyQueries {

    private static final KeysetQuery<StudyEntity> STUDIES = new KeysetQuery<>(StudyEntity.class, "select s",
            "from StudyEntity s", "count(s)",
            Keyset.of("studies").ascending("s.name", name -> name).ascending("s.id", UUID::fromString),
            s -> List.of(s.name(), s.id()));

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public StudyView study(UUID id) {
        StudyEntity study = id == null ? null : em.find(StudyEntity.class, id);
        return StudyViews.of(CompanyScope.of(context, em).require(study, study == null ? null : study.company().id(),
                "study", id));
    }

    /** Studies by name. Their lines, sets and products load in batches for the whole page, not per study. */
    public Page<StudyView> studies(StudyCriteria criteria, PageRequest page) {
        Validation.requireRange("referenceYearFrom", criteria.referenceYearFrom(), "referenceYearTo",
                criteria.referenceYearTo());
        Conditions where = new Conditions().add("s.company.id = :company", "company", criteria.companyId())
                .add("s.company.id = :scope", "scope", CompanyScope.of(context, em).restriction())
                .add("s.product.id = :product", "product", criteria.productId())
                .add("s.facility.id = :facility", "facility", criteria.facilityId())
                .add("s.referenceYear >= :yearFrom", "yearFrom", criteria.referenceYearFrom())
                .add("s.referenceYear <= :yearTo", "yearTo", criteria.referenceYearTo())
                .add("s.gwpSet = :gwpSet", "gwpSet", criteria.gwpSet() == null ? null : criteria.gwpSet().name());
        return STUDIES.page(em, where, page).map(StudyViews::of);
    }
}
