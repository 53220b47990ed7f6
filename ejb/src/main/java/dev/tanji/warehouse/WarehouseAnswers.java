package dev.tanji.warehouse;

import dev.tanji.analytics.query.FootprintTotal;
import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Answers analytic questions from the Parquet warehouse with DuckDB, not from the transactional store: a session
 * bean so that the container checks the caller's role, with no transaction, as DuckDB takes part in none. Everyone
 * but an ADMIN gets the answers of their own company only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
public class WarehouseAnswers {

    @Inject
    Warehouse warehouse;

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Per company, product, facility and reference year: the latest run's kg CO2e per functional unit. */
    public List<FootprintTotal> footprintsByProductFacilityYear() {
        CompanyScope scope = CompanyScope.of(context, em);
        if (scope.isEveryCompany()) {
            return warehouse.queries().totalsByProductFacilityYear();
        }
        return scope.ownCompany().map(id -> em.find(CompanyEntity.class, id))
                .map(company -> warehouse.queries().totalsByProductFacilityYear(company.name()))
                .orElse(List.of());
    }
}
