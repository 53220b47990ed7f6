package dev.tanji.footprint.model;

import dev.tanji.quantity.Density;
import dev.tanji.quantity.Quantity;
import java.util.Objects;

/**
 * One input or output of the product system with the factor that characterises it.
 *
 * @param amount per functional unit, unless {@code facilityTotal}; for a transport leg, its {@link Transport#work()}
 * @param choice the factor and why it was chosen; {@code null} only for an excluded line with no factor
 * @param density turns a gas or liquid volume into a mass (or back) when the factor is per the other; may be
 *     {@code null}
 * @param transport the leg the amount was computed from, {@code null} if the amount was entered directly
 * @param facilityTotal {@code true} if {@code amount} is a facility or production-line total for a period (an annual
 *     electricity meter reading), which needs an {@code allocation} to become a per-unit amount
 * @param allocation how a period total is shared over the functional unit; {@code null} for per-unit amounts
 * @param dataType primary or secondary activity data, {@code null} if not stated
 * @param source where the amount comes from (meter, bill of materials, supplier), may be {@code null}
 * @param technologyRating the practitioner's 1 (best) to 5 rating of how well the factor's technology represents
 *     the process, {@code null} if not rated
 * @param excluded left out under the study's {@link CutOffRule}; listed in the run, not counted
 * @param rareMaterial a rare or high-purity material, held to the stricter cut-off threshold
 */
public record InventoryLine(String id, LifeCycleStage stage, String item, Quantity amount, FactorChoice choice,
                            Density density, Transport transport, boolean facilityTotal, Allocation allocation,
                            DataType dataType, String source, Integer technologyRating, boolean excluded,
                            boolean rareMaterial) {

    public InventoryLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(amount, "amount");
        if (choice == null && !excluded) {
            throw new IllegalArgumentException("Line '" + item + "' needs an emission factor");
        }
    }

    /** An amount per functional unit. */
    public static InventoryLine of(String id, LifeCycleStage stage, String item, Quantity amount,
                                   EmissionFactor factor) {
        return builder(id, stage, item, amount).factor(factor).build();
    }

    /** A facility total for a period, shared by {@code allocation}; pass {@code null} if the output is not known. */
    public static InventoryLine facilityTotal(String id, LifeCycleStage stage, String item, Quantity amount,
                                              EmissionFactor factor, Allocation allocation) {
        return builder(id, stage, item, amount).factor(factor).facilityTotal(allocation).build();
    }

    public static Builder builder(String id, LifeCycleStage stage, String item, Quantity amount) {
        return new Builder(id, stage, item, amount);
    }

    /** A transport leg: the amount is the leg's mass × distance in t·km. */
    public static Builder transport(String id, LifeCycleStage stage, String item, Transport leg) {
        Builder builder = new Builder(id, stage, item, leg.work());
        builder.transport = leg;
        return builder;
    }

    public EmissionFactor factor() {
        return choice == null ? null : choice.factor();
    }

    /** The same line with another factor choice: how a study is recalculated under another factor set. */
    public InventoryLine withChoice(FactorChoice newChoice) {
        return new InventoryLine(id, stage, item, amount, newChoice, density, transport, facilityTotal, allocation,
                dataType, source, technologyRating, excluded, rareMaterial);
    }

    /** Builds a line step by step; only id, stage, item, amount and (unless excluded) a factor are required. */
    public static final class Builder {

        private final String id;
        private final LifeCycleStage stage;
        private final String item;
        private final Quantity amount;
        private FactorChoice choice;
        private Density density;
        private Transport transport;
        private boolean facilityTotal;
        private Allocation allocation;
        private DataType dataType;
        private String source;
        private Integer technologyRating;
        private boolean excluded;
        private boolean rareMaterial;

        private Builder(String id, LifeCycleStage stage, String item, Quantity amount) {
            this.id = id;
            this.stage = stage;
            this.item = item;
            this.amount = amount;
        }

        /** The factor the line names itself ({@link SelectionRule#EXPLICIT}). */
        public Builder factor(EmissionFactor factor) {
            this.choice = factor == null ? null : FactorChoice.explicit(factor);
            return this;
        }

        public Builder choice(FactorChoice factorChoice) {
            this.choice = factorChoice;
            return this;
        }

        public Builder density(Density value) {
            this.density = value;
            return this;
        }

        /** The amount is a period total; {@code periodAllocation} may be {@code null} if the output is unknown. */
        public Builder facilityTotal(Allocation periodAllocation) {
            this.facilityTotal = true;
            this.allocation = periodAllocation;
            return this;
        }

        public Builder dataType(DataType type) {
            this.dataType = type;
            return this;
        }

        public Builder source(String text) {
            this.source = text;
            return this;
        }

        public Builder technologyRating(Integer rating) {
            this.technologyRating = rating;
            return this;
        }

        /** Left out under the cut-off rule; {@code rare} for rare or high-purity materials. */
        public Builder excluded(boolean rare) {
            this.excluded = true;
            this.rareMaterial = rare;
            return this;
        }

        public InventoryLine build() {
            return new InventoryLine(id, stage, item, amount, choice, density, transport, facilityTotal, allocation,
                    dataType, source, technologyRating, excluded, rareMaterial);
        }
    }
}
