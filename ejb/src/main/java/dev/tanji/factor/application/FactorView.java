package dev.tanji.factor.application;

import java.math.BigDecimal;
import java.util.UUID;

public record FactorView(UUID id, UUID factorSetId, String name, String category, String region,
        Integer referenceYear, BigDecimal value, String unit, String source) {
}
