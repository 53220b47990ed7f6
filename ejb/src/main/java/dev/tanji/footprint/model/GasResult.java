package dev.tanji.footprint.model;

import dev.tanji.quantity.Gas;
import java.math.BigDecimal;

/**
 * One gas's part of a line or of the footprint: {@code kgCo2e = kgGas × gwp}.
 *
 * @param kgGas the mass of the gas emitted per functional unit (for {@link Gas#CO2E}, already CO2e)
 * @param gwp the GWP100 applied, from the study's GWP set (1 for CO2e); {@code null} in footprint totals
 */
public record GasResult(Gas gas, BigDecimal kgGas, BigDecimal gwp, BigDecimal kgCo2e) {
}
