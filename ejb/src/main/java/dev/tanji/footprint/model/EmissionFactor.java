package dev.tanji.footprint.model;

import dev.tanji.quantity.FactorUnit;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An emission factor as published: {@code value} in {@code unit}, e.g. 2.05 t CO2e / t.
 *
 * @param referenceYear the year the factor represents, {@code null} if the source does not say
 * @param region the geography the factor represents (e.g. "North China"), {@code null} if not stated
 * @param source the database or publication, e.g. "CPCD"; may be {@code null}
 */
public record EmissionFactor(String id, String name, BigDecimal value, FactorUnit unit, Integer referenceYear,
                             String region, String source) {

    public EmissionFactor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** A factor with no stated year, region or source; {@code unit} as {@link FactorUnit#parse(String)} reads it. */
    public static EmissionFactor of(String id, String name, String value, String unit) {
        return new EmissionFactor(id, name, new BigDecimal(value.strip()), FactorUnit.parse(unit), null, null, null);
    }

    /** The factor in kg CO2e per one {@link FactorUnit#referenceUnit()}: 2.05 t CO2e / t gives 2.05. */
    public BigDecimal kgCo2ePerReferenceUnit() {
        return value.multiply(unit.kgCo2ePer(unit.referenceUnit()));
    }
}
