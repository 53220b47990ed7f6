package dev.tanji.factor.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A stored factor. Either {@code value} is set and {@code unit} names its gas, or {@code gases} is not empty and
 * {@code unit} is gas-less ({@code kg / m3}); see {@link NewFactor}.
 */
public record FactorView(UUID id, UUID factorSetId, String name, String category, String region,
        Integer referenceYear, BigDecimal value, String unit, List<GasAmountView> gases,
        BigDecimal uncertaintyPercent, String confidence, String source) {
}
