package dev.tanji.study.application;

import dev.tanji.footprint.model.DataType;
import dev.tanji.footprint.model.LifeCycleStage;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One inventory line as entered. The factor is given one of three ways: {@code factorId} names one factor; {@code
 * factor} names a factor looked up in the study's factor sets by the facility's region and the reference year at
 * each calculation (nearest earlier year, then wider region), or pinned with {@code factorRegion} and/or {@code
 * factorYear} to one region and year; {@code directGas} says the amount is that gas emitted on site.
 *
 * <p>A transport line may give {@code transport} (mass, distance, mode) instead of an amount in t·km. A {@code
 * facilityTotal} line is a facility's amount for a whole period, shared by {@code allocation} (or by unit count
 * over {@code allocationOutput} units).
 *
 * @param densityKgPerM3 converts a volume to a mass or back when the factor is per the other (welding CO2: 1.977)
 * @param excluded left out under the cut-off rule; {@code rareMaterial} holds it to the stricter threshold
 */
public record NewInventoryLine(LifeCycleStage stage, String item, BigDecimal amount, String unit, String factor,
        UUID factorId, String factorRegion, Integer factorYear, String directGas, BigDecimal densityKgPerM3,
        NewTransport transport, boolean facilityTotal, BigDecimal allocationOutput, NewAllocation allocation,
        DataType dataType, String source, Integer technologyRating, boolean excluded, boolean rareMaterial) {

    /** A line with an amount, a unit and a factor looked up by name; everything else unset. */
    public static NewInventoryLine of(LifeCycleStage stage, String item, BigDecimal amount, String unit,
            String factor) {
        return new NewInventoryLine(stage, item, amount, unit, factor, null, null, null, null, null, null, false,
                null, null, null, null, null, false, false);
    }

    /** A transport leg: mass carried and distance, each with its unit; mode free text. */
    public record NewTransport(BigDecimal mass, String massUnit, BigDecimal distance, String distanceUnit,
            String mode) {
    }

    /**
     * How a facility total is shared: {@code basis} UNIT_COUNT, MASS or ECONOMIC_VALUE; the period's whole output
     * and the functional unit's share of it (for UNIT_COUNT the share defaults to 1 piece).
     */
    public record NewAllocation(String basis, BigDecimal periodOutput, String periodOutputUnit,
            BigDecimal productShare, String productShareUnit) {
    }
}
