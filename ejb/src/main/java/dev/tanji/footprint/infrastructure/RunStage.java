package dev.tanji.footprint.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public record RunStage(
        @Column(name = "stage", nullable = false) String stage,
        @Column(name = "kg_co2e", nullable = false, precision = 38, scale = 12) BigDecimal kgCo2e,
        @Column(name = "share_percent", nullable = false, precision = 38, scale = 12) BigDecimal sharePercent) {
}
