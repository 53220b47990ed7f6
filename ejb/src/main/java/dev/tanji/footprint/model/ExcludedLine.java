package dev.tanji.footprint.model;

import java.math.BigDecimal;

/**
 * A line left out under the cut-off rule, listed so a reviewer sees what was not counted.
 *
 * @param massSharePercent its mass as a share of the material inputs' mass
 * @param estimatedKgCo2e what it would have added, if the line names a factor; {@code null} otherwise
 */
public record ExcludedLine(InventoryLine line, BigDecimal massSharePercent, BigDecimal estimatedKgCo2e) {
}
