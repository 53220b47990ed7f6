package dev.tanji.factor.application;

import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.model.Region;
import dev.tanji.footprint.model.RegionHierarchy;
import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.Roles;
import dev.tanji.platform.Validation;
import dev.tanji.platform.paging.Conditions;
import dev.tanji.platform.paging.Keyset;
import dev.tanji.platform.paging.KeysetQuery;
import dev.tanji.platform.paging.Page;
import dev.tanji.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds factor sets and factors, a page at a time: the shared reference sets and the caller's company's own (every
 * set for an ADMIN).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
public class FactorSearch {

    private static final KeysetQuery<Object[]> SETS = new KeysetQuery<>(Object[].class,
            "select s, (select count(f) from EmissionFactorEntity f where f.factorSet = s)", "from FactorSetEntity s",
            "count(s)", Keyset.of("factorSets").ascending("s.name", name -> name)
                    .ascending("s.version", version -> version).ascending("s.id", UUID::fromString),
            row -> List.of(set(row).name(), set(row).version(), set(row).id()));

    /** By name, region and year, as {@code lookupKey} spells them, so that one name's variants stay together. */
    private static final KeysetQuery<EmissionFactorEntity> FACTORS = new KeysetQuery<>(EmissionFactorEntity.class,
            "select f", "from EmissionFactorEntity f", "count(f)", Keyset.of("factors")
                    .ascending("f.lookupKey", key -> key).ascending("f.id", UUID::fromString),
            f -> List.of(f.lookupKey(), f.id()));

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Factor sets by name and version, with how many factors each holds; with {@code companyId}, the sets a study of
     * that company may draw on: its own and the shared reference sets.
     */
    public Page<FactorSetView> factorSets(String search, UUID companyId, PageRequest page) {
        Conditions where = new Conditions().search(search, "s.name", "s.publisher", "s.source")
                .add("(s.company.id = :company or s.company is null)", "company", companyId)
                .add("(s.company.id = :scope or s.company is null)", "scope", scope().restriction());
        return SETS.page(em, where, page).map(row -> FactorViews.of(set(row), (Long) row[1]));
    }

    /** Factors by name, region and year, each with its per-gas amounts (read for the whole page at once). */
    public Page<FactorView> factors(FactorCriteria criteria, PageRequest page) {
        Conditions where = new Conditions().add("f.factorSet.id = :set", "set", criteria.factorSetId())
                .add("(f.factorSet.company.id = :scope or f.factorSet.company is null)", "scope",
                        scope().restriction())
                .search(criteria.search(), "f.name", "f.category")
                .add("lower(f.category) = :category", "category", lowerCase("category", criteria.category()))
                .add("lower(f.region) in :regions", "regions", regionNames(criteria.region()))
                .add("f.referenceYear = :year", "year", criteria.year());
        Page<EmissionFactorEntity> factors = FACTORS.page(em, where, page);
        if (!factors.nodes().isEmpty()) {
            em.createQuery("select distinct f from EmissionFactorEntity f left join fetch f.gases where f.id in :ids",
                    EmissionFactorEntity.class)
                    .setParameter("ids", factors.nodes().stream().map(EmissionFactorEntity::id).toList())
                    .getResultList();
        }
        return factors.map(FactorViews::of);
    }

    /**
     * The set of that name and version that {@code companyId} reads: its own, or a shared one (there is at most one
     * of those two, see {@link FactorLibrary}); empty if the caller may not read that company's sets.
     */
    public Optional<FactorSetView> factorSet(UUID companyId, String name, String version) {
        if (!scope().readsFactorSetOf(companyId)) {
            return Optional.empty();
        }
        return em.createQuery("select s, (select count(f) from EmissionFactorEntity f where f.factorSet = s)"
                        + " from FactorSetEntity s left join s.company c where s.name = :name"
                        + " and s.version = :version and (c is null or c.id = :company)"
                        + " order by case when c is null then 1 else 0 end", Object[].class)
                .setParameter("name", name.strip()).setParameter("version", version.strip())
                .setParameter("company", companyId)
                .getResultStream().findFirst()
                .map(row -> FactorViews.of(set(row), (Long) row[1]));
    }

    private CompanyScope scope() {
        return CompanyScope.of(context, em);
    }

    /** Every spelling of the region {@code region} names, lower case; the text itself if it names none known. */
    private static List<String> regionNames(String region) {
        String given = lowerCase("region", region);
        if (given == null) {
            return null;
        }
        return RegionHierarchy.standard().find(given).map(Region::names).orElse(List.of(given)).stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static String lowerCase(String field, String text) {
        String given = Validation.optionalText(field, text, 200);
        return given == null ? null : given.toLowerCase(Locale.ROOT);
    }

    private static FactorSetEntity set(Object[] row) {
        return (FactorSetEntity) row[0];
    }
}
