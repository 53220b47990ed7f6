package dev.tanji.footprint.model;

import dev.tanji.quantity.FactorUnit;
import java.math.BigDecimal;

/** An emission factor as a study cites it: {@code factor("0.8843", "kg CO2 / kWh").from(2012).in("North China")}. */
final class FactorBuilder {

    private final String value;
    private final String unit;
    private String id;
    private String name;
    private Integer year;
    private String region;
    private String source;

    private FactorBuilder(String value, String unit) {
        this.value = value;
        this.unit = unit;
        this.id = value + " " + unit;
        this.name = id;
    }

    static FactorBuilder factor(String value, String unit) {
        return new FactorBuilder(value, unit);
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

    FactorBuilder source(String source) {
        this.source = source;
        return this;
    }

    EmissionFactor build() {
        return new EmissionFactor(id, name, new BigDecimal(value), FactorUnit.parse(unit), year, region, source);
    }
}
