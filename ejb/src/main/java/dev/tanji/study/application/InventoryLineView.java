package dev.tanji.study.application;

import dev.tanji.footprint.model.DataType;
import dev.tanji.footprint.model.LifeCycleStage;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * An inventory line as stored. {@code factorId} is set when the line names its factor, {@code factorName} always
 * (the looked-up name, or the named factor's), {@code directGas} for direct emissions.
 */
public record InventoryLineView(int lineNo, LifeCycleStage stage, String item, BigDecimal amount, String unit,
        UUID factorId, String factorName, String directGas, BigDecimal densityKgPerM3,
        NewInventoryLine.NewTransport transport, boolean facilityTotal, NewInventoryLine.NewAllocation allocation,
        DataType dataType, String source, Integer technologyRating, boolean excluded, boolean rareMaterial) {

    /** The period output of a unit-count allocation, as earlier clients read it. */
    public BigDecimal allocationOutput() {
        return allocation == null ? null : allocation.periodOutput();
    }
}
