package dev.tanji.footprint.model;

import java.math.BigDecimal;

/**
 * The footprint of one life cycle stage: the exact sum of its lines.
 *
 * @param sharePercent the stage's share of the total in percent (0 when the total is 0)
 */
public record StageResult(LifeCycleStage stage, BigDecimal kgCo2e, BigDecimal sharePercent) {
}
