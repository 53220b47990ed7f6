package dev.tanji.footprint.model;

import dev.tanji.quantity.Quantity;
import java.util.Objects;

/**
 * One input or output of the product system with the factor that characterises it.
 *
 * @param amount per functional unit, unless {@code facilityTotal}
 * @param facilityTotal {@code true} if {@code amount} is a facility or production-line total for a period (an annual
 *     electricity meter reading), which needs an {@code allocation} to become a per-unit amount
 * @param allocation how a period total is shared over the period's output; {@code null} for per-unit amounts
 */
public record InventoryLine(String id, LifeCycleStage stage, String item, Quantity amount, EmissionFactor factor,
                            boolean facilityTotal, Allocation allocation) {

    public InventoryLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(factor, "factor");
    }

    /** An amount per functional unit. */
    public static InventoryLine of(String id, LifeCycleStage stage, String item, Quantity amount,
                                   EmissionFactor factor) {
        return new InventoryLine(id, stage, item, amount, factor, false, null);
    }

    /** A facility total for a period, shared by {@code allocation}; pass {@code null} if the output is not known. */
    public static InventoryLine facilityTotal(String id, LifeCycleStage stage, String item, Quantity amount,
                                              EmissionFactor factor, Allocation allocation) {
        return new InventoryLine(id, stage, item, amount, factor, true, allocation);
    }
}
