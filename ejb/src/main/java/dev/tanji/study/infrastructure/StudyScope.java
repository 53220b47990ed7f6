package dev.tanji.study.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What a study covers and how it states it (ISO 14067:2018 6.3): functional or declared unit, reference flow,
 * system boundary, standards followed (comma-separated codes) and the declared cut-off thresholds in percent
 * ({@code null} = the standard 1 / 0.1 / 5 %).
 */
@Embeddable
public record StudyScope(
        @Column(name = "functional_unit") String functionalUnit,
        @Column(name = "declared_unit", nullable = false) boolean declaredUnit,
        @Column(name = "reference_flow") String referenceFlow,
        @Column(name = "system_boundary") String systemBoundary,
        @Column(name = "standards") String standards,
        @Column(name = "cut_off_mass_percent", precision = 38, scale = 12) BigDecimal cutOffMassPercent,
        @Column(name = "cut_off_rare_mass_percent", precision = 38, scale = 12) BigDecimal cutOffRareMassPercent,
        @Column(name = "cut_off_total_percent", precision = 38, scale = 12) BigDecimal cutOffTotalPercent) {
}
