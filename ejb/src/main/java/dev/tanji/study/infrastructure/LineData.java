package dev.tanji.study.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What a line says about its own data: primary or secondary, where from, the practitioner's technology rating,
 * a density for volume/mass conversion, and whether it is excluded under the cut-off rule.
 */
@Embeddable
public record LineData(
        @Column(name = "data_type") String dataType,
        @Column(name = "data_source") String source,
        @Column(name = "technology_rating") Integer technologyRating,
        @Column(name = "density_kg_per_m3", precision = 38, scale = 12) BigDecimal densityKgPerM3,
        @Column(name = "excluded", nullable = false) boolean excluded,
        @Column(name = "rare_material", nullable = false) boolean rareMaterial) {
}
