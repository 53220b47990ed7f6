package dev.tanji.study.application;

import dev.tanji.footprint.model.LifeCycleStage;
import java.math.BigDecimal;

/**
 * One inventory line as entered. {@code factor} names a factor of the study's factor set. A {@code facilityTotal}
 * line is a facility's amount for the whole period (a year's electricity, say); {@code allocationOutput} is the
 * period's output it is shared over, by unit count.
 */
public record NewInventoryLine(LifeCycleStage stage, String item, BigDecimal amount, String unit, String factor,
        boolean facilityTotal, BigDecimal allocationOutput) {
}
