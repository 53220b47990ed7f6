package dev.tanji.factor.infrastructure;

import java.math.BigDecimal;
import java.util.List;

/**
 * The checked content of one factor, ready to store: texts stripped, the unit parsed once, exactly one of
 * {@code value} and {@code gases} given.
 */
public record FactorContent(String name, String category, String region, Integer referenceYear, BigDecimal value,
        String unit, List<FactorGasAmount> gases, BigDecimal uncertaintyPercent, String confidence, String source) {

    public FactorContent {
        gases = List.copyOf(gases);
    }
}
