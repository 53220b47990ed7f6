package dev.tanji.factor.application;

import java.math.BigDecimal;

/** One emission factor as entered: CO2e per reference unit, e.g. 2.05 "t CO2e / t". */
public record NewFactor(String name, String category, String region, Integer referenceYear, BigDecimal value,
        String unit, String source) {
}
