package dev.tanji.factor.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Reads of the factor tables that more than one use case needs. */
public final class FactorQueries {

    private FactorQueries() {
    }

    /**
     * The factors of one set by name, region and year, each with its per-gas amounts, in one query whatever the set's
     * size (Hibernate returns each factor once despite the fetch join).
     */
    public static List<EmissionFactorEntity> factorsWithGases(EntityManager em, UUID factorSetId) {
        return em.createQuery("select f from EmissionFactorEntity f left join fetch f.gases"
                        + " where f.factorSet.id = :set order by f.name, f.region, f.referenceYear",
                        EmissionFactorEntity.class)
                .setParameter("set", factorSetId)
                .getResultList();
    }
}
