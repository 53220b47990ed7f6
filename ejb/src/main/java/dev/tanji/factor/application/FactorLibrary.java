package dev.tanji.factor.application;

import static dev.tanji.platform.Validation.optionalText;
import static dev.tanji.platform.Validation.requireName;
import static dev.tanji.platform.Validation.requireNonNegative;
import static dev.tanji.platform.Validation.requireText;

import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.NotFoundException;
import dev.tanji.platform.Validation;
import dev.tanji.quantity.FactorUnit;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Keeps versioned emission-factor sets. A set is entered whole, with its factors, in one transaction. */
@Stateless
public class FactorLibrary {

    /** A set larger than this is an import job, not one request. */
    public static final int MAX_FACTORS_PER_REQUEST = 5_000;

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    public FactorSetView createFactorSet(NewFactorSet input) {
        String name = requireName("name", input.name());
        String version = requireText("version", input.version(), 50);
        if (!em.createQuery("select s.id from FactorSetEntity s where s.name = :name and s.version = :version",
                UUID.class).setParameter("name", name).setParameter("version", version).getResultList().isEmpty()) {
            throw new DomainException("DUPLICATE_NAME",
                    "Factor set '" + name + "' version '" + version + "' already exists");
        }
        List<NewFactor> factors = input.factors() == null ? List.of() : input.factors();
        if (factors.size() > MAX_FACTORS_PER_REQUEST) {
            throw new DomainException("TOO_MANY_ITEMS", "A factor set request holds at most "
                    + MAX_FACTORS_PER_REQUEST + " factors; this one has " + factors.size());
        }
        CompanyEntity company = null;
        if (input.companyId() != null) {
            company = em.find(CompanyEntity.class, input.companyId());
            if (company == null) {
                throw new NotFoundException("company", input.companyId());
            }
        }
        FactorSetEntity set = new FactorSetEntity(company, name, optionalText("publisher", input.publisher(), 200),
                version, input.publicationYear() == null ? null
                        : Validation.requireYear("publicationYear", input.publicationYear()),
                Instant.now());
        em.persist(set);
        Set<String> names = new HashSet<>();
        for (NewFactor factor : factors) {
            EmissionFactorEntity entity = factor(set, factor);
            if (!names.add(entity.name())) {
                throw new DomainException("DUPLICATE_NAME",
                        "Factor '" + entity.name() + "' appears twice in factor set '" + name + "'");
            }
            em.persist(entity);
        }
        return view(set, factors.size());
    }

    public List<FactorSetView> factorSets() {
        return em.createQuery("select s, (select count(f) from EmissionFactorEntity f where f.factorSet = s)"
                        + " from FactorSetEntity s order by s.name, s.version", Object[].class)
                .getResultStream()
                .map(row -> view((FactorSetEntity) row[0], (Long) row[1]))
                .toList();
    }

    public List<FactorView> factors(UUID factorSetId) {
        return em.createQuery("select f from EmissionFactorEntity f where f.factorSet.id = :set order by f.name",
                        EmissionFactorEntity.class)
                .setParameter("set", factorSetId)
                .getResultStream().map(FactorLibrary::view).toList();
    }

    private static EmissionFactorEntity factor(FactorSetEntity set, NewFactor input) {
        String name = requireName("factor name", input.name());
        requireNonNegative("NEGATIVE_FACTOR", "Factor '" + name + "'", input.value());
        String unit = requireText("unit of factor '" + name + "'", input.unit(), 50);
        FactorUnit.parse(unit);
        return new EmissionFactorEntity(set, name, optionalText("category", input.category(), 100),
                optionalText("region", input.region(), 100),
                input.referenceYear() == null ? null : Validation.requireYear("referenceYear", input.referenceYear()),
                input.value(), unit, requireText("source of factor '" + name + "'", input.source(), 2000));
    }

    static FactorSetView view(FactorSetEntity s, long factorCount) {
        return new FactorSetView(s.id(), s.company() == null ? null : s.company().id(), s.name(), s.publisher(),
                s.version(), s.publicationYear(), factorCount);
    }

    static FactorView view(EmissionFactorEntity f) {
        return new FactorView(f.id(), f.factorSet().id(), f.name(), f.category(), f.region(), f.referenceYear(),
                f.value(), f.unit(), f.source());
    }
}
