package dev.tanji.factor.application;

import static dev.tanji.platform.Validation.optionalText;
import static dev.tanji.platform.Validation.requireName;
import static dev.tanji.platform.Validation.requireText;

import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import dev.tanji.factor.infrastructure.FactorContent;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.factor.model.FactorLookupKey;
import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.Roles;
import dev.tanji.platform.Validation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps versioned emission-factor sets. A set is entered whole, with its factors, in one transaction; every factor is
 * checked ({@link FactorInputRules}) before anything is stored, so a refused set leaves no trace. A set belongs to
 * one company, whose studies alone may use it, or to none: a shared reference set, which only ADMINs create.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class FactorLibrary {

    /** A set larger than this is an import job, not one request. */
    public static final int MAX_FACTORS_PER_REQUEST = 5_000;

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public FactorSetView createFactorSet(NewFactorSet input) {
        CompanyEntity company = company(input.companyId());
        String name = requireName("name", input.name());
        String version = requireText("version", input.version(), 50);
        requireNewSet(company, name, version);
        List<FactorContent> factors = factors(name, input.factors());
        FactorSetEntity set = new FactorSetEntity(company, name,
                optionalText("publisher", input.publisher(), 200), version,
                input.publicationYear() == null ? null
                        : Validation.requireYear("publicationYear", input.publicationYear()),
                FactorInputRules.gwpBasis(input.gwpBasis()), optionalText("source", input.source(), 2000),
                Instant.now());
        em.persist(set);
        factors.forEach(factor -> em.persist(new EmissionFactorEntity(set, factor)));
        return FactorViews.of(set, factors.size());
    }

    /**
     * Names and versions are unique among the sets one company reads: its own and the shared ones. So a company's
     * new set may not take a name and version of its own or of a shared set, and a new shared set (an ADMIN's, who
     * sees every company) not one that any company uses. Another company's sets are never in the way of a company's,
     * and a refusal tells nothing of them.
     */
    private void requireNewSet(CompanyEntity company, String name, String version) {
        String clash = "select s.id from FactorSetEntity s left join s.company c where s.name = :name"
                + " and s.version = :version" + (company == null ? "" : " and (c is null or c.id = :company)");
        var query = em.createQuery(clash, UUID.class).setParameter("name", name).setParameter("version", version);
        if (company != null) {
            query.setParameter("company", company.id());
        }
        if (!query.setMaxResults(1).getResultList().isEmpty()) {
            throw new DomainException("DUPLICATE_NAME", "Factor set '" + name + "' version '" + version
                    + "' already exists " + (company == null ? "(a shared set or a company's)"
                    : "among your company's sets and the shared ones"));
        }
    }

    private CompanyEntity company(UUID companyId) {
        CompanyScope scope = CompanyScope.of(context, em);
        if (companyId == null) {
            scope.requireSharedWrite("factor sets");
            return null;
        }
        return scope.require(em.find(CompanyEntity.class, companyId), companyId, "company", companyId);
    }

    /** Every factor checked, and no two with the same name, region and year. */
    private static List<FactorContent> factors(String setName, List<NewFactor> input) {
        List<NewFactor> factors = input == null ? List.of() : input;
        if (factors.size() > MAX_FACTORS_PER_REQUEST) {
            throw new DomainException("TOO_MANY_ITEMS", "A factor set request holds at most "
                    + MAX_FACTORS_PER_REQUEST + " factors; this one has " + factors.size());
        }
        Set<String> keys = new HashSet<>();
        List<FactorContent> checked = new ArrayList<>();
        for (NewFactor factor : factors) {
            if (factor == null) {
                throw new DomainException("INVALID_INPUT", "Factor set '" + setName + "' has an empty factor entry");
            }
            FactorContent content = FactorInputRules.content(factor);
            if (!keys.add(FactorLookupKey.of(content.name(), content.region(), content.referenceYear()))) {
                throw new DomainException("DUPLICATE_NAME", "Factor '" + content.name() + "'"
                        + (content.region() == null ? " with no region" : " for region '" + content.region() + "'")
                        + (content.referenceYear() == null ? " and no year" : " and year " + content.referenceYear())
                        + " appears twice in factor set '" + setName + "'; give each name, region and year once");
            }
            checked.add(content);
        }
        return checked;
    }
}
