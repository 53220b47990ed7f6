package dev.tanji.footprint.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One inventory line's result, with everything needed to retrace it: the amount as entered and converted, the
 * factor (id, name, set and version, region, year) and the rule that picked it, the density and allocation applied,
 * the factor characterised in kg CO2e per unit, and the line's data-quality ratings. {@code factorId} is
 * {@code null} for a direct emission; {@code allocationDivisor} is the period output of a unit-count allocation.
 */
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
        @Column(name = "factor_id") UUID factorId,
        @Column(name = "factor_name") String factorName,
        @Column(name = "factor_set_name") String factorSetName,
        @Column(name = "factor_set_version") String factorSetVersion,
        @Column(name = "factor_region") String factorRegion,
        @Column(name = "factor_year") Integer factorYear,
        @Column(name = "selection_rule") String selectionRule,
        @Column(name = "factor_kg_co2e_per_unit", nullable = false, precision = 38, scale = 12)
        BigDecimal factorKgCo2ePerUnit,
        @Column(name = "density_kg_per_m3", precision = 38, scale = 12) BigDecimal densityKgPerM3,
        @Column(name = "allocation_divisor", precision = 38, scale = 12) BigDecimal allocationDivisor,
        @Column(name = "allocation_basis") String allocationBasis,
        @Column(name = "allocation_fraction", precision = 38, scale = 18) BigDecimal allocationFraction,
        @Column(name = "allocation_figures") String allocationFigures,
        @Column(name = "kg_co2e", nullable = false, precision = 38, scale = 12) BigDecimal kgCo2e,
        @Column(name = "share_percent", nullable = false, precision = 38, scale = 12) BigDecimal sharePercent,
        @Column(name = "data_type") String dataType,
        @Column(name = "temporal_rating") Integer temporalRating,
        @Column(name = "geographic_rating") Integer geographicRating,
        @Column(name = "technology_rating") Integer technologyRating,
        @Column(name = "quality_rating", precision = 38, scale = 12) BigDecimal qualityRating) {
}
