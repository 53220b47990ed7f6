package dev.tanji.footprint.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A line left out under the cut-off rule: its share of the material inputs' mass and its estimated emission. */
@Embeddable
public record RunExcludedLine(
        @Column(name = "line_no", nullable = false) int lineNo,
        @Column(name = "stage", nullable = false) String stage,
        @Column(name = "item", nullable = false) String item,
        @Column(name = "amount", nullable = false, precision = 38, scale = 12) BigDecimal amount,
        @Column(name = "unit", nullable = false) String unit,
        @Column(name = "mass_share_percent", precision = 38, scale = 12) BigDecimal massSharePercent,
        @Column(name = "estimated_kg_co2e", precision = 38, scale = 12) BigDecimal estimatedKgCo2e) {
}
