package dev.tanji.warehouse;

import dev.tanji.analytics.query.AnnualChange;
import dev.tanji.analytics.query.Benchmark;
import dev.tanji.analytics.query.FacilityCriteria;
import dev.tanji.analytics.query.FacilityFootprint;
import dev.tanji.analytics.query.FactorSetComparison;
import dev.tanji.analytics.query.FootprintTotal;
import dev.tanji.analytics.query.TrendCriteria;
import dev.tanji.analytics.query.WarehouseQueryException;
import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.DomainException;
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
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Answers analytic questions from the Parquet warehouse with DuckDB, not from the transactional store: a session
 * bean so that the container checks the caller's role, with no transaction, as DuckDB takes part in none. Everyone
 * but an ADMIN gets the answers of their own company only; the benchmark compares a product of the caller's company
 * with every company's, anonymised, and refuses groups of fewer than {@value #BENCHMARK_MINIMUM_COMPANIES}
 * companies.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
public class WarehouseAnswers {

    /** The fewest companies a benchmark group may have: fewer, and its figures would tell about one of them. */
    public static final int BENCHMARK_MINIMUM_COMPANIES = 5;

    @Inject
    Warehouse warehouse;

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /** Per company, product, facility and reference year: the latest run's kg CO2e per functional unit. */
    public List<FootprintTotal> footprintsByProductFacilityYear() {
        CompanyScope scope = scope();
        if (scope.isEveryCompany()) {
            return warehouse.queries().totalsByProductFacilityYear();
        }
        return scope.ownCompany().map(id -> em.find(CompanyEntity.class, id))
                .map(company -> warehouse.queries().totalsByProductFacilityYear(company.name()))
                .orElse(List.of());
    }

    /**
     * kg CO2e per functional unit by facility, for one product or every product of a category, in one reference year,
     * each facility by its latest run there (under one factor set or GWP set if given).
     */
    public List<FacilityFootprint> facilities(UUID productId, String category, int referenceYear, UUID factorSetId,
            String gwpSet) {
        CompanyScope scope = scope();
        requireProduct(scope, productId);
        return answer(() -> warehouse.queries().facilities(new FacilityCriteria(scope.restriction(), productId,
                category, referenceYear, factorSetId, gwpSet)));
    }

    /** Year-over-year changes per product and facility, split into activity, factor and GWP effects. */
    public List<AnnualChange> annualTrend(UUID productId, Integer yearFrom, Integer yearTo) {
        CompanyScope scope = scope();
        requireProduct(scope, productId);
        return answer(() -> warehouse.queries().annualTrend(new TrendCriteria(scope.restriction(), productId,
                yearFrom, yearTo)));
    }

    /** The caller's studies with runs under both factor sets, side by side, with per-line differences. */
    public FactorSetComparison factorSetComparison(UUID factorSetIdA, UUID factorSetIdB, Integer referenceYear) {
        if (factorSetIdA == null || factorSetIdB == null) {
            throw new DomainException("INVALID_INPUT", "Name both factor sets to compare");
        }
        CompanyScope scope = scope();
        return answer(() -> warehouse.queries().factorSetComparison(scope.restriction(), factorSetIdA, factorSetIdB,
                referenceYear));
    }

    /**
     * Where a product of the caller's company stands among products of the same category and functional unit of
     * every company in that year: its percent rank and the group's quartiles, nothing about any other company.
     */
    public Benchmark benchmark(UUID productId, int referenceYear) {
        if (productId == null) {
            throw new DomainException("INVALID_INPUT", "productId is missing");
        }
        requireProduct(scope(), productId);
        return answer(() -> warehouse.queries().benchmark(productId, referenceYear, BENCHMARK_MINIMUM_COMPANIES));
    }

    /** A product named by the caller is one of theirs, or NOT_FOUND. */
    private void requireProduct(CompanyScope scope, UUID productId) {
        if (productId != null) {
            UUID company = em.createQuery("select p.company.id from ProductEntity p where p.id = :id", UUID.class)
                    .setParameter("id", productId).getResultStream().findFirst().orElse(null);
            scope.require(company, company, "product", productId);
        }
    }

    /** The warehouse's refusals keep their codes; a failure of DuckDB itself is the server's. */
    private static <T> T answer(Supplier<T> query) {
        try {
            return query.get();
        } catch (WarehouseQueryException e) {
            if (e.code() == WarehouseQueryException.Code.WAREHOUSE_QUERY_FAILED) {
                throw e;
            }
            throw new DomainException(e.code().name(), e.getMessage());
        }
    }

    private CompanyScope scope() {
        return CompanyScope.of(context, em);
    }
}
