package dev.tanji.footprint.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One gas of one run line: kg of the gas, the GWP100 applied and the resulting kg CO2e. */
@Embeddable
public record RunLineGas(
        @Column(name = "line_no", nullable = false) int lineNo,
        @Column(name = "gas", nullable = false) String gas,
        @Column(name = "kg_gas", nullable = false, precision = 38, scale = 18) BigDecimal kgGas,
        @Column(name = "gwp", nullable = false, precision = 38, scale = 12) BigDecimal gwp,
        @Column(name = "kg_co2e", nullable = false, precision = 38, scale = 12) BigDecimal kgCo2e) {
}
