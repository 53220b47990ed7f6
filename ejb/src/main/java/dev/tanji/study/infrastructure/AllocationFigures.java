package dev.tanji.study.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * How a facility total is shared: basis (UNIT_COUNT, MASS, ECONOMIC_VALUE), the period's output and the functional
 * unit's share of it, each with its unit.
 */
@Embeddable
public record AllocationFigures(
        @Column(name = "allocation_basis") String basis,
        @Column(name = "allocation_output", precision = 38, scale = 12) BigDecimal periodOutput,
        @Column(name = "allocation_output_unit") String periodOutputUnit,
        @Column(name = "allocation_product", precision = 38, scale = 12) BigDecimal productShare,
        @Column(name = "allocation_product_unit") String productShareUnit) {
}
