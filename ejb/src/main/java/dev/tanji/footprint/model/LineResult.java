package dev.tanji.footprint.model;

import dev.tanji.quantity.Quantity;
import java.math.BigDecimal;

/**
 * One inventory line's contribution, with every step of its arithmetic:
 * {@code kgCo2e = amountInFactorUnit × factorKgCo2ePerUnit}, where
 * {@code amountInFactorUnit = amount converted to the factor's reference unit ÷ allocationDivisor}.
 *
 * @param amount as entered
 * @param amountInFactorUnit per functional unit, in the factor's reference unit
 * @param factorKgCo2ePerUnit the factor normalised to kg CO2e per one unit of {@code amountInFactorUnit}
 * @param allocationDivisor the period output the amount was shared over, {@code null} if not allocated
 * @param sharePercent the line's share of the total in percent (0 when the total is 0)
 */
public record LineResult(String lineId, LifeCycleStage stage, String item, Quantity amount,
                         Quantity amountInFactorUnit, String factorId, BigDecimal factorKgCo2ePerUnit,
                         BigDecimal allocationDivisor, BigDecimal kgCo2e, BigDecimal sharePercent) {
}
