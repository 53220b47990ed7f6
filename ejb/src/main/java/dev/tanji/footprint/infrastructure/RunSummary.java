package dev.tanji.footprint.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * A run's figures beyond the total: the split by origin (fossil, biogenic, unspecified), the data quality (primary
 * data share, contribution-weighted rating 1-5), the cut-off exclusions, and the functional unit it is per.
 */
@Embeddable
public record RunSummary(
        @Column(name = "fossil_kg_co2e", precision = 38, scale = 12) BigDecimal fossilKgCo2e,
        @Column(name = "biogenic_kg_co2e", precision = 38, scale = 12) BigDecimal biogenicKgCo2e,
        @Column(name = "unspecified_kg_co2e", precision = 38, scale = 12) BigDecimal unspecifiedKgCo2e,
        @Column(name = "primary_data_share_percent", precision = 38, scale = 12) BigDecimal primaryDataSharePercent,
        @Column(name = "data_quality_rating", precision = 38, scale = 12) BigDecimal dataQualityRating,
        @Column(name = "excluded_mass_share_percent", precision = 38, scale = 12) BigDecimal excludedMassSharePercent,
        @Column(name = "excluded_kg_co2e", precision = 38, scale = 12) BigDecimal excludedKgCo2e,
        @Column(name = "functional_unit") String functionalUnit) {
}
