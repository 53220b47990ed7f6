package dev.tanji.footprint.model;

import dev.tanji.quantity.FactorUnit;
import dev.tanji.quantity.Gas;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * An emission factor as a study cites it: {@code factor("0.8843", "kg CO2 / kWh").from(2012).in("North China")}, or
 * per gas: {@code gases("kg / m³").emits(CO2, "2.09").emits(CH4_FOSSIL, "3.75E-05").emits(N2O, "3.73E-06")}.
 */
final class FactorBuilder {

    private final String value;
    private final String unit;
    private final Map<Gas, BigDecimal> gases = new EnumMap<>(Gas.class);
    private String id;
    private String name;
    private Integer year;
    private String region;
    private String gwpBasis;
    private String source;

    private FactorBuilder(String value, String unit) {
        this.value = value;
        this.unit = unit;
        this.id = value == null ? "per gas " + unit : value + " " + unit;
        this.name = id;
    }

    static FactorBuilder factor(String value, String unit) {
        return new FactorBuilder(value, unit);
    }

    /** A factor giving one amount per gas, {@code unit} written without gas ({@code "kg / m³"}). */
    static FactorBuilder gases(String unit) {
        return new FactorBuilder(null, unit);
    }

    /** For a per-gas factor: {@code kg} of {@code gas} per reference unit. */
    FactorBuilder emits(Gas gas, String amount) {
        gases.put(gas, new BigDecimal(amount));
        return this;
    }

    FactorBuilder id(String id) {
        this.id = id;
        return this;
    }

    FactorBuilder named(String name) {
        this.name = name;
        return this;
    }

    FactorBuilder from(int year) {
        this.year = year;
        return this;
    }

    FactorBuilder in(String region) {
        this.region = region;
        return this;
    }

    /**
     * The region as the factor catalogue stores it: the code {@link RegionHierarchy#standard()} gives the name
     * ({@code "North China"} is {@code CN-GRID-NORTH}).
     */
    FactorBuilder inStandardRegion(String nameOrCode) {
        this.region = RegionHierarchy.standard().canonical(nameOrCode);
        return this;
    }

    /** The GWP set the publisher characterised its CO2e figures with ({@code "AR5"}). */
    FactorBuilder characterisedWith(String gwpSet) {
        this.gwpBasis = gwpSet;
        return this;
    }

    FactorBuilder source(String source) {
        this.source = source;
        return this;
    }

    EmissionFactor build() {
        EmissionFactor factor = gases.isEmpty()
                ? EmissionFactor.of(id, name, new BigDecimal(value), FactorUnit.parse(unit))
                : EmissionFactor.perGas(id, name, unit, gases);
        return factor.withYear(year).withRegion(region)
                .withProvenance(new FactorProvenance(null, null, null, gwpBasis, source));
    }
}
