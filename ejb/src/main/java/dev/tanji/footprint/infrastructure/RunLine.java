package dev.tanji.footprint.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** One inventory line's result, with everything needed to retrace it: amount, conversion, allocation, factor. */
@Embeddable
public record RunLine(
        @Column(name = "line_no", nullable = false) int lineNo,
        @Column(name = "stage", nullable = false) String stage,
        @Column(name = "item", nullable = false) String item,
        @Column(name = "amount", nullable = false, precision = 38, scale = 12) BigDecimal amount,
        @Column(name = "unit", nullable = false) String unit,
        @Column(name = "amount_in_factor_unit", nullable = false, precision = 38, scale = 12)
        BigDecimal amountInFactorUnit,
        @Column(name = "factor_unit", nullable = false) String factorUnit,
        @Column(name = "factor_id", nullable = false) UUID factorId,
        @Column(name = "factor_kg_co2e_per_unit", nullable = false, precision = 38, scale = 12)
        BigDecimal factorKgCo2ePerUnit,
        @Column(name = "allocation_divisor", precision = 38, scale = 12) BigDecimal allocationDivisor,
        @Column(name = "kg_co2e", nullable = false, precision = 38, scale = 12) BigDecimal kgCo2e,
        @Column(name = "share_percent", nullable = false, precision = 38, scale = 12) BigDecimal sharePercent) {
}
