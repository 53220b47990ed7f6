package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One inventory line of a run: an amount of an item in a life-cycle stage, the factor applied to it, and the
 * resulting kg CO2e. {@code factorName} and {@code factorSet} may be null (a line measured directly in CO2e).
 */
public record LineRecord(
        int lineNo,
        String stage,
        String item,
        BigDecimal amount,
        String unit,
        String factorName,
        String factorSet,
        BigDecimal kgCo2e) {

    public LineRecord {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kgCo2e, "kgCo2e");
    }
}
