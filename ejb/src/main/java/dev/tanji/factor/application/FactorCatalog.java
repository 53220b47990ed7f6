package dev.tanji.factor.application;

import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import dev.tanji.factor.infrastructure.FactorGasAmount;
import dev.tanji.factor.infrastructure.FactorQueries;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.model.EmissionFactor;
import dev.tanji.footprint.model.FactorProvenance;
import dev.tanji.footprint.model.RegionHierarchy;
import dev.tanji.platform.NotFoundException;
import dev.tanji.platform.Roles;
import dev.tanji.quantity.FactorUnit;
import dev.tanji.quantity.Gas;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Stored factors as the calculation engine takes them ({@link EmissionFactor}): amounts per gas, the region as its
 * canonical code ({@link RegionHierarchy#canonical(String)}) and the provenance every run line cites. Joins the
 * caller's transaction.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
public class FactorCatalog {

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    /**
     * Every factor of a set, read in a constant number of queries whatever its size.
     *
     * @throws NotFoundException if there is no such set
     */
    public List<EmissionFactor> domainFactors(UUID factorSetId) {
        FactorSetEntity set = em.find(FactorSetEntity.class, factorSetId);
        if (set == null) {
            throw new NotFoundException("factor set", factorSetId);
        }
        return FactorQueries.factorsWithGases(em, factorSetId).stream().map(f -> domainFactor(set, f)).toList();
    }

    /** One stored factor as the engine takes it; its gases load on first use, inside the caller's transaction. */
    public EmissionFactor domainFactor(EmissionFactorEntity factor) {
        return domainFactor(factor.factorSet(), factor);
    }

    /**
     * A single-value factor is one amount keyed by its unit's gas (2.05 t CO2e / t gives CO2E 2.05); a per-gas factor
     * has its gases, in the emission unit of its gas-less unit.
     */
    private static EmissionFactor domainFactor(FactorSetEntity set, EmissionFactorEntity factor) {
        FactorUnit unit = FactorUnit.parse(factor.unit());
        Map<Gas, BigDecimal> amounts = new EnumMap<>(Gas.class);
        if (factor.value() != null) {
            if (unit.isPerGas()) {
                throw new IllegalStateException("Stored factor " + factor.id() + " has one value in the unit '"
                        + factor.unit() + "', which names no gas");
            }
            amounts.put(unit.gas(), factor.value());
        } else {
            for (FactorGasAmount gas : factor.gases()) {
                amounts.put(gas.gas(), gas.amount());
            }
        }
        return new EmissionFactor(factor.id().toString(), factor.name(), unit.emissionUnit(), unit.referenceUnit(),
                amounts, factor.referenceYear(), RegionHierarchy.standard().canonical(factor.region()),
                new FactorProvenance(set.id().toString(), set.name(), set.version(), set.gwpBasis(),
                        factor.source()));
    }
}
