package dev.tanji.warehouse;

import dev.tanji.analytics.query.FootprintTotal;
import dev.tanji.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Answers analytic questions from the Parquet warehouse with DuckDB, not from the transactional store: a session
 * bean so that the container checks the caller's role, with no transaction, as DuckDB takes part in none.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
public class WarehouseAnswers {

    @Inject
    Warehouse warehouse;

    /** Per company, product, facility and reference year: the latest run's kg CO2e per functional unit. */
    public List<FootprintTotal> footprintsByProductFacilityYear() {
        return warehouse.queries().totalsByProductFacilityYear();
    }
}
