package dev.tanji.footprint.model;

import dev.tanji.quantity.FactorUnit;
import dev.tanji.quantity.Gas;
import dev.tanji.quantity.UnitOfMeasure;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An emission factor as published: a mass of emission per reference unit, either as one figure in CO2e (2.05 t CO2e
 * / t), as one gas (0.8843 kg CO2 / kWh), or per gas (natural gas combustion: 2.09 kg CO2, 3.75E-05 kg CH4 and
 * 3.73E-06 kg N2O per m³), which the study's {@link GwpTable} characterises.
 *
 * @param amounts mass of each gas, in {@code emissionUnit}, per one {@code referenceUnit}; a single {@link Gas#CO2E}
 *     entry for a factor published in CO2e
 * @param referenceYear the year the factor represents, {@code null} if the source does not say
 * @param region the geography the factor represents (a region code or name, e.g. "North China"), {@code null} if
 *     not stated
 * @param provenance where the factor comes from
 */
public record EmissionFactor(String id, String name, UnitOfMeasure emissionUnit, UnitOfMeasure referenceUnit,
                             Map<Gas, BigDecimal> amounts, Integer referenceYear, String region,
                             FactorProvenance provenance) {

    public EmissionFactor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(emissionUnit, "emissionUnit");
        Objects.requireNonNull(referenceUnit, "referenceUnit");
        Objects.requireNonNull(provenance, "provenance");
        if (amounts.isEmpty()) {
            throw new IllegalArgumentException("A factor needs at least one gas amount: " + name);
        }
        amounts = Map.copyOf(new EnumMap<>(amounts));
    }

    /** A factor with one value in {@code unit} ({@link FactorUnit#parse(String)}), no year, region or source. */
    public static EmissionFactor of(String id, String name, String value, String unit) {
        return of(id, name, new BigDecimal(value.strip()), FactorUnit.parse(unit));
    }

    /** A factor with one value in {@code unit}, which must name its gas (CO2e, CO2, CH4, ...). */
    public static EmissionFactor of(String id, String name, BigDecimal value, FactorUnit unit) {
        if (unit.isPerGas()) {
            throw new IllegalArgumentException("A single-value factor needs a gas in its unit, not " + unit);
        }
        return new EmissionFactor(id, name, unit.emissionUnit(), unit.referenceUnit(), Map.of(unit.gas(), value),
                null, null, FactorProvenance.UNKNOWN);
    }

    /** A factor given per gas, {@code unit} written without gas ({@code "kg / m3"}). */
    public static EmissionFactor perGas(String id, String name, String unit, Map<Gas, BigDecimal> amounts) {
        FactorUnit parsed = FactorUnit.parse(unit);
        return new EmissionFactor(id, name, parsed.emissionUnit(), parsed.referenceUnit(), amounts, null, null,
                FactorProvenance.UNKNOWN);
    }

    /**
     * The "factor" of a gas emitted directly (on-site combustion, welding CO2, refrigerant leaks): one kg of the gas
     * per kg emitted, characterised with the study's GWP set.
     */
    public static EmissionFactor direct(Gas gas) {
        return new EmissionFactor("direct:" + gas.name(), "direct emission of " + gas.symbol(), Units.KILOGRAM,
                Units.KILOGRAM, Map.of(gas, BigDecimal.ONE), null, null, FactorProvenance.DIRECT);
    }

    public EmissionFactor withYear(Integer year) {
        return new EmissionFactor(id, name, emissionUnit, referenceUnit, amounts, year, region, provenance);
    }

    public EmissionFactor withRegion(String newRegion) {
        return new EmissionFactor(id, name, emissionUnit, referenceUnit, amounts, referenceYear, newRegion,
                provenance);
    }

    public EmissionFactor withProvenance(FactorProvenance newProvenance) {
        return new EmissionFactor(id, name, emissionUnit, referenceUnit, amounts, referenceYear, region,
                newProvenance);
    }

    /** {@code true} for a factor published as one CO2e figure, which no GWP set re-characterises. */
    public boolean isCo2eOnly() {
        return amounts.size() == 1 && amounts.containsKey(Gas.CO2E);
    }

    /** The mass of each gas in kg per one {@link #referenceUnit()}: 2.05 t CO2e / t gives CO2E 2.05. */
    public Map<Gas, BigDecimal> kgPerReferenceUnit() {
        BigDecimal toKg = FactorUnit.of(emissionUnit, Gas.CO2E, referenceUnit).kgPer(referenceUnit);
        Map<Gas, BigDecimal> kg = new EnumMap<>(Gas.class);
        amounts.forEach((gas, amount) -> kg.put(gas, amount.multiply(toKg)));
        return kg;
    }

    /** The factor characterised with {@code gwp}, in kg CO2e per one {@link #referenceUnit()}. */
    public BigDecimal kgCo2ePerReferenceUnit(GwpTable gwp) {
        return kgPerReferenceUnit().entrySet().stream()
                .map(entry -> entry.getValue().multiply(gwp.gwp(entry.getKey())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The unit the factor is written in, e.g. {@code t CO2e/t} or {@code kg/m³} for a per-gas factor. */
    public String unitText() {
        Gas single = amounts.size() == 1 ? amounts.keySet().iterator().next() : null;
        return FactorUnit.of(emissionUnit, single, referenceUnit).toString();
    }
}
