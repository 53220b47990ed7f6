package dev.tanji.platform.referencedata;

import dev.tanji.quantity.Gas;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A shipped emission factor: either one figure ({@code value}, the gas named in {@code unit}, e.g. {@code kg CO2 /
 * kWh}) or per-gas amounts ({@code gases}, in the unit's mass per reference unit, e.g. {@code kg / m3}); never both.
 */
record ReferenceFactor(String setKey, String name, String category, String region, Integer referenceYear,
        String unit, BigDecimal value, Map<Gas, BigDecimal> gases, BigDecimal uncertaintyPercent, String confidence,
        String source) {

    ReferenceFactor {
        gases = Map.copyOf(gases);
    }

    String lookupKey() {
        return ReferenceIds.lookupKey(name, region, referenceYear);
    }

    UUID id() {
        return ReferenceIds.factor(setKey, lookupKey());
    }
}
