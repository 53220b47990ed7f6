package dev.tanji.footprint.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a facility-level total for a period (e.g. a production line's 225,500 kWh in 2022) is shared over the
 * functional units made in that period (ISO 14067:2018 6.4.6, allocation). Only {@link #UNIT_COUNT} for now: the
 * total divided equally over {@code periodOutput} units.
 *
 * @param periodOutput the number of functional units produced in the period; must be positive
 * @param basis {@value #UNIT_COUNT}
 */
public record Allocation(BigDecimal periodOutput, String basis) {

    public static final String UNIT_COUNT = "UNIT_COUNT";

    public Allocation {
        Objects.requireNonNull(basis, "basis");
        if (periodOutput == null || periodOutput.signum() <= 0) {
            throw new CalculationException(CalculationException.INVALID_ALLOCATION,
                    "An allocation needs the period's output as a positive number of units, not " + periodOutput);
        }
        if (!UNIT_COUNT.equals(basis)) {
            throw new CalculationException(CalculationException.INVALID_ALLOCATION,
                    "Unsupported allocation basis '" + basis + "'; only " + UNIT_COUNT + " is supported");
        }
    }

    /** Share a period total equally over {@code periodOutput} units. */
    public static Allocation byUnitCount(BigDecimal periodOutput) {
        return new Allocation(periodOutput, UNIT_COUNT);
    }

    public static Allocation byUnitCount(String periodOutput) {
        return byUnitCount(new BigDecimal(periodOutput.strip()));
    }
}
